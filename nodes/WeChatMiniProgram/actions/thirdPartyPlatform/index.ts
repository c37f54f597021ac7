import type { INodeProperties } from 'n8n-workflow';

import type { ResourceModule } from '../operation';
import * as exchangeAuthorizationCode from './exchangeAuthorizationCode.operation';
import * as forgetAuthorizer from './forgetAuthorizer.operation';
import * as getAuthorizerInfo from './getAuthorizerInfo.operation';
import * as getAuthorizers from './getAuthorizers.operation';
import * as storeVerifyTicket from './storeVerifyTicket.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['thirdPartyPlatform'] } },
	options: [
		{
			name: 'Exchange Authorization Code',
			value: 'exchangeAuthorizationCode',
			description:
				'Turn the code of an "authorized" event into the merchant refresh token, kept for the node',
			action: 'Exchange authorization code',
		},
		{
			name: 'Forget Authorizer',
			value: 'forgetAuthorizer',
			description: 'Delete what the node keeps for a merchant that revoked the authorization',
			action: 'Forget authorizer',
		},
		{
			name: 'Get Authorizer Info',
			value: 'getAuthorizerInfo',
			description: 'A merchant Mini Program and the permissions it granted',
			action: 'Get authorizer info',
		},
		{
			name: 'Get Authorizers',
			value: 'getAuthorizers',
			description: 'The merchants that authorized the platform',
			action: 'Get authorizers',
		},
		{
			name: 'Store Verify Ticket',
			value: 'storeVerifyTicket',
			description: 'Keep the verify ticket the trigger received, for every n8n process',
			action: 'Store verify ticket',
		},
	],
	default: 'storeVerifyTicket',
};

export const thirdPartyPlatform: ResourceModule = {
	description: [
		operationSelector,
		...storeVerifyTicket.description,
		...exchangeAuthorizationCode.description,
		...getAuthorizerInfo.description,
		...forgetAuthorizer.description,
		...getAuthorizers.description,
	],
	operations: {
		storeVerifyTicket: storeVerifyTicket.execute,
		exchangeAuthorizationCode: exchangeAuthorizationCode.execute,
		getAuthorizers: getAuthorizers.execute,
		getAuthorizerInfo: getAuthorizerInfo.execute,
		forgetAuthorizer: forgetAuthorizer.execute,
	},
};
