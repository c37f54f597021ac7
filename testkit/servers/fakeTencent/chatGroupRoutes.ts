import { fail, ok } from '../fakeTencentChat';
import type { Answer, FakeTencentChat, TencentRoutes } from '../fakeTencentChat';

/**
 * Tencent Cloud Chat's group commands (group_open_http_svc) over groups kept per server, whose
 * members must be the server's imported chatUsers. Tencent's codes: 10010 (disbanded), 10015
 * (never existed), 10007 (not a member / not for this group type), 10014 (full), 10019 (account not
 * imported), 10021 / 10025 (group ID taken), 10004 (bad parameter, batch too large); its limits:
 * 40 messages a second per group (10023) and get_appid_group_list's one call a second (60019), on
 * the server's clock, besides the 200 calls/s of every command.
 */

export interface FakeGroupMember {
	Member_Account: string;
	Role: 'Owner' | 'Admin' | 'Member';
	JoinTime: number;
	MsgSeq: number;
	MsgFlag: string;
	LastSendMsgTime: number;
	ShutUpUntil: number;
	NameCard: string;
}

export interface FakeGroup {
	GroupId: string;
	Type: string;
	Name: string;
	Owner_Account?: string;
	info: Record<string, unknown>;
	MaxMemberCount: number;
	members: Map<string, FakeGroupMember>;
	messages: Array<{ MsgSeq: number; MsgTime: number; From_Account?: string; body: Answer }>;
	notifications: Answer[];
	/** When send_group_msg was accepted, for the 40-a-second limit. */
	acceptedAt: number[];
}

export interface FakeGroups {
	groups: Map<string, FakeGroup>;
	destroyed: Set<string>;
	/** When get_appid_group_list was accepted, for its one call a second. */
	listCalls: number[];
	/** Creates a group directly (tests, demo seed); members must be chatUsers or admins. */
	add(group: Partial<FakeGroup> & { GroupId: string }, members?: string[]): FakeGroup;
}

const GROUP_TYPES = new Set(['Public', 'Private', 'ChatRoom', 'AVChatRoom', 'Community']);
export const MESSAGES_PER_SECOND_PER_GROUP = 40;
const MAX_ADD = 20;
const MAX_REMOVE = 100;
const MAX_MEMBER_PAGE = 200;
const MAX_GROUP_PAGE = 10_000;
const MAX_INITIAL_MEMBERS = 100;

const state = new WeakMap<FakeTencentChat, FakeGroups>();

/** The groups of a server (created on first use). */
export function chatGroupsOf(server: FakeTencentChat): FakeGroups {
	let groups = state.get(server);
	if (!groups) state.set(server, (groups = newGroups(server)));
	return groups;
}

function newMember(
	server: FakeTencentChat,
	id: string,
	role: FakeGroupMember['Role'] = 'Member',
): FakeGroupMember {
	return {
		Member_Account: id,
		Role: role,
		JoinTime: Math.floor(server.clock.now() / 1000),
		MsgSeq: 0,
		MsgFlag: 'AcceptAndNotify',
		LastSendMsgTime: 0,
		ShutUpUntil: 0,
		NameCard: '',
	};
}

function newGroups(server: FakeTencentChat): FakeGroups {
	const groups = new Map<string, FakeGroup>();
	return {
		groups,
		destroyed: new Set(),
		listCalls: [],
		add(partial, members = []) {
			const group: FakeGroup = {
				Type: 'Public',
				Name: partial.GroupId,
				info: {},
				MaxMemberCount: 6000,
				members: new Map(),
				messages: [],
				notifications: [],
				acceptedAt: [],
				...partial,
			};
			if (group.Owner_Account)
				group.members.set(group.Owner_Account, newMember(server, group.Owner_Account, 'Owner'));
			for (const id of members)
				if (!group.members.has(id)) group.members.set(id, newMember(server, id));
			groups.set(group.GroupId, group);
			return group;
		},
	};
}

export function chatGroupRoutes(server: FakeTencentChat): TencentRoutes {
	const known = (id: string) => server.chatUsers.has(id) || server.admins.has(id);
	let nextGroup = 1;
	let nextSeq = 1;
	/** The group of a request, or Tencent's answer for a missing one. */
	const groupOf = (body: Answer): FakeGroup | Answer => {
		const id = String(body.GroupId ?? '');
		const state = chatGroupsOf(server);
		const group = state.groups.get(id);
		if (group) return group;
		if (state.destroyed.has(id)) return fail(10010, 'group was disbanded');
		return fail(10015, 'invalid group id');
	};
	const isGroup = (value: FakeGroup | Answer): value is FakeGroup => 'members' in value;
	const accounts = (list: unknown): string[] =>
		(Array.isArray(list) ? list : []).map((entry) =>
			String((entry as Answer)?.Member_Account ?? entry),
		);

	return {
		create_group: (body) => {
			const type = String(body.Type ?? '');
			if (!GROUP_TYPES.has(type)) return fail(10004, 'invalid Type');
			if (!body.Name) return fail(10004, 'Name is required');
			const owner = body.Owner_Account === undefined ? undefined : String(body.Owner_Account);
			if (owner !== undefined && !known(owner)) return fail(10019, 'owner account not exist');
			const members = accounts(body.MemberList);
			if (members.length > MAX_INITIAL_MEMBERS) return fail(10004, 'MemberList takes at most 100');
			const missing = members.find((id) => !known(id));
			if (missing) return fail(10019, `member ${missing} not exist`);
			const state = chatGroupsOf(server);
			const given = body.GroupId === undefined ? undefined : String(body.GroupId);
			if (given !== undefined) {
				if (type === 'Community' && !given.startsWith('@TGS#_'))
					return fail(10004, 'a Community GroupId starts with @TGS#_');
				const taken = state.groups.get(given);
				if (taken)
					return taken.Owner_Account === owner && owner !== undefined
						? fail(10025, 'group id has been used by yourself')
						: fail(10021, 'group id has been used');
			}
			const id = given ?? `${type === 'Community' ? '@TGS#_' : '@TGS#'}${nextGroup++}`;
			const {
				Type: _type,
				Name,
				Owner_Account: _owner,
				GroupId: _id,
				MemberList: _members,
				MaxMemberCount,
				...info
			} = body;
			state.destroyed.delete(id);
			state.add(
				{
					GroupId: id,
					Type: type,
					Name: String(Name),
					Owner_Account: owner,
					MaxMemberCount: Number(MaxMemberCount ?? 6000),
					info,
				},
				members,
			);
			return ok({ GroupId: id });
		},
		destroy_group: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			const state = chatGroupsOf(server);
			state.groups.delete(group.GroupId);
			state.destroyed.add(group.GroupId);
			return ok();
		},
		get_appid_group_list: (body) => {
			const state = chatGroupsOf(server);
			const now = server.clock.now();
			const last = state.listCalls[state.listCalls.length - 1];
			if (last !== undefined && now - last < 1000)
				return fail(60019, 'get_appid_group_list: 1 call per second');
			state.listCalls.push(now);
			const limit = Number(body.Limit ?? MAX_GROUP_PAGE);
			if (!(limit > 0 && limit <= MAX_GROUP_PAGE)) return fail(10004, 'Limit is 1 to 10000');
			const type = body.GroupType === undefined ? undefined : String(body.GroupType);
			const all = [...state.groups.values()].filter((group) => !type || group.Type === type);
			const start = Number(body.Next ?? 0);
			const page = all.slice(start, start + limit);
			const end = start + page.length;
			return ok({
				TotalCount: all.length,
				GroupIdList: page.map((group) => ({ GroupId: group.GroupId })),
				Next: end < all.length ? end : 0,
			});
		},
		get_group_member_info: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			if (group.Type === 'AVChatRoom')
				return fail(10007, 'AVChatRoom does not support get_group_member_info');
			const limit = Number(body.Limit ?? MAX_MEMBER_PAGE);
			if (!(limit > 0 && limit <= MAX_MEMBER_PAGE)) return fail(10004, 'Limit is 1 to 200');
			const all = [...group.members.values()];
			if (group.Type === 'Community') {
				const start = body.Next ? Number(Buffer.from(String(body.Next), 'base64').toString()) : 0;
				const page = all.slice(start, start + limit);
				const end = start + page.length;
				return ok({
					MemberNum: all.length,
					MemberList: page,
					Next: end < all.length ? Buffer.from(String(end)).toString('base64') : '',
				});
			}
			const offset = Number(body.Offset ?? 0);
			return ok({ MemberNum: all.length, MemberList: all.slice(offset, offset + limit) });
		},
		add_group_member: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			if (group.Type === 'AVChatRoom')
				return fail(10007, 'AVChatRoom does not support add_group_member');
			const ids = accounts(body.MemberList);
			if (ids.length === 0 || ids.length > MAX_ADD)
				return fail(10004, `MemberList takes 1 to ${MAX_ADD} members`);
			const joining = new Set(ids.filter((id) => known(id) && !group.members.has(id)));
			if (group.members.size + joining.size > group.MaxMemberCount)
				return fail(10014, 'group member count exceeds the limit');
			return ok({
				MemberList: ids.map((id) => {
					if (group.members.has(id)) return { Member_Account: id, Result: 2 };
					if (!joining.has(id)) return { Member_Account: id, Result: 0 };
					group.members.set(id, newMember(server, id));
					return { Member_Account: id, Result: 1 };
				}),
			});
		},
		delete_group_member: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			if (group.Type === 'AVChatRoom')
				return fail(10004, 'AVChatRoom does not support delete_group_member');
			const ids = Array.isArray(body.MemberToDel_Account) ? body.MemberToDel_Account : [];
			if (ids.length === 0 || ids.length > MAX_REMOVE)
				return fail(10004, `MemberToDel_Account takes 1 to ${MAX_REMOVE} members`);
			for (const id of ids) group.members.delete(String(id));
			return ok();
		},
		send_group_msg: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			if (!Array.isArray(body.MsgBody) || body.MsgBody.length === 0)
				return fail(10004, 'MsgBody is required');
			if (!/^\d+$/.test(String(body.Random ?? ''))) return fail(10004, 'Random is required');
			const from = body.From_Account === undefined ? undefined : String(body.From_Account);
			if (from !== undefined && !group.members.has(from))
				return fail(10007, 'the sender is not a member of the group');
			const now = server.clock.now();
			while (group.acceptedAt.length && group.acceptedAt[0] <= now - 1000) group.acceptedAt.shift();
			if (group.acceptedAt.length >= MESSAGES_PER_SECOND_PER_GROUP)
				return fail(10023, 'group message frequency limit exceeded');
			group.acceptedAt.push(now);
			const message = { MsgSeq: nextSeq++, MsgTime: Math.floor(now / 1000), From_Account: from };
			group.messages.push({ ...message, body });
			return ok({ MsgSeq: message.MsgSeq, MsgTime: message.MsgTime });
		},
		send_group_system_notification: (body) => {
			const group = groupOf(body);
			if (!isGroup(group)) return group;
			if (!body.Content) return fail(10004, 'Content is required');
			const to = body.ToMembers_Account;
			if (to !== undefined && (!Array.isArray(to) || to.length > 500))
				return fail(10004, 'ToMembers_Account takes at most 500 members');
			group.notifications.push(body);
			return ok();
		},
	};
}
