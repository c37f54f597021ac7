import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { OutcomeUnknownError } from '../../../protocol/common/outcomeUnknownError';
import { runInOrder } from '../../../protocol/common/runInOrder';
import { describeOrderKey, orderKeyFields } from '../../../protocol/wechat/shipping/orderKey';
import type { OrderKey } from '../../../protocol/wechat/shipping/orderKey';
import { toNodeError } from '../../transport/nodeErrors';
import { WeChatClient } from '../../transport/weChatClient';
import { readWeChatRequestsInFlight } from '../callOptions';
import { optionsCollection, weChatInFlightOptions } from '../common.descriptions';
import { errorJson } from '../forEachItem';
import { describeStoppedRun } from '../itemRunAccount';
import type { OperationModule } from '../operation';
import { operationFields } from '../operation';
import { orderKeyFields as orderKeyProperties, readOrderKey } from './orderKeyFields';

/** What one item's run knows about its order, as soon as it has read the key. */
export interface OrderItem {
	key?: OrderKey;
}

const CHECK_WITH_GET_ORDER =
	'It was not resent: resending could spend the order\'s one re-shipment. Check the order with "Get Order" before uploading it again.';

/**
 * Runs one call per item, several in flight, for operations on orders that must not be repeated
 * blindly (uploads, reminders). Every result is paired with its item, in input order. An item
 * that fails says which order and whether the outcome is unclear (reached WeChat, no clear
 * answer: never resent). Without Continue On Fail the first failure stops new items; those in
 * flight finish, and the error accounts for every item.
 */
export async function runOrderItems(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	inFlight: number,
	run: (itemIndex: number, order: OrderItem) => Promise<IDataObject>,
	words: { noun: string; done: string },
): Promise<INodeExecutionData[]> {
	const continueOnFail = ctx.continueOnFail();
	const errorOutput = ctx.getNode().onError === 'continueErrorOutput';
	const orders: OrderItem[] = items.map(() => ({}));
	const outcomes = await runInOrder({
		inputs: items,
		inFlight,
		run: async (_, itemIndex) => await run(itemIndex, orders[itemIndex]),
		stopOnFailure: !continueOnFail,
	});
	const nodeErrorOf = (error: unknown, itemIndex: number) => {
		const { key } = orders[itemIndex];
		const nodeError = toNodeError(ctx, error, itemIndex);
		const about = key ? `Order: ${describeOrderKey(key)}.` : undefined;
		if (key && !nodeError.message.includes(describeOrderKey(key)))
			nodeError.message = `${nodeError.message} [${describeOrderKey(key)}]`;
		const unclear = error instanceof OutcomeUnknownError ? CHECK_WITH_GET_ORDER : undefined;
		nodeError.description = [nodeError.description, about, unclear].filter(Boolean).join(' ');
		return nodeError;
	};
	const firstFailure = outcomes.findIndex((outcome) => outcome.state === 'failed');
	if (firstFailure >= 0 && !continueOnFail) {
		const nodeError = nodeErrorOf(
			(outcomes[firstFailure] as { error: unknown }).error,
			firstFailure,
		);
		if (items.length > 1)
			nodeError.description = [
				nodeError.description,
				describeStoppedRun(outcomes, firstFailure, words),
			].join(' ');
		throw nodeError;
	}
	return outcomes.map((outcome, itemIndex): INodeExecutionData => {
		const pairedItem = { item: itemIndex };
		if (outcome.state === 'done') return { json: outcome.value, pairedItem };
		const error = outcome.state === 'failed' ? outcome.error : new Error('not tried');
		const { key } = orders[itemIndex];
		const nodeError = nodeErrorOf(error, itemIndex);
		return {
			json: {
				status: error instanceof OutcomeUnknownError ? 'unclear' : 'failed',
				...(key ? orderKeyFields(key) : {}),
				...errorJson(nodeError),
			},
			// n8n routes an item marked failed to the error output (keeping only its message, which names
			// the order, merged onto the input item); Continue On Fail keeps the whole account above.
			...(errorOutput ? { error: nodeError } : {}),
			pairedItem,
		};
	});
}

/**
 * A shipping operation on one order an item (Upload, Upload Combined, Remind to Confirm Receipt):
 * `notice`, the Order Key fields, the operation's `fields`, then Options (Rate Limit Wait and
 * Requests in Flight, `inFlightNote` saying what one call is, then its own `options`). Each item's
 * key is read first, so any failure of the item names its order; `prepare` gets the client once
 * and returns the run of one item (see runOrderItems).
 */
export function orderKeyOperation(spec: {
	operation: string;
	notice?: INodeProperties;
	fields: INodeProperties[];
	inFlightNote: string;
	options?: INodeProperties[];
	prepare: (
		ctx: IExecuteFunctions,
		client: WeChatClient,
	) => (itemIndex: number, key: OrderKey) => Promise<IDataObject>;
	words: { noun: string; done: string };
}): OperationModule {
	return {
		description: operationFields('shipping', spec.operation, [
			...(spec.notice ? [spec.notice] : []),
			...orderKeyProperties,
			...spec.fields,
			optionsCollection([...weChatInFlightOptions(spec.inFlightNote), ...(spec.options ?? [])]),
		]),
		execute: async function (items, transport) {
			const run = spec.prepare(this, await WeChatClient.create(this, transport));
			return await runOrderItems(
				this,
				items,
				readWeChatRequestsInFlight(this),
				async (itemIndex, order) => {
					const key = readOrderKey(this, itemIndex);
					order.key = key;
					return await run(itemIndex, key);
				},
				spec.words,
			);
		},
	};
}

/**
 * Makes an order's one non-idempotent call and returns WeChat's answer as the item's last fields
 * (errcode, errmsg). An unclear outcome is named after the order and never resent.
 */
export async function callOnceFor(
	key: OrderKey,
	call: () => Promise<{ errmsg?: unknown }>,
): Promise<{ errcode: 0; errmsg: string }> {
	try {
		const answer = await call();
		return { errcode: 0, errmsg: String(answer.errmsg ?? 'ok') };
	} catch (error) {
		throw unclearFor(error, key);
	}
}

/** An unclear outcome, renamed after its order so the message says which one. */
export function unclearFor(error: unknown, key: OrderKey): unknown {
	return error instanceof OutcomeUnknownError
		? new OutcomeUnknownError(`${error.endpoint} for ${describeOrderKey(key)}`, error.reason)
		: error;
}
