import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_MAX_BODY_BYTES,
	DEFAULT_REPLAY_WINDOW_SECONDS,
} from '../protocol/wechat/callback/callbackConfig';

/** The options every trigger offers, last in its Options collection (triggerOptions). */
const maxBodySizeOption: INodeProperties = {
	displayName: 'Max Body Size (Bytes)',
	name: 'maxBodySize',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: DEFAULT_MAX_BODY_BYTES,
	description: 'Larger requests are refused with HTTP 413',
};

const replayWindowOption: INodeProperties = {
	displayName: 'Replay Window (Seconds)',
	name: 'replayWindowSeconds',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: DEFAULT_REPLAY_WINDOW_SECONDS,
	description:
		'Refuse requests whose signed timestamp is further than this from now (0 = no check). Retries inside the window still need the dedupKey.',
};

/**
 * A trigger's Options collection: its own options (each sorting before "Max Body Size"), then the
 * two every trigger offers.
 */
export function triggerOptions(own: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [...own, maxBodySizeOption, replayWindowOption],
	};
}

export interface CommonOptionValues {
	replayWindowSeconds: number;
	maxBodyBytes: number;
}

/** Reads Max Body Size and Replay Window from a trigger's Options collection. */
export function commonOptionValues(options: IDataObject): CommonOptionValues {
	return {
		replayWindowSeconds: numberOption(options.replayWindowSeconds, DEFAULT_REPLAY_WINDOW_SECONDS),
		maxBodyBytes: numberOption(options.maxBodySize, DEFAULT_MAX_BODY_BYTES),
	};
}

function numberOption(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
