import { reject } from './callbackRejection';
import { readJsonObject } from './losslessJson';

export const JSON_MAX_DEPTH = 16;

/**
 * A callback's JSON body as an object, read by the package's one JSON reader (big integers kept
 * exact, nesting capped). Its failure becomes the callback's 400: the reason names every way the
 * reader can fail, because it reports only that it failed.
 */
export function readCallbackJson(text: string): Record<string, unknown> {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const object = readJsonObject(body, { maxDepth: JSON_MAX_DEPTH });
	if (object === undefined) {
		throw reject(
			400,
			`JSON body is malformed: not an object, broken, or nested deeper than ${JSON_MAX_DEPTH} levels`,
		);
	}
	return object;
}
