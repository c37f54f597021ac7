import type { IDataObject } from 'n8n-workflow';

import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { addShippingRoutes } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import type { FakeShippingState } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';
import { resourceRunner } from '../operationHarness';

/** A local WeChat with order shipping management on a clock the test moves. */
export interface ShippingWorld {
	server: FakeWeChatServer;
	shipping: FakeShippingState;
	clock: { now: number };
}

export async function startShippingWorld(): Promise<ShippingWorld> {
	const server = await startFakeWeChat();
	const clock = { now: Date.now() };
	const shipping = addShippingRoutes(server, { now: () => clock.now });
	return { server, shipping, clock };
}

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
