import type { INodeExecutionData } from 'n8n-workflow';

import { allRefreshTokens } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../platformState/componentAuth';
import { getAuthorizerListPage } from '../../transport/componentApi/thirdPartyPlatform';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';

export const description = operationFields('thirdPartyPlatform', 'importRefreshTokens', []);

/**
 * After the Component App Secret was rotated, every stored refresh token is sealed with the old
 * one and no longer opens. WeChat's authorizer list hands each merchant's current refresh token
 * out again: each is sealed with the credential's secret and stored. One item per merchant,
 * without the token.
 */
export const execute: OperationExecutor = async function (_items, transport) {
	const platform = await openPlatform(this, transport);
	const listed = await allRefreshTokens(
		async (offset, count) => await getAuthorizerListPage(platform, offset, count),
	);
	const items: INodeExecutionData[] = [];
	for (const { authorizerAppId, refreshToken } of listed) {
		await platform.secrets.write({ kind: 'refreshToken', authorizerAppId }, refreshToken, 0);
		// A token this process holds may come from before the rotation: the store decides again.
		platform.chain.forgetInMemory(authorizerAppId);
		items.push({ json: { authorizerAppId, refreshTokenStored: true }, pairedItem: { item: 0 } });
	}
	return items;
};
