import { liveRoleSuite } from './liveRoleHarness';

describe('Live Role (against a local WeChat)', () => {
	const suite = liveRoleSuite();

	test('Get Many reads every page of 30 (WeChat masks the WeChat IDs) and filters by role and keyword', async () => {
		for (let index = 0; index < 70; index++)
			suite.weChat.broadcast.members.push({
				username: `member_${index}`,
				nickname: index % 2 ? `运营${index}` : `Anchor ${index}`,
				openid: `o${index}`,
				roleList: index % 2 ? [3] : [2, 3],
				updateTimestamp: '1600340080',
			});
		const all = await suite.run('getMany', { role: -1, returnAll: true });
		expect(all.output('WeChat')).toHaveLength(70);
		expect(all.output('WeChat')[0]).toMatchObject({ username: 'me****_0', roleList: [2, 3] });
		const pages = suite.weChat.server
			.callsTo('/wxaapi/broadcast/role/getrolelist')
			.map((call) => [call.query.offset, call.query.limit]);
		expect(pages).toEqual([
			['0', '30'],
			['30', '30'],
			['60', '30'],
		]);
		const anchors = await suite.run('getMany', { role: 2, keyword: 'Anchor 1', returnAll: true });
		expect(anchors.output('WeChat').map((member) => member.nickname)).toEqual([
			'Anchor 10',
			'Anchor 12',
			'Anchor 14',
			'Anchor 16',
			'Anchor 18',
		]);
		const five = await suite.run('getMany', { role: -1, returnAll: false, limit: 5 });
		expect(five.output('WeChat')).toHaveLength(5);
	});
});
