import type { IDataObject } from 'n8n-workflow';

import { chunk } from '../../../protocol/common/chunk';
import { splitList, uniqueValues } from '../../../protocol/common/lists';
import {
	MAX_MESSAGES_PER_RECALL,
	OfficialAccountCommand,
} from '../../../protocol/tencent/officialAccountCommands';
import { tencentItemOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';
import { readTencentRequestsInFlight, requestOptions } from './requestOptions';

export const { description, execute } = tencentItemOperation({
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
		requestOptions,
	],
	inFlight: readTencentRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const reason = String(ctx.getNodeParameter('reason', itemIndex, ''));
		const results: IDataObject[] = [];
		for (const msgKeys of chunk(
			uniqueValues(splitList(ctx.getNodeParameter('msgKeys', itemIndex))),
			MAX_MESSAGES_PER_RECALL,
		)) {
			const body: Record<string, unknown> = {
				Official_Account: officialAccount,
				MsgKeyList: msgKeys,
			};
			if (reason) body.Reason = reason;
			// A recalled message stays recalled: resending only changes the per-message RetCode.
			const answer = await client.call(OfficialAccountCommand.recallMessages, body, {
				idempotent: true,
			});
			const retCodes = new Map<string, number>();
			for (const entry of Array.isArray(answer.RecallRetList)
				? (answer.RecallRetList as IDataObject[])
				: []) {
				retCodes.set(String(entry.MsgKey), Number(entry.RetCode));
			}
			for (const msgKey of msgKeys) {
				const retCode = retCodes.get(msgKey) ?? 0;
				results.push({ officialAccount, msgKey, recalled: retCode === 0, retCode });
			}
		}
		return results;
	},
});
