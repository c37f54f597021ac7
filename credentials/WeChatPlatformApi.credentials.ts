import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { WECHAT_BASE_URL_EXPRESSION, weChatApiDomainProperties } from './weChatApiDomain';

/** The ticket the Test button sends: never a real one, so WeChat can only answer "ticket invalid". */
const PROBE_TICKET = 'n8n-credential-test';

/**
 * A WeChat third-party platform (service provider). Tickets, component and authorizer tokens are
 * never entered here: the ticket workflow stores what WeChat pushes, the node derives the tokens.
 */
export class WeChatPlatformApi implements ICredentialType {
	name = 'weChatPlatformApi';

	displayName = 'WeChat Third-Party Platform API';

	icon: Icon = { light: 'file:icons/wechat.svg', dark: 'file:icons/wechat.dark.svg' };

	documentationUrl =
		'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/getting_started/how_to_read.html';

	properties: INodeProperties[] = [
		{
			displayName:
				'Copy these from the open platform console: Third-Party Platform > your platform > Development Settings',
			name: 'consoleNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Component App ID',
			name: 'componentAppId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'wx0123456789abcdef',
			description: 'The App ID of the third-party platform itself, not of a merchant',
		},
		{
			displayName: 'Component App Secret',
			name: 'componentAppSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Message Verification Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The Token WeChat signs pushes with (both URLs)',
		},
		// Masked although n8n's scanner, reading the name alone, calls it not sensitive: it decrypts
		// every push of every authorized merchant (decided in scripts/packageGate.mjs).
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- a secret, see above
		{
			displayName: 'Message Encryption Key (EncodingAESKey)',
			name: 'encodingAESKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The 43-character key WeChat encrypts pushes with',
		},
		{
			displayName: 'n8n API Key',
			name: 'n8nApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A key of this n8n (Settings > n8n API). The node keeps the ticket and tokens every n8n process shares in an n8n Data Table, which n8n gives community nodes only through its API.',
		},
		{
			displayName: 'n8n API URL',
			name: 'n8nApiUrl',
			type: 'string',
			default: '',
			placeholder: 'http://n8n-main:5678/api/v1',
			description:
				"This n8n's public API as every n8n process (main, workers, webhook processors) reaches it. Empty: this n8n's own URL followed by /api/v1.",
		},
		...weChatApiDomainProperties,
	];

	/**
	 * Without a ticket nothing can be minted, but api_component_token checks the App ID, the
	 * server's IP against the platform allowlist and the App Secret before the ticket: "ticket
	 * invalid" (61006) proves the domain answers, this server is allowlisted and the pair is right.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: WECHAT_BASE_URL_EXPRESSION,
			url: '/cgi-bin/component/api_component_token',
			method: 'POST',
			body: {
				component_appid: '={{$credentials.componentAppId}}',
				component_appsecret: '={{$credentials.componentAppSecret}}',
				component_verify_ticket: PROBE_TICKET,
			},
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 40013,
					message: 'WeChat does not know this Component App ID',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 40125,
					message: 'The Component App Secret is wrong',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 61004,
					message:
						"This server's IP address is not on the platform's IP allowlist (open platform console > Development Settings)",
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 45009,
					message: 'The daily quota of api_component_token is used up: try again tomorrow',
				},
			},
		],
	};
}
