import { withoutAuthorizerSecrets } from '../../../protocol/wechat/component/authorizers';
import { getAuthorizerInfo } from '../../transport/componentApi/thirdPartyPlatform';
import { authorizerAppIdField } from './fields';
import { authorizerAppIdAt, platformItemOperation } from './platformItems';

export const { description, execute } = platformItemOperation({
	operation: 'getAuthorizerInfo',
	properties: [authorizerAppIdField('={{ $json.authorizerAppId }}')],
	async item(ctx, platform, itemIndex) {
		const authorizerAppId = authorizerAppIdAt(ctx, itemIndex);
		const answer = await getAuthorizerInfo(platform, authorizerAppId);
		return { authorizerAppId, ...withoutAuthorizerSecrets(answer) };
	},
});
