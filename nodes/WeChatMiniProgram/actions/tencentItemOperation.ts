import { TencentChatClient } from '../transport/tencentChatClient';
import { itemOperation } from './itemOperation';
import type { ItemOperation } from './itemOperation';

/** An operation answering each item on its own with one Tencent Cloud Chat client (see itemOperation). */
export function tencentItemOperation(operation: ItemOperation<TencentChatClient>) {
	return itemOperation(
		async (ctx, transport) => await TencentChatClient.create(ctx, transport),
		operation,
	);
}
