import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** The standard "Return All" switch and "Limit" field of every Get Many style operation. */
export const returnAllFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** The Limit the user set, or undefined for Return All. */
export function maxResultsOf(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	return ctx.getNodeParameter('returnAll', itemIndex)
		? undefined
		: (ctx.getNodeParameter('limit', itemIndex) as number);
}

/**
 * Return All / Limit for an operation that returned every entry before it had a Limit: Return All
 * starts on, so workflows saved then still get every entry.
 */
export const returnAllByDefaultFields: INodeProperties[] = [
	{ ...returnAllFields[0], default: true },
	returnAllFields[1],
];

/** The first Limit entries of a list WeChat answers in one piece, or all of them with Return All. */
export function upToLimit<T>(ctx: IExecuteFunctions, itemIndex: number, list: T[]): T[] {
	const maxResults = maxResultsOf(ctx, itemIndex);
	return maxResults === undefined ? list : list.slice(0, maxResults);
}
