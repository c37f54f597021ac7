import { reject } from '../../common/callbackRejection';
import { readCallbackJson } from '../../common/callbackJson';

/**
 * A Tencent Cloud Chat callback body as an object. The body decides, not its Content-Type:
 * Tencent's example requests carry no label, and a proxy or SDK may put any label on JSON (as
 * WeChat has been seen to), so a JSON body is read whatever it is labelled. A body that is not
 * JSON is refused with 415, naming what came (its kind and its label), never its content.
 */
export function readTencentCallbackBody(
	text: string,
	contentType: string | undefined,
): Record<string, unknown> {
	const first = text.replace(/^\ufeff/, '').trimStart()[0];
	// `[` goes to the JSON reader too, which names the problem (not an object, nested too deep).
	if (first === '{' || first === '[') return readCallbackJson(text);
	throw reject(
		415,
		`the body is not JSON: it ${describeStart(first)}, labelled ${describeLabel(contentType)}; Tencent Cloud Chat callbacks are JSON objects`,
	);
}

function describeStart(first: string): string {
	if (first === '<') return 'starts with <, like XML';
	if (/[A-Za-z0-9%]/.test(first)) return 'starts with a letter or digit, like form fields or text';
	return 'does not start with {';
}

/** The MIME type when it looks like one; never the raw header, which could hold anything. */
function describeLabel(contentType: string | undefined): string {
	const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (mime === '') return 'with no Content-Type';
	return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(mime)
		? mime
		: 'with an unusual Content-Type';
}
