import type { INodeProperties } from 'n8n-workflow';

import { CUSTOM_DOMAIN, WECHAT_API_DOMAINS } from '../nodes/protocol/wechat/apiDomains';

/** Where a WeChat credential's calls go: one of WeChat's API domains or a custom URL (a proxy). */
export const weChatApiDomainProperties: INodeProperties[] = [
	{
		displayName: 'API Domain',
		name: 'apiDomain',
		type: 'options',
		default: WECHAT_API_DOMAINS[0].value,
		options: [
			...WECHAT_API_DOMAINS.map(({ name, value }) => ({ name, value })),
			{ name: 'Custom URL', value: CUSTOM_DOMAIN },
		].sort((a, b) => a.name.localeCompare(b.name)),
	},
	{
		displayName: 'Custom Base URL',
		name: 'customBaseUrl',
		type: 'string',
		default: '',
		placeholder: 'https://wechat-proxy.example.com',
		displayOptions: { show: { apiDomain: [CUSTOM_DOMAIN] } },
	},
];

/** The base URL those two fields give, as a credential test request's expression. */
export const WECHAT_BASE_URL_EXPRESSION = `={{$credentials.apiDomain === "${CUSTOM_DOMAIN}" ? $credentials.customBaseUrl : $credentials.apiDomain}}`;
