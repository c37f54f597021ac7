import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { WECHAT_BASE_URL_EXPRESSION, weChatApiDomainProperties } from './weChatApiDomain';
import { accessTokenForHttpRequestNode } from '../nodes/shared/weChatCredentials';

export class WeChatMiniProgramApi implements ICredentialType {
	name = 'weChatMiniProgramApi';

	displayName = 'WeChat Mini Program API';

	icon: Icon = { light: 'file:icons/wechat.svg', dark: 'file:icons/wechat.dark.svg' };

	documentationUrl = 'https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authMode',
			type: 'options',
			default: 'appSecret',
			options: [
				{
					name: 'Mini Program App ID and App Secret',
					value: 'appSecret',
					description: 'Your own Mini Program: the node obtains a stable access token itself',
				},
				{
					name: 'Third-Party Platform: Authorizer Access Token',
					value: 'authorizerAccessToken',
					description:
						'A service provider acting for a merchant with an authorizer access token you already hold',
				},
				{
					name: 'Third-Party Platform: Authorizer Refresh Token (Deprecated)',
					value: 'componentRefreshToken',
					description:
						'Deprecated: a pasted ticket expires after 12 hours. Use the WeChat Third-Party Platform API credential (Authentication: Third-Party Platform on the node) instead.',
				},
			],
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			placeholder: 'wx0123456789abcdef',
			description:
				'The Mini Program App ID (for third-party modes: the merchant Mini Program). Also checked in safe-mode callbacks.',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMode: ['appSecret'] } },
		},
		{
			displayName: 'Authorizer Access Token',
			name: 'authorizerAccessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The authorizer access token of the merchant Mini Program; renew it here when it expires',
			displayOptions: { show: { authMode: ['authorizerAccessToken'] } },
		},
		{
			displayName: 'Component App ID',
			name: 'componentAppId',
			type: 'string',
			default: '',
			displayOptions: { show: { authMode: ['componentRefreshToken'] } },
		},
		{
			displayName: 'Component App Secret',
			name: 'componentAppSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMode: ['componentRefreshToken'] } },
		},
		// Masked although n8n's scanner, reading the name alone, calls it not sensitive: with the
		// Component App Secret it mints component access tokens (decided in scripts/packageGate.mjs).
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- a secret, see above
		{
			displayName: 'Component Verify Ticket',
			name: 'componentVerifyTicket',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The latest verify ticket WeChat pushed to your platform (valid 12 hours)',
			displayOptions: { show: { authMode: ['componentRefreshToken'] } },
		},
		{
			displayName: 'Authorizer Refresh Token',
			name: 'authorizerRefreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMode: ['componentRefreshToken'] } },
		},
		...weChatApiDomainProperties,
		{
			displayName:
				'The fields below are only needed by the WeChat Mini Program Trigger: copy them from Development > Development Management > Message Push',
			name: 'messagePushNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Message Push Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		// Masked although n8n's scanner, reading the name alone, calls it not sensitive: it decrypts
		// every callback and, with the Token, forges them (decided in scripts/packageGate.mjs).
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- a secret, see above
		{
			displayName: 'EncodingAESKey',
			name: 'encodingAESKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The 43-character key that encrypts message pushes in compatible and safe mode',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	// Lets the credential also drive n8n's HTTP Request node ("predefined credential type").
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await accessTokenForHttpRequestNode(this, credentials);
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { qs: { access_token: '={{$credentials.accessToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: WECHAT_BASE_URL_EXPRESSION,
			url: '/cgi-bin/openapi/quota/get',
			method: 'POST',
			body: { cgi_path: '/wxa/business/get_wxa_followers' },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 40001,
					message: 'Access token invalid: check the App Secret',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 40014,
					message: 'The access token is malformed: paste it again',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 41001,
					message: 'No access token: fill in the Authorizer Access Token',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 42001,
					message: 'The authorizer access token has expired',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 40164,
					message: "This server's IP is not on the API IP allowlist",
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errcode',
					value: 48001,
					message: 'The Mini Program is not authorised for live broadcast APIs',
				},
			},
		],
	};
}
