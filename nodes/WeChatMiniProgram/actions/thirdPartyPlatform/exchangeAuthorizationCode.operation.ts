import type { INodeProperties } from 'n8n-workflow';

import { readGrant } from '../../../protocol/wechat/component/componentApi';
import { grantedScopes } from '../../../protocol/wechat/component/authorizers';
import { QUERY_AUTH_PATH, queryAuth } from '../../transport/componentApi/thirdPartyPlatform';
import { platformItemOperation } from './platformItems';

const properties: INodeProperties[] = [
	{
		displayName: 'Authorization Code',
		name: 'authorizationCode',
		type: 'string',
		default: '={{ $json.AuthorizationCode }}',
		required: true,
		description:
			'The AuthorizationCode of an "authorized" or "updateauthorized" event (valid 10 minutes, single use)',
	},
];

export const { description, execute } = platformItemOperation({
	operation: 'exchangeAuthorizationCode',
	properties: properties,
	async item(ctx, platform, itemIndex) {
		const code = String(ctx.getNodeParameter('authorizationCode', itemIndex, '')).trim();
		if (!code) throw new Error('The Authorization Code is empty');
		const info = await queryAuth(platform, code);
		const authorizerAppId = String(info.authorizer_appid ?? '');
		const refreshToken = info.authorizer_refresh_token;
		if (!authorizerAppId || typeof refreshToken !== 'string' || !refreshToken)
			throw new Error(
				`WeChat ${QUERY_AUTH_PATH} answered without an authorizer App ID and refresh token`,
			);
		await platform.secrets.write({ kind: 'refreshToken', authorizerAppId }, refreshToken, 0);
		// The first authorizer token comes with the code: keeping it saves a token request.
		await platform.chain.remember(
			{ kind: 'authorizerToken', authorizerAppId },
			readGrant(info, 'authorizer_access_token', QUERY_AUTH_PATH),
		);
		return { authorizerAppId, grantedScopes: grantedScopes(info), refreshTokenStored: true };
	},
});
