import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';

import { usesPlatformAuthentication } from '../../platformState/componentAuth';

/** The App ID of the Mini Program the calls act for: the merchant's on a platform, else the credential's. */
export async function accountAppId(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	if (usesPlatformAuthentication(ctx))
		return String(ctx.getNodeParameter('authorizerAppId', itemIndex, '')).trim();
	const credentials =
		await ctx.getCredentials<ICredentialDataDecryptedObject>('weChatMiniProgramApi');
	return String(credentials.appId ?? '').trim();
}
