import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { groups, useGroupOperation } from './chatGroupHarness';

function seedGroups(server: FakeTencentChat, count: number, type = 'Public'): void {
	for (let i = 0; i < count; i++) groups(server).add({ GroupId: `@TGS#${type}${i}`, Type: type });
}

describe('Chat Group > Get Many (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('getMany');

	test("Return All: every page of 10000 by Next, one call a second (the command's limit), never refused", async () => {
		seedGroups(server(), 25_001);
		const result = await run([{}], { returnAll: true });
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('get_appid_group_list');
		expect(calls.map((call) => call.body)).toEqual([
			{ Limit: 10000, Next: 0 },
			{ Limit: 10000, Next: 10000 },
			{ Limit: 10000, Next: 20000 },
		]);
		expect(calls.every((call) => call.answer?.ErrorCode === 0)).toBe(true);
		expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(1000);
		expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(1000);
		const out = result.output('WeChat');
		expect(out).toHaveLength(25_001);
		expect(out[25_000]).toEqual({ groupId: '@TGS#Public25000' });
	});

	test('Group Type filter and Limit', async () => {
		seedGroups(server(), 3);
		seedGroups(server(), 4, 'Community');
		const result = await run([{}], {
			groupType: 'Community',
			returnAll: false,
			limit: 2,
		});
		expect(server().callsTo('get_appid_group_list')[0].body).toEqual({
			Limit: 2,
			Next: 0,
			GroupType: 'Community',
		});
		expect(result.output('WeChat')).toEqual([
			{ groupId: '@TGS#Community0' },
			{ groupId: '@TGS#Community1' },
		]);
	});

	test("another process's call (60019) is waited out: nothing was done", async () => {
		seedGroups(server(), 2);
		groups(server()).listCalls.push(server().clock.now());
		const result = await run([{}], { returnAll: true });
		expect(result.error).toBeUndefined();
		const answers = server()
			.callsTo('get_appid_group_list')
			.map((call) => call.answer?.ErrorCode);
		expect(answers[0]).toBe(60019);
		expect(answers[answers.length - 1]).toBe(0);
		expect(result.output('WeChat')).toHaveLength(2);
	});
});
