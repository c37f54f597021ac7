import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import {
	addShippingRoutes,
	makeOrders,
	SHIPPING_PATHS,
} from '../testkit/servers/fakeWeChat/shippingRoutes';
import { measure } from './measure';

const ORDERS = 10_000;
/** Every answer of the local WeChat comes 50 ms after its request, as over a real network. */
const LATENCY = { ms: 50 };
const RUNS: { requestsInFlight?: number; skipShipped: boolean }[] = [
	{ skipShipped: true },
	{ requestsInFlight: 50, skipShipped: true },
	{ requestsInFlight: 50, skipShipped: false },
];

/**
 * Shipping > Upload of 10000 orders from one input through n8n-core's engine against the local
 * WeChat (in this process) answering after 50 ms: with Skip Already Shipped (a read, then the
 * upload: two calls an order) at the default Requests in Flight and at the maximum, and without.
 */
export async function runShippingBench(): Promise<void> {
	for (const run of RUNS) {
		resetTransport();
		const server = await new FakeWeChatServer().start();
		server.latency = LATENCY;
		const shipping = addShippingRoutes(server);
		const orders = makeOrders(shipping, ORDERS);
		const items = orders.map((order) => ({
			transactionId: order.transactionId,
			openid: order.openid,
			trackingNo: `YT${order.outTradeNo}`,
		}));
		try {
			await measure(
				`Shipping > Upload, in flight ${run.requestsInFlight ?? 'default (20)'}, skip shipped ${run.skipShipped ? 'on' : 'off'}`,
				'orders',
				async () => {
					const result = await runWorkflow(
						itemsIntoWeChatNode(
							items,
							{
								resource: 'shipping',
								operation: 'upload',
								transactionId: '={{ $json.transactionId }}',
								payerOpenid: '={{ $json.openid }}',
								logisticsType: 1,
								deliveryMode: 'unified',
								parcelsFrom: 'fields',
								trackingNo: '={{ $json.trackingNo }}',
								expressCompany: 'YTO',
								itemDesc: 'Ceramic mug*2',
								options: {
									skipShipped: run.skipShipped,
									...(run.requestsInFlight ? { requestsInFlight: run.requestsInFlight } : {}),
								},
							},
							weChatCredentials(server),
						),
					);
					if (result.error) throw result.error;
					if (shipping.uploads.length !== ORDERS)
						throw new Error(`uploaded ${shipping.uploads.length} orders, expected ${ORDERS}`);
					return {
						items: shipping.uploads.length,
						calls:
							server.callsTo(SHIPPING_PATHS.upload).length +
							server.callsTo(SHIPPING_PATHS.getOrder).length,
					};
				},
			);
		} finally {
			await server.stop();
		}
	}
}
