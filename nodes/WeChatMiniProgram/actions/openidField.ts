import type { INodeProperties } from 'n8n-workflow';

/**
 * The openid of the user a call is about, required: by default the FromUserName of the WeChat Mini
 * Program Trigger's item that started the workflow.
 */
export function triggerUserOpenidField(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'openid',
		type: 'string',
		required: true,
		default: '={{ $json.FromUserName }}',
		placeholder: 'e.g. o7esq5OI1Uej6Xixw1lA2H7XDVbc',
		description,
	};
}
