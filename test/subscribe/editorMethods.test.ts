import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../testkit/engine/nodeTransport';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import { secretsOf, weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	type FakeSubscribeState,
} from '../../testkit/servers/fakeWeChat/subscribeRoutes';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

const GET_TEMPLATES = '/wxaapi/newtmpl/gettemplate';
const { methods } = new WeChatMiniProgram(testTransport());

describe('template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)', () => {
	let server: FakeWeChatServer;
	let subscribe: FakeSubscribeState;
	let orderTemplate: string;

	beforeEach(async () => {
		server = await startFakeWeChat();
		subscribe = addSubscribeRoutes(server);
		orderTemplate = addPrivateTemplate(subscribe, {
			title: '下单成功通知',
			content: '物品名称:{{thing1.DATA}}\n数量:{{number2.DATA}}\n订单状态:{{enum3.DATA}}\n',
			example: '物品名称:拿铁\n数量:2\n订单状态:Paid\n',
			type: 2,
			keywordEnumValueList: [{ keywordCode: 'enum3.DATA', enumValueList: ['Paid', 'Shipped'] }],
		});
		addPrivateTemplate(subscribe, {
			title: '航班延误提醒',
			content: '航班:{{character_string1.DATA}}',
			example: '航班:CA1234',
			type: 3,
		});
	});
	afterEach(async () => await server.stop());

	const context = (parameters: Record<string, unknown> = {}) =>
		loadOptionsContext(
			{ resource: 'subscribeMessage', operation: 'send', ...parameters } as never,
			weChatCredentials(server),
		);

	test('the template dropdown lists the private templates with their kind, by GET', async () => {
		const options = await methods.loadOptions.getSubscribeTemplates.call(context());
		expect(options).toEqual([
			{
				name: '下单成功通知 (one-time)',
				value: orderTemplate,
				description: '物品名称:拿铁 · 数量:2 · 订单状态:Paid',
			},
			{
				name: '航班延误提醒 (long-term)',
				value: subscribe.templates[1].priTmplId,
				description: '航班:CA1234',
			},
		]);
		expect(server.callsTo(GET_TEMPLATES)).toHaveLength(1);
		expect(server.callsTo(GET_TEMPLATES)[0].query.access_token).toBe(server.currentToken);
	});

	test("the chosen template's keywords become required mapper fields, enum values a dropdown", async () => {
		const { fields } = await methods.resourceMapping.getTemplateDataFields.call(
			context({ templateId: orderTemplate }),
		);
		expect(fields).toEqual([
			{
				id: 'thing1',
				displayName: '物品名称 (thing1)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string',
				options: undefined,
			},
			{
				id: 'number2',
				displayName: '数量 (number2)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string',
				options: undefined,
			},
			{
				id: 'enum3',
				displayName: '订单状态 (enum3)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'options',
				options: [
					{ name: 'Paid', value: 'Paid' },
					{ name: 'Shipped', value: 'Shipped' },
				],
			},
		]);
	});

	test('no template chosen yet: no fields and a hint, without calling WeChat', async () => {
		expect(
			await methods.resourceMapping.getTemplateDataFields.call(context({ templateId: '' })),
		).toEqual({
			fields: [],
			emptyFieldsNotice: 'Choose a template first',
		});
		expect(server.callsTo(GET_TEMPLATES)).toHaveLength(0);
	});

	test('a deleted template says so', async () => {
		await expect(
			methods.resourceMapping.getTemplateDataFields.call(context({ templateId: 'gone' })),
		).rejects.toThrow("Template gone is not among the account's templates");
	});

	test('the category dropdown lists getcategory', async () => {
		expect(await methods.loadOptions.getTemplateCategories.call(context())).toEqual([
			{ name: '公交 (616)', value: '616' },
			{ name: '快递、物流 (2)', value: '2' },
		]);
	});

	test('a WeChat refusal reaches the editor as a readable error without secrets', async () => {
		server.injectFault(GET_TEMPLATES, {
			kind: 'errcode',
			errcode: 48001,
			errmsg: 'api unauthorized rid: 1-2-3',
		});
		const failure = await methods.loadOptions.getSubscribeTemplates
			.call(context())
			.catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(
			/gettemplate answered errcode 48001 \(this API is not authorised/,
		);
		const shown = JSON.stringify(failure) + (failure as Error).message;
		for (const secret of secretsOf(server)) expect(shown).not.toContain(secret);
	});
});
