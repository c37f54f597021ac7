import { runBroadcast, startBroadcastWeChat, type BroadcastWeChat } from './broadcastHarness';

describe('Live Role (against a local WeChat)', () => {
	let weChat: BroadcastWeChat;
	beforeEach(async () => (weChat = await startBroadcastWeChat()));
	afterEach(async () => await weChat.server.stop());
	const run = (operation: string, extra: Record<string, unknown> = {}, settings = {}) =>
		runBroadcast(weChat, { resource: 'liveRole', operation, ...extra }, [{}], settings);

	test('Add and Remove a role; an unverified anchor and a repeat are explained', async () => {
		expect((await run('add', { username: 'ops_wx', role: 3 })).output('WeChat')).toEqual([
			{ username: 'ops_wx', role: 3, added: true },
		]);
		expect((await run('add', { username: 'ops_wx', role: 3 })).error?.message).toMatch(
			/errcode 400004 \(the user already has this role\)/,
		);
		expect((await run('add', { username: 'new_anchor', role: 2 })).error?.message).toMatch(
			/errcode 400002 \(the WeChat ID has no real-name verification/,
		);
		expect((await run('add', { username: 'new_anchor', role: 2 })).error?.message).toMatch(
			/real-name verification QR code: https:\/\/res\.wx\.qq\.com\/op_res\/realname-check$/,
		);
		expect((await run('remove', { username: 'ops_wx', role: 3 })).output('WeChat')).toEqual([
			{ username: 'ops_wx', role: 3, removed: true },
		]);
		expect(weChat.broadcast.members).toEqual([]);
		expect((await run('add', { username: ' ', role: 1 })).error?.message).toMatch(
			/role\/addrole was not called: WeChat ID is empty/,
		);
	});

	test('Get Many reads every page of 30 (WeChat masks the WeChat IDs) and filters by role and keyword', async () => {
		for (let index = 0; index < 70; index++)
			weChat.broadcast.members.push({
				username: `member_${index}`,
				nickname: index % 2 ? `运营${index}` : `Anchor ${index}`,
				openid: `o${index}`,
				roleList: index % 2 ? [3] : [2, 3],
				updateTimestamp: '1600340080',
			});
		const all = await run('getMany', { role: -1, returnAll: true });
		expect(all.output('WeChat')).toHaveLength(70);
		expect(all.output('WeChat')[0]).toMatchObject({ username: 'me****_0', roleList: [2, 3] });
		const pages = weChat.server
			.callsTo('/wxaapi/broadcast/role/getrolelist')
			.map((call) => [call.query.offset, call.query.limit]);
		expect(pages).toEqual([
			['0', '30'],
			['30', '30'],
			['60', '30'],
		]);
		const anchors = await run('getMany', { role: 2, keyword: 'Anchor 1', returnAll: true });
		expect(anchors.output('WeChat').map((member) => member.nickname)).toEqual([
			'Anchor 10',
			'Anchor 12',
			'Anchor 14',
			'Anchor 16',
			'Anchor 18',
		]);
		const five = await run('getMany', { role: -1, returnAll: false, limit: 5 });
		expect(five.output('WeChat')).toHaveLength(5);
	});
});
