import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export const officialAccountField: INodeProperties = {
	displayName: 'Official Account ID',
	name: 'officialAccount',
	type: 'string',
	required: true,
	default: '',
	placeholder: '@TOA#_my_account',
	description: 'The OfficialAccountUserID returned when the account was created',
};

export function readRequiredString(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (!value) throw new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex });
	return value;
}

/** The Official Account ID parameter of an item, trimmed; an error naming the field when empty. */
export function readOfficialAccount(ctx: IExecuteFunctions, itemIndex: number): string {
	return readRequiredString(ctx, 'officialAccount', 'Official Account ID', itemIndex);
}

/** Keeps only the fields the user set, so an update leaves the others untouched. */
export function definedFields(values: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
	);
}

/** A required UserID field. */
export function userIdField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', description };
}
