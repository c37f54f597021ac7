import { reject } from '../../common/callbackRejection';
import { readCallbackJson } from '../../common/callbackJson';
import { readXml } from './xmlReader';
import { xmlToObject } from './xmlToObject';

export type BodyFormat = 'xml' | 'json';
export type BodyFormatSetting = 'auto' | BodyFormat;

/**
 * Picks the parser from the body itself: WeChat has been seen sending JSON labelled text/xml, so
 * the Content-Type label decides nothing. Body Format XML or JSON accepts only that format.
 */
export function chooseBodyFormat(text: string, setting: BodyFormatSetting): BodyFormat {
	const format = sniffFormat(text);
	if (setting !== 'auto' && format !== setting) {
		throw reject(
			415,
			`the body is ${format.toUpperCase()} but Body Format is set to ${setting.toUpperCase()}`,
		);
	}
	return format;
}

/** XML starts with `<`, JSON (an object) with `{`, after any BOM and whitespace. */
export function sniffFormat(text: string): BodyFormat {
	const first = text.replace(/^\ufeff/, '').trimStart()[0];
	if (first === '<') return 'xml';
	if (first === '{') return 'json';
	throw reject(
		400,
		'body is neither XML nor JSON (an XML message starts with <, a JSON one with {)',
	);
}

/** The message fields: children of the XML <xml> root, or the JSON object. */
export function parseCallbackBody(text: string, format: BodyFormat): Record<string, unknown> {
	if (format === 'json') return readCallbackJson(text);
	const root = readXml(text);
	if (root.name !== 'xml') throw reject(400, 'XML body root element must be <xml>');
	return xmlToObject(root);
}
