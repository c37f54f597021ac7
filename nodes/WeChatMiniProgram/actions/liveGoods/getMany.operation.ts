import type { IDataObject } from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { GOODS_AUDIT_STATUS, MAX_GOODS_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { libraryGoodsPages } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

/** goods/getapproved reads one audit state at a time: the states chosen are read in turn. */
export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'getMany',
	properties: [
		{
			displayName: 'Audit States',
			name: 'statuses',
			type: 'multiOptions',
			options: Object.entries(GOODS_AUDIT_STATUS).map(([value, name]) => ({
				name: name.replace(/\b\w/g, (letter) => letter.toUpperCase()),
				value: Number(value),
			})),
			default: [0, 1, 2, 3],
			description: 'The goods to list, by audit state; each state is read on its own',
		},
		...returnAllFields,
	],
	async item(ctx, client, itemIndex) {
		const statuses = ctx.getNodeParameter('statuses', itemIndex, [0, 1, 2, 3]) as number[];
		let remaining = maxResultsOf(ctx, itemIndex);
		const goods: IDataObject[] = [];
		for (const status of statuses) {
			if (remaining !== undefined && remaining <= 0) break;
			const page = await collectOffsetPages(libraryGoodsPages(client, status), {
				pageSize: MAX_GOODS_PAGE,
				maxResults: remaining,
			});
			for (const entry of page.items)
				goods.push({ ...entry, auditStatus: status, auditState: GOODS_AUDIT_STATUS[status] });
			if (remaining !== undefined) remaining -= page.items.length;
		}
		return goods;
	},
});
