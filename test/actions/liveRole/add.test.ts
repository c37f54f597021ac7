import { liveRoleSuite } from './liveRoleHarness';

describe('Live Role (against a local WeChat)', () => {
	const suite = liveRoleSuite();

	test('Add and Remove a role; an unverified anchor and a repeat are explained', async () => {
		expect((await suite.run('add', { username: 'ops_wx', role: 3 })).output('WeChat')).toEqual([
			{ username: 'ops_wx', role: 3, added: true },
		]);
		expect((await suite.run('add', { username: 'ops_wx', role: 3 })).error?.message).toMatch(
			/errcode 400004 \(the user already has this role\)/,
		);
		expect((await suite.run('add', { username: 'new_anchor', role: 2 })).error?.message).toMatch(
			/errcode 400002 \(the WeChat ID has no real-name verification/,
		);
		expect((await suite.run('add', { username: 'new_anchor', role: 2 })).error?.message).toMatch(
			/real-name verification QR code: https:\/\/res\.wx\.qq\.com\/op_res\/realname-check$/,
		);
		expect((await suite.run('remove', { username: 'ops_wx', role: 3 })).output('WeChat')).toEqual([
			{ username: 'ops_wx', role: 3, removed: true },
		]);
		expect(suite.weChat.broadcast.members).toEqual([]);
		expect((await suite.run('add', { username: ' ', role: 1 })).error?.message).toMatch(
			/role\/addrole was not called: WeChat ID is empty/,
		);
	});
});
