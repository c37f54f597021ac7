import type { INodeProperties } from 'n8n-workflow';

export function authorizerAppIdField(defaultValue: string): INodeProperties {
	return {
		displayName: 'Authorizer App ID',
		name: 'authorizerAppId',
		type: 'string',
		default: defaultValue,
		required: true,
		placeholder: 'wx0123456789abcdef',
		description: 'The App ID of the merchant Mini Program',
	};
}
