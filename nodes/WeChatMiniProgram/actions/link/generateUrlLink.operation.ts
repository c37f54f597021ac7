import { generateUrlLink } from '../../transport/weChatApi/link';
import { weChatItemOperation } from '../weChatItemOperation';
import {
	expiresAt,
	expiryFieldsDescription,
	linkOptions,
	linksInFlight,
	readExpiry,
	readTarget,
	targetFields,
} from './linkFields';

export const { description, execute } = weChatItemOperation({
	resource: 'link',
	operation: 'generateUrlLink',
	properties: [...targetFields, ...expiryFieldsDescription, linkOptions],
	inFlight: linksInFlight,
	async item(ctx, client, itemIndex) {
		const now = Date.now();
		const target = readTarget(ctx, itemIndex);
		const expiry = readExpiry(ctx, itemIndex, now);
		const urlLink = await generateUrlLink(client, target, expiry);
		return { urlLink, path: target.path, query: target.query, expiresAt: expiresAt(expiry, now) };
	},
});
