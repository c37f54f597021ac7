import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { CUSTOM_REGION, TENCENT_CHAT_REGIONS } from '../nodes/protocol/tencent/regions';
import { signTencentChatRequest } from '../nodes/shared/tencentCredentials';

export class TencentChatApi implements ICredentialType {
	name = 'tencentChatApi';

	displayName = 'Tencent Cloud Chat API';

	icon: Icon = { light: 'file:icons/tencentChat.svg', dark: 'file:icons/tencentChat.dark.svg' };

	documentationUrl = 'https://trtc.io/document/34580';

	properties: INodeProperties[] = [
		{
			displayName: 'SDKAppID',
			name: 'sdkAppId',
			type: 'number',
			default: 0,
			required: true,
			description: 'The SDKAppID of the Chat application (Chat console > Applications)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The application key used to sign the administrator UserSig; it never leaves n8n',
		},
		{
			displayName: 'Admin Identifier',
			name: 'adminIdentifier',
			type: 'string',
			default: 'administrator',
			required: true,
			description: 'UserID of an app administrator (Chat console > Account Management)',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			default: TENCENT_CHAT_REGIONS[0].value,
			description: 'The region where the SDKAppID was created; other regions reject it',
			options: [
				...TENCENT_CHAT_REGIONS.map(({ name, value }) => ({ name, value })),
				{ name: 'Custom URL', value: CUSTOM_REGION },
			].sort((a, b) => a.name.localeCompare(b.name)),
		},
		{
			displayName: 'Custom Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://chat-proxy.example.com',
			displayOptions: { show: { region: [CUSTOM_REGION] } },
		},
		{
			displayName: 'Callback Token',
			name: 'callbackToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional: the webhook authentication token, for a trigger that receives Chat callbacks',
		},
	];

	// Signs every request (also from the HTTP Request node) with a cached administrator UserSig.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return signTencentChatRequest(credentials, requestOptions);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.region === "custom" ? $credentials.customBaseUrl.replace(/\\/+$/, "") : "https://" + $credentials.region}}',
			url: '/v4/im_open_login_svc/account_check',
			method: 'POST',
			body: { CheckItem: [{ UserID: '={{$credentials.adminIdentifier}}' }] },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70001,
					message: 'UserSig expired: check the server clock',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70003,
					message: 'Invalid UserSig: check the Secret Key and SDKAppID',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70005,
					message: 'UserSig verification failed: check the Secret Key',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70009,
					message: 'The Secret Key does not match this SDKAppID',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70013,
					message: 'The Admin Identifier does not match the UserSig',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70014,
					message: 'The SDKAppID does not match: is this the region where it was created?',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70016,
					message: 'No key for this SDKAppID: check it, and pick the region where it was created',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70020,
					message:
						'SDKAppID not found: the SDKAppID belongs to another region, pick the region where it was created',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 60006,
					message: 'SDKAppID unavailable here: check it, and pick the region where it was created',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 70107,
					message: 'The Admin Identifier account does not exist',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 90009,
					message: 'The Admin Identifier is not an app administrator',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ErrorCode',
					value: 60010,
					message: 'The Admin Identifier is not an app administrator',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ActionStatus',
					value: 'FAIL',
					message:
						'Tencent Cloud Chat rejected the request: check SDKAppID, Secret Key, Admin Identifier and Region',
				},
			},
		],
	};
}
