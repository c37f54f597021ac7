import { dedupKeyFor } from './dedupKey';
import { type EventSchema, isKnownEvent, KNOWN_EVENTS } from './knownEvents';
import { setOwn } from '../../common/setOwn';

type Json = Record<string, unknown>;

const HEADER_NUMBERS = ['CreateTime'];

/**
 * Turns a parsed message into clean JSON: numbers as numbers, ids as strings, lists as arrays,
 * plus a `dedupKey`. Unknown events pass through as parsed.
 */
export function decodeEvent(message: Json): Json {
	const event = message.Event;
	const decoded = isKnownEvent(event) ? decodeKnown(message, KNOWN_EVENTS[event]) : { ...message };
	setOwn(decoded, 'dedupKey', dedupKeyFor(decoded));
	return decoded;
}

function decodeKnown(message: Json, schema: EventSchema): Json {
	const numbers = new Set([...HEADER_NUMBERS, ...schema.numbers]);
	const ids = new Set(schema.ids);
	const source = schema.list ? withListUnderWrapper(message, schema.wrapper) : message;
	return normaliseObject(source, numbers, ids);
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

function normaliseValue(value: unknown, numbers: Set<string>, ids: Set<string>): unknown {
	if (Array.isArray(value)) return value.map((entry) => normaliseValue(entry, numbers, ids));
	if (isObject(value)) return normaliseObject(value, numbers, ids);
	return value;
}

function normaliseObject(object: Json, numbers: Set<string>, ids: Set<string>): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(object)) {
		let clean: unknown;
		if (numbers.has(key)) clean = toNumber(value);
		else if (ids.has(key)) clean = typeof value === 'number' ? String(value) : value;
		else clean = normaliseValue(value, numbers, ids);
		setOwn(result, key, clean);
	}
	return result;
}

function toNumber(value: unknown): unknown {
	if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value.trim())) return value;
	const number = Number(value);
	return Number.isSafeInteger(number) ? number : value;
}

function asArray(value: unknown): unknown[] {
	if (value === undefined || value === '') return [];
	return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
