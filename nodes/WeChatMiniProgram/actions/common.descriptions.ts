import type { INodeProperties } from 'n8n-workflow';

/** The most requests in flight an operation allows: beyond it, only more sockets, no more speed. */
export const MAX_REQUESTS_IN_FLIGHT = 50;

/**
 * Defaults of "Requests in Flight", measured with the APIs answering after 50 ms (npm run bench):
 * see README, Benchmarks.
 */
export const DEFAULT_TENCENT_REQUESTS_IN_FLIGHT = 20;
export const DEFAULT_WECHAT_REQUESTS_IN_FLIGHT = 20;

export const TENCENT_LIMIT_NOTE =
	"Calls stay under Tencent's 200 a second per SDKAppID in each n8n process, whatever this is set to.";

/** Options shared by the operations that call WeChat or Tencent, for their Options collection. */
export const rateLimitWaitOption: INodeProperties = {
	displayName: 'Rate Limit Wait (Seconds)',
	name: 'rateLimitWait',
	type: 'number',
	typeOptions: { minValue: 0 },
	// DEFAULT_RETRY_POLICY.rateLimitWaitMs in seconds (n8n's lint wants a literal here).
	default: 300,
	description:
		'How long a request the API refuses for its rate limit (WeChat 45011, Tencent 60019, HTTP 429) is retried before the item or batch fails. A refusal means nothing was done, so waiting is safe; the default outlasts a broadcast another workflow or worker runs at the same time. 0 fails at the first refusal.',
};

/** "Requests in Flight": how many calls an operation keeps going at once. */
export function requestsInFlightOption(defaultValue: number, limitNote: string): INodeProperties {
	return {
		displayName: 'Requests in Flight',
		name: 'requestsInFlight',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_FLIGHT },
		default: defaultValue,
		description: `How many requests are sent at once. More hides network latency; 1 sends one after the other. ${limitNote}`,
	};
}

/**
 * Rate Limit Wait and Requests in Flight of a WeChat operation whose calls go out several at a
 * time, `limitNote` saying what one call is (the run reads them with readWeChatRequestsInFlight).
 */
export function weChatInFlightOptions(limitNote: string): INodeProperties[] {
	return [
		rateLimitWaitOption,
		requestsInFlightOption(DEFAULT_WECHAT_REQUESTS_IN_FLIGHT, limitNote),
	];
}

/** An operation's Options collection (entries in alphabetical order, as n8n's lint wants). */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return collection('Options', 'options', 'Add Option', options);
}

/** A list operation's Filters collection: each entry narrows what is listed. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return collection('Filters', 'filters', 'Add Filter', options);
}

/**
 * A collection of optional fields of what is created or changed ("Additional Fields", "Update
 * Fields"), under the parameter `name` the operation reads.
 */
export function fieldsCollection(
	displayName: 'Additional Fields' | 'Update Fields',
	name: string,
	options: INodeProperties[],
): INodeProperties {
	return collection(displayName, name, 'Add Field', options);
}

function collection(
	displayName: string,
	name: string,
	placeholder: string,
	options: INodeProperties[],
): INodeProperties {
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}

/** The field a downloaded file or image goes in (output binary property), `hint` saying which file. */
export function binaryOutputField(
	hint: string,
	displayName = 'Put Output File in Field',
): INodeProperties {
	return {
		displayName,
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint,
	};
}
