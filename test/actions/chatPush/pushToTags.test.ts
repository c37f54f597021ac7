import { pushState } from '../../../testkit/servers/fakeTencent/chatPushRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { runChatPush, startChatServer, startOfFreshPushDay } from './chatPushHarness';

const byTags = { operation: 'pushToTags', conditionType: 'tags', text: 'VIP sale tonight' };

describe('Chat Push > Push to Tags (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		startOfFreshPushDay();
	});
	afterEach(async () => await server.stop());

	test('any of the tags: TagsOr, deduplicated; the output says the condition', async () => {
		const result = await runChatPush(server, [{}], {
			...byTags,
			match: 'any',
			tags: 'vip, shanghai, vip',
		});
		expect(result.error).toBeUndefined();
		expect(server.callsTo('push')[0].body.Condition).toEqual({ TagsOr: ['vip', 'shanghai'] });
		expect(result.output('WeChat')[0]).toMatchObject({
			taskId: 'task-000001',
			condition: { TagsOr: ['vip', 'shanghai'] },
		});
	});

	test('all of the tags: TagsAnd', async () => {
		await runChatPush(server, [{}], { ...byTags, match: 'all', tags: 'vip\nshanghai' });
		expect(server.callsTo('push')[0].body.Condition).toEqual({ TagsAnd: ['vip', 'shanghai'] });
	});

	test('attributes: AttrsAnd / AttrsOr from name and value pairs', async () => {
		await runChatPush(server, [{}], {
			...byTags,
			conditionType: 'attributes',
			match: 'all',
			attributes: {
				attribute: [
					{ name: 'sex', value: 'female' },
					{ name: 'city', value: 'Shenzhen' },
				],
			},
		});
		expect(server.callsTo('push')[0].body.Condition).toEqual({
			AttrsAnd: { sex: 'female', city: 'Shenzhen' },
		});
	});

	test('more than 10 tags, a tag over 50 bytes, or no tag is refused before sending (nothing spent)', async () => {
		const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`).join(',');
		const cases = [
			[eleven, 'at most 10 tags'],
			['x'.repeat(51), 'longer than 50 bytes'],
			[' , ', 'at least one tag'],
		];
		for (const [tags, message] of cases) {
			const result = await runChatPush(server, [{}], { ...byTags, tags });
			expect(result.error?.message).toContain(message);
		}
		expect(server.callsTo('push')).toHaveLength(0);
	});

	test('Push to All and Push to Tags share one ration', async () => {
		pushState(server).perDay = 100;
		const all = await runChatPush(
			server,
			Array.from({ length: 99 }, () => ({})),
			{
				operation: 'pushToAll',
				text: 'x',
			},
		);
		expect(all.error).toBeUndefined();
		const tagged = await runChatPush(server, [{}, {}], { ...byTags, tags: 'vip' });
		expect(server.callsTo('push')).toHaveLength(100);
		expect(tagged.error?.message).toContain('refused before sending');
	});

	test('with Continue On Fail the refused item is an error item; the others are pushed', async () => {
		const result = await runChatPush(
			server,
			[{ tags: 'vip' }, { tags: '' }, { tags: 'new' }],
			{ ...byTags, tags: '={{ $json.tags }}' },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out[0].taskId).toBeDefined();
		expect(out[1].error).toContain('at least one tag');
		expect(out[2].taskId).toBeDefined();
		expect(server.callsTo('push')).toHaveLength(2);
	});
});
