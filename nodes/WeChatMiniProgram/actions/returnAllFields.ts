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
