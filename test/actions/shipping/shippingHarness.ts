import type { IDataObject } from 'n8n-workflow';

import { addShippingRoutes } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { resourceRunner, startWeChatWith } from '../operationHarness';

/** A local WeChat with order shipping management on a clock the test moves. */
export const startShippingWorld = startWeChatWith((server) => {
	const clock = { now: Date.now() };
	return { shipping: addShippingRoutes(server, { now: () => clock.now }), clock };
});
export type ShippingWorld = Awaited<ReturnType<typeof startShippingWorld>>;

/** Runs the node's Shipping resource over `items` through n8n's engine. */
export const runShipping = resourceRunner('shipping');

/** The Upload parameters for one express parcel read from the item's fields. */
export const uploadFromItem = {
	operation: 'upload',
	orderKeyType: 'transaction',
	transactionId: '={{ $json.transactionId }}',
	payerOpenid: '={{ $json.openid }}',
	logisticsType: 1,
	deliveryMode: 'unified',
	parcelsFrom: 'fields',
	trackingNo: '={{ $json.trackingNo }}',
	expressCompany: '={{ $json.carrier }}',
	itemDesc: '={{ $json.item }}',
	receiverContact: '={{ $json.phone }}',
};

export function shippedRow(
	transactionId: string,
	openid: string,
	overrides: IDataObject = {},
): IDataObject {
	return {
		transactionId,
		openid,
		trackingNo: `YT${transactionId.slice(-6)}`,
		carrier: 'YTO',
		item: 'Ceramic mug*2',
		phone: '139****5678',
		...overrides,
	};
}
