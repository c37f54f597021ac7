/**
 * Meanings of the order shipping management codes, from WeChat's pages of the family
 * (upload_shipping_info, get_order, get_order_list, notify_confirm_receive, opspecialorder, the
 * famous-brand and trade-type applications), in words a user can act on.
 */
export const SHIPPING_ERRCODES: Record<number, string> = {
	10060001:
		'WeChat Pay has no such paid order: check the transaction id, or the merchant id and order number (a payment takes about a minute to reach the shipping service)',
	10060002: 'the order has completed shipping (receipt confirmed or settled): it cannot ship again',
	10060003:
		'the order has used its one re-shipment: uploading again to a shipped order, or changing its delivery mode or logistics type, is a re-shipment, and WeChat allows one',
	10060004: 'the order is not in a state that can ship (unpaid, refunded or closed)',
	10060005:
		'the logistics type is not one of express, same-city delivery, virtual goods or pick-up',
	10060006: 'split delivery is only allowed for express',
	10060007: 'split delivery needs "All Delivered" set',
	10060008: 'a parcel has no item description',
	10060009: 'an item description is longer than 120 characters',
	10060011: 'the page position (last_index) is not valid',
	10060012: 'WeChat system error: try again later',
	10060013: 'the combined upload names one sub-order twice',
	10060014: 'a parameter is invalid (errmsg says which)',
	10060019: 'WeChat system error: try again later',
	10060020: 'the order cannot complete shipping without an item description',
	10060023: 'the shipping information is unchanged',
	10060024: 'more than 15 parcels',
	10060025: 'the carrier id is too long',
	10060026: 'the tracking number is too long',
	10060028: 'the order is not shipped, so there is no receipt to remind of',
	10060029: 'the signed-for time is before the shipping time',
	10060030: 'the receipt reminder was already sent for this order (one per order)',
	10060031: 'the order was not paid by this openid',
	10060032: 'receipt reminders are only allowed for orders shipped by express',
	268485194: 'the order key type is invalid',
	268485195: 'the transaction id is empty',
	268485196: 'the merchant id (mchid) is empty',
	268485197: 'the merchant order number (out_trade_no) is empty',
	268485216: 'the upload time is not RFC 3339 (for example 2022-12-15T13:29:35.120+08:00)',
	268485224: 'the delivery mode is invalid',
	268485226: 'express shipping needs a tracking number',
	268485227: 'express shipping needs a carrier',
	268485228: 'unified delivery takes exactly one parcel',
	268485253: 'a sub-order names its order another way than the combined order',
	268486048: 'the trade type change was already applied for (one application per account)',
	268546000: 'the special order type is invalid',
	268546001:
		'the expected shipping date is invalid: a pre-sale order must ship 15 to 330 days after payment',
	268546002: 'the account has no unshipped order with this number',
	10210001: 'a brand application parameter is invalid',
	10210002:
		'the brand application is in a state that does not allow this (in review, approved, or none made)',
	10210003: 'an image of the brand application could not be read',
	40097: 'the App ID is missing',
	44990: 'frequency limit reached: try again later',
	61011: 'the third-party platform is not valid',
};
