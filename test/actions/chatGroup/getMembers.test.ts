import {
	GROUP,
	groups,
	importUsers,
	seedGroup,
	useGroupOperation,
	users,
} from './chatGroupHarness';

describe('Chat Group > Get Members (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('getMembers');

	test('Return All: every page of 200 by Offset, ending at MemberNum', async () => {
		seedGroup(server(), users(449));
		const result = await run([{}], {
			groupId: GROUP,
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('get_group_member_info')
				.map((call) => call.body),
		).toEqual([
			{ GroupId: GROUP, Limit: 200, Offset: 0 },
			{ GroupId: GROUP, Limit: 200, Offset: 200 },
			{ GroupId: GROUP, Limit: 200, Offset: 400 },
		]);
		const out = result.output('WeChat');
		expect(out).toHaveLength(450);
		expect(out[0]).toMatchObject({ groupId: GROUP, Member_Account: 'owner', Role: 'Owner' });
		expect(out[449].Member_Account).toBe('user000448');
	});

	test('a Community group is paged by its Next cursor; Limit asks only for what is wanted', async () => {
		importUsers(server(), users(300));
		groups(server()).add({ GroupId: '@TGS#_club', Type: 'Community' }, users(300));
		const all = await run([{}], {
			groupId: '@TGS#_club',
			returnAll: true,
		});
		expect(all.output('WeChat')).toHaveLength(300);
		const calls = server().callsTo('get_group_member_info');
		expect(calls).toHaveLength(2);
		expect(calls[1].body.Next).toBe(calls[0].answer!.Next);
		expect(calls[1].body.Offset).toBeUndefined();
		const some = await run([{}], {
			groupId: GROUP,
			returnAll: false,
			limit: 5,
		});
		expect(some.error?.message).toContain('ErrorCode 10015');
		seedGroup(server(), users(10));
		const five = await run([{}], {
			groupId: GROUP,
			returnAll: false,
			limit: 5,
		});
		expect(five.output('WeChat')).toHaveLength(5);
		expect(server().callsTo('get_group_member_info').pop()!.body.Limit).toBe(5);
	});

	test('an audio-video group has no member list: 10007 with its meaning', async () => {
		groups(server()).add({ GroupId: '@TGS#live', Type: 'AVChatRoom' });
		const result = await run([{}], {
			groupId: '@TGS#live',
			returnAll: true,
		});
		expect(result.error?.message).toContain('group_open_http_svc/get_group_member_info');
		expect(result.error?.message).toContain('ErrorCode 10007');
		expect(result.error?.message).toContain('Insufficient permissions');
	});
});
