import { groups, importUsers, useGroupOperation } from './chatGroupHarness';

const create = {
	groupType: 'Public',
	name: 'Spring sale',
	ownerAccount: 'owner',
};

describe('Chat Group > Create and Delete (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('create');

	test('create with every field and initial members; the group is there with them', async () => {
		importUsers(server(), ['owner', 'a', 'b']);
		const result = await run([{}], {
			...create,
			additionalFields: {
				GroupId: '@TGS#spring',
				Introduction: 'Our spring sale',
				Notification: 'Starts at 20:00',
				FaceUrl: 'https://example.com/g.png',
				MaxMemberCount: 500,
				ApplyJoinOption: 'FreeAccess',
				members: 'a, b, a',
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = server().callsTo('create_group');
		expect(call.path).toBe('/v4/group_open_http_svc/create_group');
		expect(call.body).toEqual({
			Type: 'Public',
			Name: 'Spring sale',
			Owner_Account: 'owner',
			GroupId: '@TGS#spring',
			Introduction: 'Our spring sale',
			Notification: 'Starts at 20:00',
			FaceUrl: 'https://example.com/g.png',
			MaxMemberCount: 500,
			ApplyJoinOption: 'FreeAccess',
			MemberList: [{ Member_Account: 'a' }, { Member_Account: 'b' }],
		});
		expect(result.output('WeChat')).toEqual([
			{
				groupId: '@TGS#spring',
				type: 'Public',
				name: 'Spring sale',
				owner: 'owner',
				members: ['a', 'b'],
			},
		]);
		const group = groups(server()).groups.get('@TGS#spring')!;
		expect([...group.members.keys()]).toEqual(['owner', 'a', 'b']);
		expect(group.MaxMemberCount).toBe(500);
	});

	test('Tencent generates the GroupId when none is given', async () => {
		importUsers(server(), ['owner']);
		const result = await run([{}], { ...create, groupType: 'Community' });
		expect(result.output('WeChat')[0].groupId).toMatch(/^@TGS#_\d+$/);
	});

	test('a given GroupId already used (10021) is reported as such, naming the item', async () => {
		importUsers(server(), ['owner', 'other']);
		groups(server()).add({ GroupId: '@TGS#taken', Owner_Account: 'other' });
		const result = await run([{}], {
			...create,
			additionalFields: { GroupId: '@TGS#taken' },
		});
		expect(result.error?.message).toContain('group_open_http_svc/create_group');
		expect(result.error?.message).toContain('ErrorCode 10021');
		expect(result.error?.message).toContain('already used by another group');
	});

	test('an unclear create is never resent: one group, outcome reported unclear', async () => {
		importUsers(server(), ['owner']);
		server().inject({ type: 'http500', acted: true }, 1, 'create_group');
		const result = await run([{}], create);
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(server().callsTo('create_group')).toHaveLength(1);
		expect(groups(server()).groups.size).toBe(1);
	});

	test('an initial member never imported (10019) and more than 100 members are refused', async () => {
		importUsers(server(), ['owner']);
		const missing = await run([{}], {
			...create,
			additionalFields: { members: 'ghost' },
		});
		expect(missing.error?.message).toContain('ErrorCode 10019');
		expect(missing.error?.message).toContain('import it first');
		const tooMany = await run([{}], {
			...create,
			additionalFields: { members: Array.from({ length: 101 }, (_, i) => `u${i}`).join(',') },
		});
		expect(tooMany.error?.message).toBe('101 initial members: a group is created with at most 100');
		expect(server().callsTo('create_group')).toHaveLength(1);
	});

	test('delete disbands the group; a second delete reports 10010 (disbanded), an unknown one 10015', async () => {
		importUsers(server(), ['owner']);
		groups(server()).add({ GroupId: '@TGS#old' });
		const deleted = await run([{}], {
			operation: 'delete',
			groupId: '@TGS#old',
		});
		expect(deleted.output('WeChat')).toEqual([{ groupId: '@TGS#old', deleted: true }]);
		expect(server().callsTo('destroy_group')[0].path).toBe('/v4/group_open_http_svc/destroy_group');
		const again = await run([{}], { operation: 'delete', groupId: '@TGS#old' });
		expect(again.error?.message).toContain('ErrorCode 10010');
		const unknown = await run([{}], { operation: 'delete', groupId: '@TGS#x' });
		expect(unknown.error?.message).toContain('ErrorCode 10015');
	});

	test('an unclear delete is not resent', async () => {
		groups(server()).add({ GroupId: '@TGS#old' });
		server().inject({ type: 'reset', acted: true }, 1, 'destroy_group');
		const result = await run([{}], { operation: 'delete', groupId: '@TGS#old' });
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(server().callsTo('destroy_group')).toHaveLength(1);
	});
});
