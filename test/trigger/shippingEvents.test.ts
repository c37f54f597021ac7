import {
	safeJsonEnvelope,
	signedQuery,
	wechatEncrypt,
} from '../../testkit/fixtures/wechatTestCrypto';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import type { Json } from '../../testkit/servers/fakeWeChat/server';
import { addOrder, addShippingRoutes } from '../../testkit/servers/fakeWeChat/shippingRoutes';
import { send, startTriggerServer, TRIGGER_CREDENTIALS } from './triggerServer';
import type { TriggerServer } from './triggerServer';

/**
 * The local WeChat pushes the order shipping events on its clock (encrypted JSON, safe mode) to
 * the Mini Program trigger, whose Events filter names them.
 */
describe('Mini Program trigger: order shipping events from the local WeChat', () => {
	let trigger: TriggerServer;
	let weChat: FakeWeChatServer;
	const deliveries: Promise<unknown>[] = [];
	let clock = Date.parse('2026-12-01T08:00:00Z');

	beforeAll(async () => {
		trigger = await startTriggerServer(TRIGGER_CREDENTIALS, {
			encryptionMode: 'safe',
			bodyFormat: 'json',
			events: ['trade_manage_order_settlement', 'trade_manage_remind_shipping'],
		});
		weChat = await new FakeWeChatServer().start();
	});
	afterAll(async () => {
		await trigger.close();
		await weChat.stop();
	});

	test('reminder and settlement events start the workflow with typed fields; the access reminder is filtered out', async () => {
		const push = (event: Json) => {
			const encrypt = wechatEncrypt(JSON.stringify(event));
			deliveries.push(
				send(trigger.url, {
					query: signedQuery({ encrypt, timestamp: Math.floor(Date.now() / 1000) }),
					body: safeJsonEnvelope(encrypt),
					contentType: 'application/json',
				}),
			);
		};
		const shipping = addShippingRoutes(weChat, { now: () => clock, push });
		addOrder(shipping, { transactionId: '4200000000000000001', state: 'unpaid' }, () => clock);
		shipping.pay('4200000000000000001'); // the first trade: trade_manage_remind_access_api
		clock += 48 * 3600_000;
		shipping.tick(); // trade_manage_remind_shipping
		const order = shipping.orders[0];
		order.state = 'shipped';
		order.shippedTime = Math.floor(clock / 1000);
		shipping.confirmReceipt(order.transactionId); // trade_manage_order_settlement (settled)
		const answers = await Promise.all(deliveries);
		expect(answers.map((answer) => (answer as { body: string }).body)).toEqual([
			'success',
			'success',
			'success',
		]);
		const items = trigger.started.map((run) => run[0][0].json);
		expect(items.map((item) => item.Event)).toEqual([
			'trade_manage_remind_shipping',
			'trade_manage_order_settlement',
		]);
		expect(items[0]).toMatchObject({
			transaction_id: '4200000000000000001',
			merchant_id: '1230000109',
			pay_time: order.payTime,
		});
		expect(items[1]).toMatchObject({
			transaction_id: '4200000000000000001',
			confirm_receive_method: 2,
			settlement_time: Math.floor(clock / 1000),
		});
		expect(typeof items[1].dedupKey).toBe('string');
	});
});

// Issue 16: a field's type follows its name, never its value. An order number of digits is still
// an order number: a workflow that joins it with its own orders must get text, in XML and JSON.
describe('Mini Program trigger: a merchant_trade_no of digits stays text in the item', () => {
	let trigger: TriggerServer;
	beforeAll(async () => {
		trigger = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: 'safe' });
	});
	afterAll(async () => await trigger.close());

	const header = (event: string) => ({
		ToUserName: 'gh_123456789abc',
		FromUserName: 'o_system_trade_manage',
		CreateTime: 1796290000,
		MsgType: 'event',
		Event: event,
	});
	const order = {
		transaction_id: '4200001858202306300646157659',
		merchant_id: '1230000109',
		merchant_trade_no: '1909917325',
		pay_time: 1796112000,
	};
	const asXml = (fields: Record<string, string | number>) =>
		`<xml>${Object.entries(fields)
			.map(([name, value]) =>
				typeof value === 'number'
					? `<${name}>${value}</${name}>`
					: `<${name}><![CDATA[${value}]]></${name}>`,
			)
			.join('')}</xml>`;

	test.each([
		['trade_manage_remind_shipping', 'xml'],
		['trade_manage_remind_shipping', 'json'],
		['trade_manage_order_settlement', 'xml'],
		['trade_manage_order_settlement', 'json'],
	])('%s in %s', async (event, format) => {
		const fields = { ...header(event), ...order };
		const message = format === 'xml' ? asXml(fields) : JSON.stringify(fields);
		const encrypt = wechatEncrypt(message);
		trigger.started.splice(0);
		const answer = await send(trigger.url, {
			query: signedQuery({ encrypt }),
			body: safeJsonEnvelope(encrypt),
			contentType: 'application/json',
		});
		expect(answer.body).toBe('success');
		const item = trigger.started[0][0][0].json;
		expect(item.merchant_trade_no).toBe('1909917325');
		expect(item.merchant_id).toBe('1230000109');
		expect(item.transaction_id).toBe('4200001858202306300646157659');
		expect(item.pay_time).toBe(1796112000);
	});
});
