import { TencentChatClient } from '../transport/tencentChatClient';
import { readTencentRequestsInFlight, requestOptions } from './chatOfficialAccount/requestOptions';
import { itemOperation } from './itemOperation';
import type { ItemOperation } from './itemOperation';

/** An operation answering each item on its own with one Tencent Cloud Chat client (see itemOperation). */
export function tencentItemOperation(operation: ItemOperation<TencentChatClient>) {
	return itemOperation(
		async (ctx, transport) => await TencentChatClient.create(ctx, transport),
		operation,
	);
}

/**
 * A tencentItemOperation whose items go out several at a time: its Options (Rate Limit Wait,
 * Requests in Flight) come after its own fields, and the run keeps that many items in flight.
 */
export function tencentInFlightOperation(
	operation: Omit<ItemOperation<TencentChatClient>, 'inFlight'>,
) {
	return tencentItemOperation({
		...operation,
		properties: [...operation.properties, requestOptions],
		inFlight: readTencentRequestsInFlight,
	});
}
