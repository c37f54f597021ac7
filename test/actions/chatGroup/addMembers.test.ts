import {
	membersFromItems,
	batchSizes,
	GROUP,
	groups,
	importUsers,
	pairedItems,
	seedGroup,
	useGroupOperation,
	users,
} from './chatGroupHarness';

describe('Chat Group > Add Members (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('addMembers');

	test("calls of Tencent's maximum (20), a result per member from Result 0/1/2, paired with its item", async () => {
		const group = seedGroup(server(), ['user000003']);
		importUsers(
			server(),
			users(45).filter((id) => id !== 'user000007'),
		);
		const result = await run(
			users(45).map((userId) => ({ userId })),
			{ ...membersFromItems, silence: true },
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'add_group_member', 'MemberList')).toEqual([20, 20, 5]);
		const [first] = server().callsTo('add_group_member');
		expect(first.path).toBe('/v4/group_open_http_svc/add_group_member');
		expect(first.body).toEqual({
			GroupId: GROUP,
			Silence: 1,
			MemberList: users(20).map((Member_Account) => ({ Member_Account })),
		});
		const out = result.output('WeChat');
		expect(out[0]).toEqual({
			groupId: GROUP,
			userId: 'user000000',
			status: 'added',
			batch: 1,
			batchCount: 3,
		});
		expect(out[3].status).toBe('alreadyMember');
		expect(out[7]).toMatchObject({ status: 'failed' });
		expect(out[7].error).toContain('Result 0');
		expect(out.filter((item) => item.status === 'added')).toHaveLength(43);
		expect(pairedItems(result)[44]).toEqual({ item: 44 });
		expect(group.members.size).toBe(1 + 44);
	});

	test('one job per group: items for two groups go out separately', async () => {
		seedGroup(server());
		groups(server()).add({ GroupId: '@TGS#b' });
		importUsers(server(), ['a', 'b', 'c']);
		const result = await run(
			[
				{ userId: 'a', group: GROUP },
				{ userId: 'b', group: '@TGS#b' },
				{ userId: 'c', group: GROUP },
			],
			{ ...membersFromItems, groupId: '={{ $json.group }}' },
		);
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('add_group_member')
				.map((call) => call.body.GroupId),
		).toEqual([GROUP, '@TGS#b']);
		expect(result.output('WeChat').map((item) => [item.groupId, item.userId])).toEqual([
			[GROUP, 'a'],
			[GROUP, 'c'],
			['@TGS#b', 'b'],
		]);
		expect(pairedItems(result)).toEqual([{ item: 0 }, { item: 2 }, { item: 1 }]);
	});

	test('a full group (10014) stops the job: the error names the group, the code, its meaning and what was never sent', async () => {
		seedGroup(server(), [], { MaxMemberCount: 30 });
		importUsers(server(), users(60));
		const result = await run(
			users(60).map((userId) => ({ userId })),
			{ ...membersFromItems, options: { requestsInFlight: 1 } },
		);
		expect(result.error?.message).toContain(
			`add_group_member for ${GROUP} stopped at batch 2 of 3`,
		);
		expect(result.error?.message).toContain('ErrorCode 10014');
		expect(result.error?.message).toContain('The group is full');
		expect(String(result.error?.description)).toContain('20 added, 20 failed, 20 notProcessed');
		expect(server().callsTo('add_group_member')).toHaveLength(2);
	});

	test('a group that does not exist (10015) is reported per member with Continue On Fail', async () => {
		importUsers(server(), ['a']);
		const result = await run(
			[{ userId: 'a' }],
			{ ...membersFromItems, groupId: '@TGS#nope' },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		const [item] = result.output('WeChat');
		expect(item).toMatchObject({ groupId: '@TGS#nope', userId: 'a', status: 'failed' });
		expect(item.error).toContain('ErrorCode 10015');
		expect(item.error).toContain('Invalid group ID');
	});

	test('an unclear batch is resent (adding is a set operation): members added once', async () => {
		const group = seedGroup(server());
		importUsers(server(), ['a', 'b']);
		server().inject({ type: 'reset', acted: true }, 1, 'add_group_member');
		const result = await run([{ userId: 'a' }, { userId: 'b' }], membersFromItems);
		expect(result.error).toBeUndefined();
		expect(server().callsTo('add_group_member')).toHaveLength(2);
		expect(result.output('WeChat').map((item) => item.status)).toEqual([
			'alreadyMember',
			'alreadyMember',
		]);
		expect(group.members.size).toBe(3);
	});
});
