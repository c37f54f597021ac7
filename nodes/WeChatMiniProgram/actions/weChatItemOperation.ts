import { WeChatClient } from '../transport/weChatClient';
import { itemOperation } from './itemOperation';
import type { ItemOperation } from './itemOperation';

export type WeChatItemOperation = ItemOperation<WeChatClient>;

/** An operation answering each item on its own with one WeChat client (see itemOperation). */
export function weChatItemOperation(operation: WeChatItemOperation) {
	return itemOperation(
		async (ctx, transport) => await WeChatClient.create(ctx, transport),
		operation,
	);
}
