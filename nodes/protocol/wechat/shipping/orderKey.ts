/**
 * How an order is named to WeChat's shipping APIs: by WeChat Pay transaction id, or by merchant
 * id plus the merchant's own order number. The upload APIs call these `order_key` with
 * `order_number_type` 2 or 1; the query APIs spell them `transaction_id` or
 * `merchant_id` + `merchant_trade_no`.
 */
export type OrderKey =
	| { transactionId: string }
	| { mchid: string; outTradeNo: string; subMchid?: string };

export function isTransactionKey(key: OrderKey): key is { transactionId: string } {
	return 'transactionId' in key;
}

/** The `order_key` of the upload APIs. */
export function uploadOrderKey(key: OrderKey): Record<string, unknown> {
	return isTransactionKey(key)
		? { order_number_type: 2, transaction_id: key.transactionId }
		: { order_number_type: 1, mchid: key.mchid, out_trade_no: key.outTradeNo };
}

/** The body fields naming an order in get_order and notify_confirm_receive. */
export function queryOrderKey(key: OrderKey): Record<string, string> {
	if (isTransactionKey(key)) return { transaction_id: key.transactionId };
	return {
		merchant_id: key.mchid,
		merchant_trade_no: key.outTradeNo,
		...(key.subMchid ? { sub_merchant_id: key.subMchid } : {}),
	};
}

/** The order in words, for errors and output: "transaction 4200…" or "merchant 123 order SO1". */
export function describeOrderKey(key: OrderKey): string {
	return isTransactionKey(key)
		? `transaction ${key.transactionId}`
		: `merchant ${key.mchid} order ${key.outTradeNo}`;
}

/** The order key as output fields (the same names get_order answers with). */
export function orderKeyFields(key: OrderKey): Record<string, string> {
	return isTransactionKey(key)
		? { transactionId: key.transactionId }
		: { merchantId: key.mchid, merchantTradeNo: key.outTradeNo };
}

/** One text per order, to tell whether two items name the same order. */
export function orderKeyId(key: OrderKey): string {
	return isTransactionKey(key) ? `t:${key.transactionId}` : `m:${key.mchid}|${key.outTradeNo}`;
}
