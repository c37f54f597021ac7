import type { INodeProperties } from 'n8n-workflow';

/** The user a customer service call is for: the trigger's FromUserName. */
export const openidField: INodeProperties = {
	displayName: 'Recipient Openid',
	name: 'openid',
	type: 'string',
	required: true,
	default: '={{ $json.FromUserName }}',
	placeholder: 'e.g. o7esq5OI1Uej6Xixw1lA2H7XDVbc',
	description:
		"The openid of the user who wrote to the Mini Program's customer service: the trigger gives it as FromUserName",
};
