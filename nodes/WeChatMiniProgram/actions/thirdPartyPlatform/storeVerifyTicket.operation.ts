import type { INodeProperties } from 'n8n-workflow';

import { openPushedTicket } from '../../../protocol/wechat/component/pushedTicket';
import { TICKET_KEY, TICKET_LIFETIME_MS } from '../../../protocol/wechat/component/platformTokens';
import { platformItemOperation } from './platformItems';

const properties: INodeProperties[] = [
	{
		displayName: 'Sealed Ticket',
		name: 'sealedTicket',
		type: 'string',
		default: '={{ $json.sealedVerifyTicket }}',
		required: true,
		description:
			'The sealedVerifyTicket of a verify ticket item from the WeChat Third-Party Platform Trigger (the ticket itself never appears in an item)',
	},
];

export const { description, execute } = platformItemOperation({
	operation: 'storeVerifyTicket',
	properties: properties,
	async item(ctx, platform, itemIndex) {
		const sealed = String(ctx.getNodeParameter('sealedTicket', itemIndex, '')).trim();
		const pushed = sealed ? openPushedTicket(platform.sealer, sealed) : undefined;
		if (!pushed)
			throw new Error(
				'The Sealed Ticket does not open with this credential: connect the Third-Party Platform Trigger (authorization-event URL) of the same platform, and pass its sealedVerifyTicket',
			);
		const validUntil = pushed.createTime * 1000 + TICKET_LIFETIME_MS;
		const stored = await platform.secrets.read(TICKET_KEY);
		// WeChat retries pushes: an older ticket arriving late must not replace a newer one.
		if (stored?.secret && stored.expiresAt > validUntil)
			return { stored: false, reason: 'a newer ticket is already stored' };
		await platform.secrets.write(TICKET_KEY, pushed.ticket, validUntil);
		return {
			stored: true,
			pushedAt: new Date(pushed.createTime * 1000).toISOString(),
			validUntil: new Date(validUntil).toISOString(),
		};
	},
});
