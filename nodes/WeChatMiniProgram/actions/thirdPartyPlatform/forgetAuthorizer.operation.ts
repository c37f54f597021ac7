import { authorizerAppIdField } from './fields';
import { authorizerAppIdAt, platformItemOperation } from './platformItems';

/** After an "unauthorized" event: the merchant's refresh token and tokens are deleted. */
export const { description, execute } = platformItemOperation({
	operation: 'forgetAuthorizer',
	properties: [authorizerAppIdField('={{ $json.AuthorizerAppid }}')],
	async item(ctx, platform, itemIndex) {
		const authorizerAppId = authorizerAppIdAt(ctx, itemIndex);
		await platform.secrets.store.forget(authorizerAppId);
		platform.chain.forgetInMemory(authorizerAppId);
		return { authorizerAppId, forgotten: true };
	},
});
