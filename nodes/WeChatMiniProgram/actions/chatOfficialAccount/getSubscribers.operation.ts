import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import { MAX_SUBSCRIBERS_PER_PAGE } from '../../../protocol/tencent/officialAccountCommands';
import { getSubscriberPage } from '../../transport/tencentApi/chatOfficialAccount';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentItemOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatOfficialAccount',
	operation: 'getSubscribers',
	properties: [officialAccountField, ...returnAllFields],
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const { items: subscribers } = await collectCursorPages<IDataObject, string>(
			async (next, pageSize) => await getSubscriberPage(client, officialAccount, pageSize, next),
			{
				pageSize: MAX_SUBSCRIBERS_PER_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				...tencentCursor('Next'),
			},
		);
		return subscribers.map((subscriber) => ({ officialAccount, ...subscriber }));
	},
});
