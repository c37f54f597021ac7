import { dedupKeyFor } from './dedupKey';
import { decodeFieldValue } from './fieldValues';
import { isKnownEvent, KNOWN_EVENTS } from './knownEvents';
import type { EventSchema } from './knownEvents';
import { numericFieldsOf } from './numericFields';
import { setOwn } from '../../common/setOwn';

type Json = Record<string, unknown>;

/**
 * Turns a parsed message into clean JSON: every field typed by its name and event
 * (decodeFieldValue), subscription lists as arrays, plus a `dedupKey`. Unknown events keep their
 * shape.
 */
export function decodeEvent(message: Json): Json {
	const event = message.Event;
	const schema: EventSchema | undefined = isKnownEvent(event) ? KNOWN_EVENTS[event] : undefined;
	let source = message;
	if (schema?.docsCdata && schema.wrapper)
		source = withDocsCdataRepaired(source, schema.wrapper, schema.docsCdata);
	if (schema?.list && schema.wrapper) source = withListUnderWrapper(source, schema.wrapper);
	const decoded = normaliseObject(source, numericFieldsOf(eventName(message)));
	setOwn(decoded, 'dedupKey', dedupKeyFor(decoded));
	return decoded;
}

/** What the numeric table is keyed by: the event, or the message type of a plain message. */
function eventName(message: Json): string {
	if (typeof message.Event === 'string' && message.Event !== '') return message.Event;
	return typeof message.MsgType === 'string' ? message.MsgType : '';
}

/** `![CDATA[x]]` becomes `x` in the listed fields of the wrapper (see EventSchema.docsCdata). */
function withDocsCdataRepaired(message: Json, wrapper: string, fields: readonly string[]): Json {
	const inner = message[wrapper];
	if (!isObject(inner)) return message;
	const repaired: Json = { ...inner };
	for (const field of fields) {
		const value = inner[field];
		const match = typeof value === 'string' ? /^\s*!\[CDATA\[([\s\S]*)\]\]\s*$/.exec(value) : null;
		if (match) setOwn(repaired, field, match[1]);
	}
	const result: Json = { ...message };
	setOwn(result, wrapper, repaired);
	return result;
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
function normaliseValue(name: string, value: unknown, numbers: ReadonlySet<string>): unknown {
	if (Array.isArray(value)) return value.map((entry) => normaliseValue(name, entry, numbers));
	if (isObject(value)) return normaliseObject(value, numbers);
	return decodeFieldValue(name, value, numbers);
}

function normaliseObject(object: Json, numbers: ReadonlySet<string>): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(object))
		setOwn(result, key, normaliseValue(key, value, numbers));
	return result;
}

function asArray(value: unknown): unknown[] {
	if (value === undefined || value === '') return [];
	return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
