import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { secretsOf, weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from '../../../testkit/servers/fakeWeChat/subscribeRoutes';
import type { FakeSubscribeState } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

const SEND = '/cgi-bin/message/subscribe/send';

const FIELDS = ['thing1', 'number2', 'time3', 'phrase4'];
const schema = FIELDS.map((id) => ({
	id,
	displayName: id,
	required: true,
	defaultMatch: false,
	display: true,
	type: 'string',
}));

describe('Subscribe Message > Send (through the n8n engine, against a local WeChat)', () => {
	let server: FakeWeChatServer;
	let subscribe: FakeSubscribeState;
	let templateId: string;

	beforeEach(async () => {
		server = await startFakeWeChat();
		subscribe = addSubscribeRoutes(server);
		templateId = addPrivateTemplate(subscribe, {
			title: '下单成功通知',
			content:
				'物品名称:{{thing1.DATA}}\n数量:{{number2.DATA}}\n下单时间:{{time3.DATA}}\n订单状态:{{phrase4.DATA}}\n',
			example: '物品名称:拿铁\n数量:2\n下单时间:2019年10月1日 15:01\n订单状态:配送中\n',
			type: 2,
		});
		for (const openid of ['oUserA', 'oUserB', 'oUserC'])
			subscribeUser(subscribe, openid, templateId);
	});
	afterEach(async () => await server.stop());

	const order = (openid: string, overrides: Record<string, unknown> = {}) => ({
		openid,
		item: '拿铁',
		count: 2,
		at: '2019年10月1日 15:01',
		status: '配送中',
		...overrides,
	});
	const mapped = {
		mappingMode: 'defineBelow',
		value: {
			thing1: '={{ $json.item }}',
			number2: '={{ $json.count }}',
			time3: '={{ $json.at }}',
			phrase4: '={{ $json.status }}',
		},
		matchingColumns: [],
		schema,
		attemptToConvertTypes: false,
		convertFieldsToString: true,
	};
	const send = (items: object[], parameters: Record<string, unknown> = {}, settings = {}) =>
		runWorkflow(
			itemsIntoWeChatNode(
				items as never,
				{
					resource: 'subscribeMessage',
					operation: 'send',
					templateId,
					openid: '={{ $json.openid }}',
					data: mapped,
					...parameters,
				},
				weChatCredentials(server),
				settings,
			),
		);

	test('sends one message per item with the mapped keywords and options; msgid stays exact', async () => {
		const result = await send([order('oUserA'), order('oUserB', { item: '美式' })], {
			options: { page: 'pages/order/detail?id=7', miniprogramState: 'trial', lang: 'en_US' },
		});
		expect(result.error).toBeUndefined();
		expect(server.callsTo(SEND)[0].body).toEqual({
			touser: 'oUserA',
			template_id: templateId,
			data: {
				thing1: { value: '拿铁' },
				number2: { value: '2' },
				time3: { value: '2019年10月1日 15:01' },
				phrase4: { value: '配送中' },
			},
			page: 'pages/order/detail?id=7',
			miniprogram_state: 'trial',
			lang: 'en_US',
		});
		const output = result.output('WeChat');
		expect(output).toEqual(
			subscribe.sent.map((message) => ({
				msgid: message.msgid,
				touser: message.touser,
				templateId,
				errcode: 0,
				errmsg: 'ok',
			})),
		);
		expect(BigInt(output[0].msgid as string)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('Map Automatically takes the keywords from same-named input fields', async () => {
		const result = await send(
			[
				{
					openid: 'oUserA',
					thing1: '拿铁',
					number2: 3,
					time3: '15:01',
					phrase4: '已发货',
					other: 'x',
				},
			],
			{
				data: { ...mapped, mappingMode: 'autoMapInputData', value: null },
			},
		);
		expect(result.error).toBeUndefined();
		expect(subscribe.sent[0].data).toEqual({
			thing1: { value: '拿铁' },
			number2: { value: '3' },
			time3: { value: '15:01' },
			phrase4: { value: '已发货' },
		});
	});

	test('a value breaking its keyword rule stops the run before anything is sent, naming every problem', async () => {
		const items = [
			order('oUserA'),
			order('oUserB', { item: '超长的商品名称超长的商品名称超长的商品名称', status: 'shipped' }),
			order('oUserC', { count: '2 cups' }),
		];
		const result = await send(items);
		expect(server.callsTo(SEND)).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Item 1: keyword thing1 "超长的商品名称超长的商品名称超长的商品名称": at most 20 characters (got 21) (and 1 more)',
		);
		const description = (result.error as { description?: string }).description;
		expect(description).toBe(
			'Nothing was sent. Item 1: thing1 "超长的商品名称超长的商品名称超长的商品名称": at most 20 characters (got 21); phrase4 "shipped": Chinese characters only (e.g. 配送中). ' +
				'Item 2: number2 "2 cups": digits only, optionally with one decimal point (e.g. 3.14).',
		);
	});

	test('with Continue On Fail, invalid items become error items and the valid ones are sent', async () => {
		const result = await send(
			[order('oUserA'), order('oUserB', { at: 'tomorrow' }), order('oUserC')],
			{},
			{ onError: 'continueRegularOutput' },
		);
		expect(subscribe.sent.map((message) => message.touser)).toEqual(['oUserA', 'oUserC']);
		const output = result.output('WeChat');
		expect(output[1].error).toMatch(/^Item 1: keyword time3 "tomorrow": a 24-hour time/);
		expect(output[2].msgid).toBe(subscribe.sent[1].msgid);
	});

	test('a keyword whose expression comes out empty is refused before sending', async () => {
		const result = await send([order('oUserA')], {
			data: { ...mapped, value: { ...mapped.value, time3: '={{ $json.missing }}' } },
		});
		expect(server.callsTo(SEND)).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Item 0: keyword time3: missing (every keyword of the template needs a value)',
		);
	});

	test('43101: a one-time subscription allows one message; the error explains it and what was sent', async () => {
		const oneAtATime = { options: { requestsInFlight: 1 } };
		const result = await send([order('oUserA'), order('oUserA'), order('oUserB')], oneAtATime);
		expect(server.callsTo(SEND)).toHaveLength(2);
		expect(subscribe.sent).toHaveLength(1);
		expect(result.error?.message).toMatch(
			/errcode 43101 \(the user has not subscribed to this template.*already received the one message/,
		);
		expect((result.error as { description?: string }).description).toMatch(
			/1 earlier message\(s\) were sent; the 1 later item\(s\) were not tried\./,
		);
	});

	test('40003, 40037 and 41030 are explained', async () => {
		const unknownUser = await send([order('oStranger')]);
		expect(unknownUser.error?.message).toMatch(
			/errcode 40003 \(the recipient openid is empty or not a user of this Mini Program\)/,
		);
		const wrongTemplate = await send([order('oUserA')], { templateId: 'not-a-template' });
		expect(wrongTemplate.error?.message).toMatch(
			/errcode 40037 \(the template id is empty or not a template of this Mini Program\)/,
		);
		const wrongPage = await send([order('oUserA')], { options: { page: 'pages/missing/page' } });
		expect(wrongPage.error?.message).toMatch(
			/errcode 41030 \(the page does not exist in the published Mini Program/,
		);
		expect(subscribe.sent).toHaveLength(0);
	});

	test('47003 from WeChat (a keyword the mapping does not know, e.g. the template changed) is explained', async () => {
		subscribe.templates[0].content += '备注:{{thing5.DATA}}\n';
		const result = await send([order('oUserA')]);
		expect(result.error?.message).toMatch(
			/errcode 47003 \(a keyword value is empty or breaks its rule \(errmsg names the keyword\)\): argument invalid! data\.thing5\.value is empty/,
		);
	});

	test('a send whose answer was lost is never resent (it may have reached the user)', async () => {
		server.injectFault(SEND, { kind: 'resetAfterHandling' });
		const result = await send([order('oUserA'), order('oUserB')], {
			options: { requestsInFlight: 1 },
		});
		expect(server.callsTo(SEND)).toHaveLength(1);
		expect(subscribe.sent).toHaveLength(1);
		expect(result.error?.message).toMatch(/no clear answer .*so it was not resent/);
		expect((result.error as { description?: string }).description).toMatch(
			/0 earlier message\(s\) were sent; the 1 later item\(s\) were not tried/,
		);
	});

	test('system busy (-1) and HTTP 502 are not retried; with Continue On Fail the next items still go', async () => {
		server.injectFault(SEND, { kind: 'errcode', errcode: -1 });
		server.injectFault(SEND, { kind: 'http', status: 502 });
		const result = await send(
			[order('oUserA'), order('oUserB'), order('oUserC')],
			{},
			{ onError: 'continueRegularOutput' },
		);
		expect(server.callsTo(SEND)).toHaveLength(3);
		const output = result.output('WeChat');
		expect(output[0].error).toMatch(/errcode -1, WeChat system busy/);
		expect(output[1].error).toMatch(/HTTP 502/);
		expect(output[2].msgid).toBe(subscribe.sent[0].msgid);
	});

	test('provable rejections are resent: frequency limit, HTTP 429, a token rotated elsewhere', async () => {
		server.injectFault(SEND, { kind: 'errcode', errcode: 45011 });
		server.injectFault(SEND, { kind: 'http', status: 429 });
		await send([order('oUserA')]);
		server.rotateToken();
		const result = await send([order('oUserB')]);
		expect(result.error).toBeUndefined();
		expect(subscribe.sent.map((message) => message.touser)).toEqual(['oUserA', 'oUserB']);
		expect(server.callsTo(SEND)).toHaveLength(5);
	});

	test('several sends in flight: 20 messages go out 10 at a time, output in input order', async () => {
		server.latency = { ms: 300 };
		const users = Array.from({ length: 20 }, (_, i) => `oMany${i}`);
		for (const openid of users) subscribeUser(subscribe, openid, templateId);
		const result = await send(
			users.map((openid) => order(openid)),
			{ options: { requestsInFlight: 10 } },
		);
		expect(server.inFlight.most).toBe(10);
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat').map((item) => item.touser)).toEqual(users);
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual(users.map((_, item) => ({ item })));
		expect(subscribe.sent).toHaveLength(20);
	});

	test('a failure stops new sends; sends already in flight finish and the error says what each item became', async () => {
		// Items 0 and 2 answer late, item 1 fails at once: it is known while the other two are in flight.
		server.injectFault(SEND, { kind: 'delay', ms: 400 });
		server.injectFault(SEND, { kind: 'errcode', errcode: 40003 });
		server.injectFault(SEND, { kind: 'delay', ms: 400 });
		const result = await send(
			[order('oUserA'), order('oUserB'), order('oUserC'), order('oUserA'), order('oUserB')],
			{ options: { requestsInFlight: 3 } },
		);
		expect(server.callsTo(SEND).map((call) => call.body.touser)).toEqual([
			'oUserA',
			'oUserB',
			'oUserC',
		]);
		expect(subscribe.sent.map((message) => message.touser).sort()).toEqual(['oUserA', 'oUserC']);
		expect(result.error?.message).toMatch(/errcode 40003/);
		expect((result.error as { description?: string }).description).toMatch(
			/1 earlier message\(s\) were sent; the 2 later item\(s\) were not tried\. Already in flight when it failed, and finished: item 2 sent\.$/,
		);
	});

	test('an unclear send in flight is reported and never resent, while the others go on (Continue On Fail)', async () => {
		server.latency = { ms: 30 };
		server.injectFault(SEND, { kind: 'resetAfterHandling' });
		const result = await send(
			[order('oUserA'), order('oUserB'), order('oUserC')],
			{ options: { requestsInFlight: 3 } },
			{ onError: 'continueRegularOutput' },
		);
		expect(server.callsTo(SEND)).toHaveLength(3);
		expect(subscribe.sent).toHaveLength(3); // the unclear one did reach the user: resending would duplicate it
		const output = result.output('WeChat');
		expect(
			output.filter((item) => /no clear answer .*not resent/.test(String(item.error))),
		).toHaveLength(1);
		expect(output.filter((item) => item.msgid)).toHaveLength(2);
	});

	test('no secret shows in outputs or errors', async () => {
		const failed = await send([order('oStranger')], {}, { onError: 'continueRegularOutput' });
		const shown = JSON.stringify(failed.run.data.resultData);
		for (const secret of secretsOf(server)) expect(shown).not.toContain(secret);
		expect(shown).toContain('errcode 40003');
	});
});
