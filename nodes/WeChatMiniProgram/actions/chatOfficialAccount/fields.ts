import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

export const officialAccountField: INodeProperties = {
	displayName: 'Official Account ID',
	name: 'officialAccount',
	type: 'string',
	required: true,
	default: '',
	placeholder: '@TOA#_my_account',
	description: 'The OfficialAccountUserID returned when the account was created',
};

export function returnAllFields(): INodeProperties[] {
	return [
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
}

export function readRequiredString(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (!value) throw new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex });
	return value;
}

export function readMaxResults(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	return (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean)
		? undefined
		: Number(ctx.getNodeParameter('limit', itemIndex, 50));
}

/** A list typed as text (commas, spaces, new lines) or given as an array by an expression. */
export function splitList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value ?? '').split(/[\s,;]+/);
}

/** Keeps only the fields the user set, so an update leaves the others untouched. */
export function definedFields(values: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
}
