import { authorizerAppIdField } from './fields';
import { authorizerAppIdAt, platformItemOperation } from './platformItems';

/**
 * After an "unauthorized" event: the merchant's refresh token and tokens are deleted, and its
 * generation is replaced, so a copy of an old row put back into the Data Table does not open.
 */
export const { description, execute } = platformItemOperation({
	operation: 'forgetAuthorizer',
	properties: [authorizerAppIdField('={{ $json.AuthorizerAppid }}')],
	async item(ctx, platform, itemIndex) {
		const authorizerAppId = authorizerAppIdAt(ctx, itemIndex);
		await platform.secrets.forget(authorizerAppId);
		platform.chain.forgetInMemory(authorizerAppId);
		return { authorizerAppId, forgotten: true };
	},
});
