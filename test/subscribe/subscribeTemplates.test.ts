import { itemsIntoWeChatNode, runWorkflow } from '../../testkit/engine/runWorkflow';
import { secretsOf, weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	MAX_PRIVATE_TEMPLATES,
	type FakeSubscribeState,
} from '../../testkit/servers/fakeWeChat/subscribeRoutes';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

const TITLES = '/wxaapi/newtmpl/getpubtemplatetitles';
const ADD = '/wxaapi/newtmpl/addtemplate';
const GET_TEMPLATES = '/wxaapi/newtmpl/gettemplate';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	let server: FakeWeChatServer;
	let subscribe: FakeSubscribeState;

	beforeEach(async () => {
		server = await startFakeWeChat();
		subscribe = addSubscribeRoutes(server);
	});
	afterEach(async () => await server.stop());

	const run = (
		operation: string,
		parameters: Record<string, unknown> = {},
		settings = {},
		items: object[] = [{}],
	) =>
		runWorkflow(
			itemsIntoWeChatNode(
				items as never,
				{ resource: 'subscribeTemplate', operation, ...parameters },
				weChatCredentials(server),
				settings,
			),
		);

	test('Get Categories reads getcategory by GET', async () => {
		const result = await run('getCategories');
		expect(result.output('WeChat')).toEqual([
			{ id: 616, name: '公交' },
			{ id: 2, name: '快递、物流' },
		]);
		expect(server.calls.filter((call) => call.path.startsWith('/wxaapi'))).toHaveLength(1);
	});

	test('Get Public Titles, Return All: pages of 30 by start, stopping at the reported count', async () => {
		const result = await run('getPublicTitles', { categoryIds: ['616', '2'], returnAll: true });
		expect(result.output('WeChat')).toHaveLength(75);
		expect(
			server.callsTo(TITLES).map((call) => [call.query.ids, call.query.start, call.query.limit]),
		).toEqual([
			['616,2', '0', '30'],
			['616,2', '30', '30'],
			['616,2', '60', '30'],
		]);
		expect(result.output('WeChat')[0]).toEqual({
			tid: 99,
			title: '付款成功通知',
			type: 3,
			categoryId: '2',
		});
	});

	test('Get Public Titles, Limit: asks for just that many', async () => {
		const result = await run('getPublicTitles', {
			categoryIds: ['616'],
			returnAll: false,
			limit: 40,
		});
		expect(result.output('WeChat')).toHaveLength(40);
		expect(result.output('WeChat').every((title) => title.categoryId === '616')).toBe(true);
		expect(server.callsTo(TITLES).map((call) => [call.query.start, call.query.limit])).toEqual([
			['0', '30'],
			['30', '10'],
		]);
	});

	test('Get Public Titles explains WeChat codes and refuses an empty category list', async () => {
		const invalid = await run('getPublicTitles', { categoryIds: ['999'], returnAll: true });
		expect(invalid.error?.message).toMatch(
			/errcode 200019 \(category ids are invalid: use ids from Get Categories\)/,
		);
		const none = await run('getPublicTitles', { categoryIds: '={{ [] }}', returnAll: true });
		expect(none.error?.message).toBe('Choose at least one category');
		expect(server.callsTo(TITLES)).toHaveLength(1);
	});

	test('Get Public Keywords lists the keywords of a title', async () => {
		const result = await run('getPublicKeywords', { tid: '99' });
		expect(
			result.output('WeChat').map((keyword) => [keyword.tid, keyword.kid, keyword.rule]),
		).toEqual([
			['99', 1, 'thing'],
			['99', 2, 'number'],
			['99', 3, 'time'],
			['99', 4, 'phrase'],
			['99', 5, 'amount'],
			['99', 6, 'character_string'],
		]);
		const unknown = await run('getPublicKeywords', { tid: '1' });
		expect(unknown.error?.message).toMatch(
			/errcode 200014 \(the template title id \(tid\) or template id does not exist\)/,
		);
	});

	test('Add sends a form (kidList repeated), returns priTmplId; Get Many then lists it with its keywords', async () => {
		const added = await run('add', { tid: '99', keywordIds: '3, 1, 5', sceneDesc: '下单通知' });
		expect(added.error).toBeUndefined();
		const [call] = server.callsTo(ADD);
		expect(call.bodyFormat).toBe('form');
		expect(call.body).toEqual({ tid: '99', kidList: ['3', '1', '5'], sceneDesc: '下单通知' });
		const { priTmplId } = added.output('WeChat')[0];
		expect(added.output('WeChat')).toEqual([
			{
				priTmplId: subscribe.templates[0].priTmplId,
				tid: '99',
				kidList: [3, 1, 5],
				sceneDesc: '下单通知',
			},
		]);
		const listed = await run('getMany', { returnAll: true });
		expect(listed.output('WeChat')).toEqual([
			{
				...subscribe.templates[0],
				priTmplId,
				keywords: [
					{ key: 'time3', type: 'time', label: '下单时间' },
					{ key: 'thing1', type: 'thing', label: '物品名称' },
					{ key: 'amount5', type: 'amount', label: '金额' },
				],
			},
		]);
	});

	test('Add checks its fields before calling WeChat, and is never resent on an unclear answer', async () => {
		const tooFew = await run('add', { tid: '99', keywordIds: '1', sceneDesc: '' });
		expect(tooFew.error?.message).toBe('Choose 2 to 5 keyword IDs, got 1');
		expect(server.callsTo(ADD)).toHaveLength(0);
		server.injectFault(ADD, { kind: 'resetAfterHandling' });
		const lost = await run('add', { tid: '99', keywordIds: '1,2', sceneDesc: '' });
		expect(lost.error?.message).toMatch(/no clear answer .*not resent/);
		expect(server.callsTo(ADD)).toHaveLength(1);
		expect(subscribe.templates).toHaveLength(1);
	});

	test('Add explains the account limit (200012) and a wrong keyword list (200020)', async () => {
		const wrongKid = await run('add', { tid: '99', keywordIds: '1, 42', sceneDesc: '' });
		expect(wrongKid.error?.message).toMatch(/errcode 200020 \(the keyword id list is invalid/);
		for (let i = 0; i < MAX_PRIVATE_TEMPLATES; i++)
			addPrivateTemplate(subscribe, {
				title: `t${i}`,
				content: '{{thing1.DATA}}',
				example: '',
				type: 2,
			});
		const full = await run('add', { tid: '99', keywordIds: '1,2', sceneDesc: '' });
		expect(full.error?.message).toMatch(
			/errcode 200012 \(the account already has the maximum number of private templates \(25\): delete one first\)/,
		);
	});

	test('Get Many honours Limit and retries a transient failure of the read', async () => {
		for (let i = 0; i < 5; i++)
			addPrivateTemplate(subscribe, {
				title: `t${i}`,
				content: '{{thing1.DATA}}',
				example: '',
				type: 2,
			});
		server.injectFault(GET_TEMPLATES, { kind: 'http', status: 502 });
		server.injectFault(GET_TEMPLATES, { kind: 'errcode', errcode: -1 });
		const result = await run('getMany', { returnAll: false, limit: 3 });
		expect(result.output('WeChat').map((template) => template.title)).toEqual(['t0', 't1', 't2']);
		expect(server.callsTo(GET_TEMPLATES)).toHaveLength(3);
	});

	test('Delete removes a template; a missing one is explained; Continue On Fail pairs the error', async () => {
		const first = addPrivateTemplate(subscribe, {
			title: 'a',
			content: '{{thing1.DATA}}',
			example: '',
			type: 2,
		});
		const result = await run(
			'delete',
			{ templateId: '={{ $json.id }}' },
			{ onError: 'continueRegularOutput' },
			[{ id: first }, { id: 'missing' }],
		);
		expect(subscribe.templates).toHaveLength(0);
		const output = result.output('WeChat');
		expect(output[0]).toEqual({ priTmplId: first, deleted: true });
		expect(output[1].error).toMatch(/errcode 200014/);
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('a GET call with a rotated token renews it once; nothing secret is shown', async () => {
		await run('getCategories');
		server.rotateToken();
		server.injectFault(GET_TEMPLATES, { kind: 'errcode', errcode: 48001 });
		const result = await run('getMany', { returnAll: true }, { onError: 'continueRegularOutput' });
		expect(result.output('WeChat')[0].error).toMatch(/errcode 48001/);
		const categories = await run('getCategories');
		expect(categories.error).toBeUndefined();
		expect(server.tokenRequests).toHaveLength(2);
		const shown = JSON.stringify([result.run.data.resultData, categories.run.data.resultData]);
		for (const secret of secretsOf(server)) expect(shown).not.toContain(secret);
	});
});
