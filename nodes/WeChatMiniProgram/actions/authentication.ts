import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { PLATFORM_AUTHENTICATION, PLATFORM_CREDENTIAL } from '../platformState/componentAuth';
import { resources } from './resources';

const TENCENT_RESOURCES = [
	'chatAccount',
	'chatGroup',
	'chatMessage',
	'chatOfficialAccount',
	'chatPush',
];
const PLATFORM_RESOURCES = ['thirdPartyPlatform'];
/** Resources that call no API (answering the trigger's callback) need no credential. */
const NO_CREDENTIAL_RESOURCES = ['chatCallback'];
const MINI_PROGRAM_AUTHENTICATION = 'miniProgram';
const NON_PLATFORM_RESOURCES = Object.keys(resources).filter(
	(resource) => !PLATFORM_RESOURCES.includes(resource),
);

/**
 * Tencent Cloud Chat resources use their own credential. WeChat resources run as the Mini Program
 * itself or, for a service provider, as a third-party platform on behalf of a merchant.
 */
export const nodeCredentials: INodeCredentialDescription[] = [
	{
		name: 'weChatMiniProgramApi',
		required: true,
		// `show` on Authentication, like the platform credential's: n8n's editor then offers both kinds
		// in one credential list and sets Authentication from the one picked. (A workflow saved before
		// the option gets its default, Mini Program, when n8n loads it.)
		displayOptions: {
			show: { authentication: [MINI_PROGRAM_AUTHENTICATION] },
			hide: {
				resource: [...TENCENT_RESOURCES, ...PLATFORM_RESOURCES, ...NO_CREDENTIAL_RESOURCES],
			},
		},
	},
	{
		name: PLATFORM_CREDENTIAL,
		required: true,
		displayOptions: {
			show: { authentication: [PLATFORM_AUTHENTICATION] },
			hide: { resource: [...TENCENT_RESOURCES, ...NO_CREDENTIAL_RESOURCES] },
		},
	},
	{
		name: 'tencentChatApi',
		required: true,
		displayOptions: { show: { resource: TENCENT_RESOURCES } },
	},
];

export const authenticationProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Mini Program',
				value: MINI_PROGRAM_AUTHENTICATION,
				description: 'The WeChat Mini Program API credential (your own Mini Program)',
			},
			{
				name: 'Third-Party Platform',
				value: PLATFORM_AUTHENTICATION,
				description: 'A service provider acting for one of its merchants',
			},
		],
		default: MINI_PROGRAM_AUTHENTICATION,
		displayOptions: {
			hide: { resource: [...TENCENT_RESOURCES, ...PLATFORM_RESOURCES, ...NO_CREDENTIAL_RESOURCES] },
		},
	},
	// The Third-Party Platform resource always uses the platform credential. `hide`, not `show`:
	// n8n's editor moves every field named in an auth field's `show` into the credential section,
	// and `show: { resource }` here took the Resource selector out of the node's panel.
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		default: PLATFORM_AUTHENTICATION,
		displayOptions: { hide: { resource: NON_PLATFORM_RESOURCES } },
	},
	{
		displayName: 'Authorizer App ID',
		name: 'authorizerAppId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'wx0123456789abcdef',
		description:
			'The App ID of the merchant Mini Program to act for. An expression can give a different merchant per item.',
		displayOptions: {
			show: { authentication: [PLATFORM_AUTHENTICATION] },
			hide: { resource: [...TENCENT_RESOURCES, ...PLATFORM_RESOURCES, ...NO_CREDENTIAL_RESOURCES] },
		},
	},
];
