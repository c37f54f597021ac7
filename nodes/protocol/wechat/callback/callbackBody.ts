import { reject } from '../../common/callbackRejection';
import { readCallbackJson } from '../../common/callbackJson';
import { readXml } from './xmlReader';
import { xmlToObject } from './xmlToObject';

export type BodyFormat = 'xml' | 'json';
export type BodyFormatSetting = 'auto' | BodyFormat;

/**
 * Picks the parser. A specific content type decides; text/plain or no content type fall back to
 * the first character. A content type that is neither XML nor JSON is refused.
 */
export function chooseBodyFormat(
	contentType: string | undefined,
	text: string,
	setting: BodyFormatSetting,
): BodyFormat {
	const declared = formatOfContentType(contentType);
	if (declared === 'other') throw reject(415, 'content type must be XML or JSON');
	const format =
		declared === 'unspecified' ? (setting === 'auto' ? sniffFormat(text) : setting) : declared;
	if (setting !== 'auto' && format !== setting) {
		throw reject(
			415,
			`content type is ${format.toUpperCase()} but the node expects ${setting.toUpperCase()}`,
		);
	}
	return format;
}

export function sniffFormat(text: string): BodyFormat {
	const first = text.trimStart().replace(/^\ufeff/, '')[0];
	if (first === '<') return 'xml';
	if (first === '{') return 'json';
	throw reject(400, 'body is neither XML nor JSON');
}

/** The message fields: children of the XML <xml> root, or the JSON object. */
export function parseCallbackBody(text: string, format: BodyFormat): Record<string, unknown> {
	if (format === 'json') return readCallbackJson(text);
	const root = readXml(text);
	if (root.name !== 'xml') throw reject(400, 'XML body root element must be <xml>');
	return xmlToObject(root);
}

function formatOfContentType(
	contentType: string | undefined,
): BodyFormat | 'unspecified' | 'other' {
	const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (mime === '' || mime === 'text/plain') return 'unspecified';
	if (mime === 'text/xml' || mime === 'application/xml' || mime.endsWith('+xml')) return 'xml';
	if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'json';
	return 'other';
}
