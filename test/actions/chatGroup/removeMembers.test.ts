import {
	membersFromItems,
	batchSizes,
	GROUP,
	pairedItems,
	seedGroup,
	useGroupOperation,
	users,
} from './chatGroupHarness';

describe('Chat Group > Remove Members (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('removeMembers');

	test("calls of Tencent's maximum (100) with Reason and Silence, every member removed", async () => {
		const group = seedGroup(server(), users(230));
		const result = await run(
			users(230).map((userId) => ({ userId })),
			{ ...membersFromItems, reason: 'Spam', silence: true },
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'delete_group_member', 'MemberToDel_Account')).toEqual([
			100, 100, 30,
		]);
		expect(server().callsTo('delete_group_member')[0].body).toEqual({
			GroupId: GROUP,
			MemberToDel_Account: users(100),
			Silence: 1,
			Reason: 'Spam',
		});
		const out = result.output('WeChat');
		expect(out[229]).toEqual({
			groupId: GROUP,
			userId: 'user000229',
			status: 'removed',
			batch: 3,
			batchCount: 3,
		});
		expect(pairedItems(result)[229]).toEqual({ item: 229 });
		expect([...group.members.keys()]).toEqual(['owner']);
	});

	test('a list in each item is its own job; a disbanded group (10010) stops the run naming it', async () => {
		seedGroup(server(), ['a', 'b']);
		const ok = await run([{ ids: ['a', 'a'] }, { ids: 'b' }], {
			...membersFromItems,
			accountSource: 'list',
			userIds: '={{ $json.ids }}',
		});
		expect(batchSizes(server(), 'delete_group_member', 'MemberToDel_Account')).toEqual([1, 1]);
		expect(pairedItems(ok)).toEqual([{ item: 0 }, { item: 1 }]);
		await run([{}], { operation: 'delete', groupId: GROUP });
		const gone = await run([{ userId: 'a' }], membersFromItems);
		expect(gone.error?.message).toContain(
			`delete_group_member for ${GROUP} stopped at batch 1 of 1`,
		);
		expect(gone.error?.message).toContain('ErrorCode 10010');
		expect(gone.error?.message).toContain('disbanded');
	});
});
