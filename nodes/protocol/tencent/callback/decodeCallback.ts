import { setOwn } from '../../common/setOwn';
import { NUMERIC_PAYLOAD_FIELDS } from './callbackCommands';
import { tencentDedupKey } from './dedupKey';

type Json = Record<string, unknown>;

export interface CallbackOrigin {
	command: string;
	sdkAppId: string;
	clientIp: string;
	optPlatform: string;
}

/**
 * One output item: where the callback came from, then Tencent's payload fields under their own
 * names (EventTime, MsgTime, OnlineOnlyFlag as numbers when Tencent sent digits), then `dedupKey`.
 * Integers beyond 2^53 were already kept as exact strings by the JSON reader.
 */
export function decodeTencentCallback(origin: CallbackOrigin, payload: Json): Json {
	const decoded: Json = {};
	for (const [key, value] of Object.entries(payload)) {
		if (ORIGIN_FIELDS.has(key)) continue;
		setOwn(decoded, key, NUMERIC_PAYLOAD_FIELDS.has(key) ? toNumber(value) : value);
	}
	const item: Json = {};
	setOwn(item, 'command', origin.command);
	setOwn(item, 'sdkAppId', origin.sdkAppId);
	setOwn(item, 'clientIp', origin.clientIp);
	setOwn(item, 'optPlatform', origin.optPlatform);
	for (const [key, value] of Object.entries(decoded)) setOwn(item, key, value);
	// Only payload fields count: the query (ClientIP, RequestTime, Sign) is not part of the event.
	setOwn(item, 'dedupKey', tencentDedupKey(origin.command, decoded));
	return item;
}

/** Our own output names; a payload field of the same name cannot overwrite them. */
const ORIGIN_FIELDS: ReadonlySet<string> = new Set([
	'command',
	'sdkAppId',
	'clientIp',
	'optPlatform',
	'dedupKey',
]);

function toNumber(value: unknown): unknown {
	if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value.trim())) return value;
	const number = Number(value);
	return Number.isSafeInteger(number) ? number : value;
}
