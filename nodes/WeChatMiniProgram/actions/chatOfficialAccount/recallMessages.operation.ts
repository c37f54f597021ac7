import type { IDataObject } from 'n8n-workflow';

import { chunk } from '../../../protocol/common/chunk';
import { splitList, uniqueValues } from '../../../protocol/common/lists';
import { MAX_MESSAGES_PER_RECALL } from '../../../protocol/tencent/officialAccountCommands';
import { recallOfficialAccountMessages } from '../../transport/tencentApi/chatOfficialAccount';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'recallMessages',
	properties: [
		officialAccountField,
		{
			displayName: 'Message Keys',
			name: 'msgKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: '71_1_1698741698',
			description:
				'MsgKeys returned by Send Message or Get Messages, separated by commas or new lines',
		},
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			default: '',
			description: 'Up to 100 bytes',
		},
	],
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const reason = String(ctx.getNodeParameter('reason', itemIndex, ''));
		const results: IDataObject[] = [];
		for (const msgKeys of chunk(
			uniqueValues(splitList(ctx.getNodeParameter('msgKeys', itemIndex))),
			MAX_MESSAGES_PER_RECALL,
		)) {
			const retCodes = await recallOfficialAccountMessages(
				client,
				officialAccount,
				msgKeys,
				reason,
			);
			for (const msgKey of msgKeys) {
				const retCode = retCodes.get(msgKey) ?? 0;
				results.push({ officialAccount, msgKey, recalled: retCode === 0, retCode });
			}
		}
		return results;
	},
});
