import type { IDataObject } from 'n8n-workflow';

import { getGoodsWarehouse } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsIdListField, readGoodsIdList } from './goodsLocator';

/** One item per goods: its info and audit_status (0 not submitted, 1 in audit, 2 approved, 3 rejected). */
export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'getStatus',
	properties: [
		{ ...goodsIdListField, description: 'The goods to read: IDs separated by commas or new lines' },
	],
	async item(ctx, client, itemIndex) {
		const goodsIds = readGoodsIdList(ctx, itemIndex, 'getgoodswarehouse');
		return (await getGoodsWarehouse(client, goodsIds)) as IDataObject[];
	},
});
