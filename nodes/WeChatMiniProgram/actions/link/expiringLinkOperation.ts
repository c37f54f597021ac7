import type { ExpiryFields } from '../../../protocol/wechat/growth/linkExpiry';
import type { LinkTarget } from '../../transport/weChatApi/link';
import type { WeChatClient } from '../../transport/weChatClient';
import { readWeChatRequestsInFlight } from '../callOptions';
import { weChatItemOperation } from '../weChatItemOperation';
import {
	expiresAt,
	expiryFieldsDescription,
	linkOptions,
	readExpiry,
	readTarget,
	targetFields,
} from './linkFields';

/**
 * A link that opens a page and expires (URL Scheme, URL Link): the same fields, checks and output,
 * the expiry judged on the transport's clock; only the API call and the output field differ.
 */
export function expiringLinkOperation(spec: {
	operation: string;
	/** The output field the link goes in. */
	field: string;
	generate: (client: WeChatClient, target: LinkTarget, expiry: ExpiryFields) => Promise<string>;
}) {
	return weChatItemOperation({
		resource: 'link',
		operation: spec.operation,
		properties: [...targetFields, ...expiryFieldsDescription, linkOptions],
		inFlight: readWeChatRequestsInFlight,
		async item(ctx, client, itemIndex) {
			const now = client.now();
			const target = readTarget(ctx, itemIndex);
			const expiry = readExpiry(ctx, itemIndex, now);
			const link = await spec.generate(client, target, expiry);
			return {
				[spec.field]: link,
				path: target.path,
				query: target.query,
				expiresAt: expiresAt(expiry, now),
			};
		},
	});
}
