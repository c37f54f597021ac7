import { readFileSync } from 'node:fs';
import path from 'node:path';

import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IConnections,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import {
	seedDemoShipping,
	SHIPPING_PATHS,
} from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';
import {
	chatCredentials,
	startChatServer,
} from '../chatOfficialAccount/chatOfficialAccountHarness';

const example = (name: string) =>
	JSON.parse(readFileSync(path.join(__dirname, '../../../examples', name), 'utf8')) as {
		nodes: INode[];
		connections: IConnections;
	};

/** Stands in for a core node the test engine does not load (trigger, Code). */
function standIn(name: string, act: (ctx: IExecuteFunctions) => INodeExecutionData[]): INodeType {
	return {
		description: {
			displayName: name,
			name,
			group: ['transform'] as INodeTypeDescription['group'],
			version: [1, 1.2, 2],
			description: name,
			defaults: { name },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		},
		execute: async function (this: IExecuteFunctions) {
			return [act(this)];
		},
	};
}

/** The example's nodes with the core ones as stand-ins `test.<type>`. */
function withStandIns(nodes: INode[]): INode[] {
	return nodes.map((node) =>
		node.type.startsWith('n8n-nodes-wechat-miniprogram.')
			? node
			: { ...node, type: `test.${node.type.split('.')[1]}`, parameters: {} },
	);
}

describe("the shipping examples through the engine, against the demo's local WeChat", () => {
	let weChat: FakeWeChatServer;
	let tencent: FakeTencentChat;
	beforeEach(async () => {
		weChat = await startFakeWeChat();
		tencent = await startChatServer();
		tencent.addAccount('@TOA#_demo_news', { Name: 'Demo News' });
	});
	afterEach(async () => {
		await weChat.stop();
		await tencent.stop();
	});

	test('examples/upload-shipped-orders.json: uploads each order, skips a shipped one, messages the merchant about the one that failed', async () => {
		const shipping = seedDemoShipping(weChat);
		const { nodes, connections } = example('upload-shipped-orders.json');
		const rows = [
			// Shipped already: skipped, not failed.
			{
				transactionId: shipping.orders[4].transactionId,
				openid: shipping.orders[4].openid,
				trackingNo: 'YT1',
				carrier: 'YTO',
				item: 'Mug*2',
				phone: '139****5678',
			},
			// SF Express with a full phone number: refused before sending.
			{
				transactionId: shipping.orders[5].transactionId,
				openid: shipping.orders[5].openid,
				trackingNo: 'SF1',
				carrier: 'SF',
				item: 'Lamp*1',
				phone: '13800000000',
			},
			{
				transactionId: shipping.orders[6].transactionId,
				openid: shipping.orders[6].openid,
				trackingNo: 'ZT1',
				carrier: 'ZTO',
				item: 'Tea set*1',
				phone: '137****1111',
			},
		];
		shipping.orders[4].state = 'shipped';
		const result = await runWorkflow({
			nodes: withStandIns(nodes),
			connections,
			credentials: {
				...weChatCredentials(weChat),
				tencentChatApi: chatCredentials(tencent) as never,
			},
			extraNodeTypes: {
				'test.manualTrigger': standIn('manualTrigger', () => [{ json: {} }]),
				'test.code': standIn('code', () => rows.map((json) => ({ json, pairedItem: { item: 0 } }))),
			},
		});
		expect(result.error).toBeUndefined();
		const outputs = result.run.data.resultData.runData['Upload Shipping Info'][0].data!.main;
		expect(outputs[0]!.map((item) => item.json.status)).toEqual(['skipped', 'uploaded']);
		expect(outputs[1]).toHaveLength(1);
		expect(String(outputs[1]![0].json.error)).toContain(`transaction ${rows[1].transactionId}`);
		expect(weChat.callsTo(SHIPPING_PATHS.upload)).toHaveLength(1);
		expect(shipping.orders[6].state).toBe('shipped');
		const messages = tencent.accounts.get('@TOA#_demo_news')!.messages;
		expect(messages).toHaveLength(1);
		const text = JSON.stringify(messages[0].MsgBody);
		expect(text).toContain(`transaction ${rows[1].transactionId}`);
		expect(text).toContain('must be masked');
	});

	test('examples/nightly-shipping-reconciliation.json: every unshipped order paid more than 3 days ago goes into the report', async () => {
		const shipping = seedDemoShipping(weChat); // one order paid each of the last 8 days
		shipping.orders[0].state = 'shipped';
		const { nodes, connections } = example('nightly-shipping-reconciliation.json');
		let reported: string[] = [];
		const result = await runWorkflow({
			nodes: withStandIns(nodes),
			connections,
			credentials: weChatCredentials(weChat),
			extraNodeTypes: {
				'test.scheduleTrigger': standIn('scheduleTrigger', () => [{ json: {} }]),
				'test.code': standIn('code', (ctx) => {
					reported = ctx.getInputData().map((item) => String(item.json.transaction_id));
					return [{ json: { unshippedOrders: reported.length } }];
				}),
			},
		});
		expect(result.error).toBeUndefined();
		const cutoff = Date.now() / 1000 - 3 * 86400;
		const expected = shipping.orders
			.filter((order) => order.state === 'paid' && order.payTime <= cutoff)
			.map((order) => order.transactionId);
		expect(expected).toHaveLength(4); // paid 4 to 7 days ago; the 8-day-old one shipped
		expect(reported).toEqual(expected);
		expect(weChat.callsTo(SHIPPING_PATHS.getOrderList)[0].body).toMatchObject({ order_state: 1 });
	});
});
