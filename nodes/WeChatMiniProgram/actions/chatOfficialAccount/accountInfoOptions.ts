import type { INodeProperties } from 'n8n-workflow';

/** The writable official-account fields, named as Tencent names them (create and modify share them). */
export const accountInfoOptions: INodeProperties[] = [
	{
		displayName: 'Introduction',
		name: 'Introduction',
		type: 'string',
		default: '',
		description: 'Up to 400 bytes',
	},
	{
		displayName: 'Avatar URL',
		name: 'FaceUrl',
		type: 'string',
		default: '',
		description: 'Up to 500 bytes',
	},
	{
		displayName: 'Organization',
		name: 'Organization',
		type: 'string',
		default: '',
		description: 'Up to 500 bytes',
	},
	{
		displayName: 'Custom String',
		name: 'CustomString',
		type: 'string',
		default: '',
		description: 'Up to 3000 bytes for your own use',
	},
	{
		displayName: 'Max Subscribers',
		name: 'MaxSubscriberNum',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 100000,
		description: 'Maximum number of subscribers (Tencent default 100000; more needs a package)',
	},
];

/** A collection's fields: one of its own plus the account fields, in alphabetical order. */
export function withAccountInfoOptions(field: INodeProperties): INodeProperties[] {
	return [field, ...accountInfoOptions].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
