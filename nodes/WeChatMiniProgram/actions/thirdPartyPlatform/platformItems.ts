import type { IExecuteFunctions } from 'n8n-workflow';

import { openPlatform } from '../../platformState/componentAuth';
import type { Platform } from '../../platformState/componentAuth';
import { itemOperation } from '../itemOperation';
import type { ItemOperation } from '../itemOperation';

/** A Third-Party Platform operation: the platform opened once, then each item on its own (see itemOperation). */
export function platformItemOperation(operation: Omit<ItemOperation<Platform>, 'resource'>) {
	return itemOperation(openPlatform, { resource: 'thirdPartyPlatform', ...operation });
}

/** The item's Authorizer App ID parameter, required. */
export function authorizerAppIdAt(ctx: IExecuteFunctions, itemIndex: number): string {
	const authorizerAppId = String(ctx.getNodeParameter('authorizerAppId', itemIndex, '')).trim();
	if (!authorizerAppId) throw new Error('The Authorizer App ID is empty');
	return authorizerAppId;
}
