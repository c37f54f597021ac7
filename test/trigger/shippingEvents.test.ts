import {
	safeJsonEnvelope,
	signedQuery,
	TEST_AES_KEY,
	TEST_APP_ID,
	TEST_TOKEN,
	wechatEncrypt,
} from '../../testkit/fixtures/wechatTestCrypto';
import { FakeWeChatServer, type Json } from '../../testkit/servers/fakeWeChat/server';
import { addOrder, addShippingRoutes } from '../../testkit/servers/fakeWeChat/shippingRoutes';
import { send, startTriggerServer, type TriggerServer } from './triggerServer';

const CREDENTIALS = {
	appId: TEST_APP_ID,
	token: TEST_TOKEN,
	encodingAESKey: TEST_AES_KEY,
	appSecret: 'app-secret-never-shown',
};

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
		trigger = await startTriggerServer(CREDENTIALS, {
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
