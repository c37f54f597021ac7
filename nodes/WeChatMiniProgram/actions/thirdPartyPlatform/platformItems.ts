import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { openPlatform, type Platform } from '../../platformState/componentAuth';
import type { TransportOptions } from '../../transport/transportOptions';
import { forEachItem } from '../forEachItem';

/** The shape of a Third-Party Platform operation: the platform opened once, then each item on its own. */
export async function forEachPlatformItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
	handle: (platform: Platform, itemIndex: number) => Promise<IDataObject>,
): Promise<INodeExecutionData[]> {
	const platform = await openPlatform(ctx, transport);
	return await forEachItem(ctx, items, async (itemIndex) => await handle(platform, itemIndex));
}

/** The item's Authorizer App ID parameter, required. */
export function authorizerAppIdAt(ctx: IExecuteFunctions, itemIndex: number): string {
	const authorizerAppId = String(ctx.getNodeParameter('authorizerAppId', itemIndex, '')).trim();
	if (!authorizerAppId) throw new Error('The Authorizer App ID is empty');
	return authorizerAppId;
}
