import { dedupKeyFor } from './dedupKey';
import { decodeFieldValue } from './fieldValues';
import { isKnownEvent, KNOWN_EVENTS, type EventSchema } from './knownEvents';
import { setOwn } from '../../common/setOwn';

type Json = Record<string, unknown>;

/**
 * Turns a parsed message into clean JSON: every field typed by one rule (decodeFieldValue),
 * subscription lists as arrays, plus a `dedupKey`. Unknown events keep their shape.
 */
export function decodeEvent(message: Json): Json {
	const event = message.Event;
	const schema: EventSchema | undefined = isKnownEvent(event) ? KNOWN_EVENTS[event] : undefined;
	const source =
		schema?.list && schema.wrapper ? withListUnderWrapper(message, schema.wrapper) : message;
	const decoded = normaliseObject(source);
	setOwn(decoded, 'dedupKey', dedupKeyFor(decoded));
	return decoded;
}

/**
 * WeChat's JSON subscription events come in three shapes: an array under the event name,
 * `{ List }` under it (object or array), or a top-level `List` (object or array). XML gives
 * `<List>` elements under the event name. All become `{ [wrapper]: { List: [...] } }`.
 */
function withListUnderWrapper(message: Json, wrapper: string): Json {
	const { List: topLevelList, ...rest } = message;
	const inWrapper = message[wrapper];
	let entries: unknown[];
	if (Array.isArray(inWrapper)) entries = inWrapper;
	else if (isObject(inWrapper) && 'List' in inWrapper) entries = asArray(inWrapper.List);
	else if (isObject(inWrapper)) entries = [inWrapper];
	else entries = asArray(topLevelList);
	const result: Json =
		topLevelList !== undefined && inWrapper !== undefined ? { ...rest, List: topLevelList } : rest;
	setOwn(result, wrapper, { List: entries });
	return result;
}

/** Arrays of a field hold values of that field: `List: [{...}]`, or a repeated XML element. */
function normaliseValue(name: string, value: unknown): unknown {
	if (Array.isArray(value)) return value.map((entry) => normaliseValue(name, entry));
	if (isObject(value)) return normaliseObject(value);
	return decodeFieldValue(name, value);
}

function normaliseObject(object: Json): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(object))
		setOwn(result, key, normaliseValue(key, value));
	return result;
}

function asArray(value: unknown): unknown[] {
	if (value === undefined || value === '') return [];
	return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
