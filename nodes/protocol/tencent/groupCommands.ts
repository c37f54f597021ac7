/** Commands of the group_open_http_svc service (the Chat Group resource) and their limits. */
export const GROUP_SERVICE = 'group_open_http_svc';

export const ChatGroupCommand = {
	sendMessage: 'send_group_msg',
	sendSystemNotification: 'send_group_system_notification',
	getMembers: 'get_group_member_info',
	addMembers: 'add_group_member',
	removeMembers: 'delete_group_member',
	getGroups: 'get_appid_group_list',
	create: 'create_group',
	destroy: 'destroy_group',
} as const;

/**
 * add_group_member: Tencent's current page (cloud.tencent.com/document/product/269/1621, updated
 * 2026-02) allows 20 members a call; older pages said 300. 20 is accepted under either.
 */
export const MAX_MEMBERS_PER_ADD = 20;
/** delete_group_member: at most 100 members a call. */
export const MAX_MEMBERS_PER_REMOVE = 100;
/** get_group_member_info: Limit is at most 200 a page (Offset, or Next for a Community). */
export const MAX_MEMBERS_PER_PAGE = 200;
/** get_appid_group_list: Limit is at most 10000 a page... */
export const MAX_GROUPS_PER_PAGE = 10_000;
/** ...and the command takes one call a second. */
export const GROUP_LIST_CALLS_PER_SECOND = 1;
/** create_group: at most 100 initial members. */
export const MAX_INITIAL_MEMBERS = 100;
/** send_group_msg: besides the 200 calls/s of every command, 40 messages a second per group. */
export const MAX_MESSAGES_PER_SECOND_PER_GROUP = 40;
/** send_group_system_notification: at most 500 recipients (empty: every member). */
export const MAX_NOTIFICATION_RECIPIENTS = 500;

export const GROUP_TYPES = ['Public', 'Private', 'ChatRoom', 'AVChatRoom', 'Community'] as const;

/** The group commands' own codes (the 10000s are the group service's), in place of the generic ones. */
export const GROUP_ERROR_MEANINGS: Readonly<Record<number, string>> = {
	10002: 'Internal server error; retry',
	10003: 'Invalid command in the request URL',
	10004: 'Invalid parameter: check the error information for the field',
	10006: 'Operations too frequent (rate limit); nothing was done',
	10007:
		'Insufficient permissions: the sender is not a member, or the group type does not allow this (AVChatRoom groups take no added members)',
	10010: 'The group does not exist or was disbanded',
	10014: 'The group is full: raise MaxMemberCount or remove members first',
	10015: 'Invalid group ID: check it, or the group was never created',
	10016: 'Refused by the app backend through the before-send callback',
	10017: 'The sender is muted in this group',
	10019: 'An account in the request does not exist: import it first',
	10021: 'The group ID is already used by another group: choose another one',
	10023: 'Messages to this group too frequent (40 a second); nothing was sent',
	10025: 'The group ID is already used, by a group this owner created',
	10036: 'The number of audio-video groups (AVChatRoom) of the plan is reached',
	10037: 'The owner has created or joined the most groups the plan allows',
	80001: 'The message contains sensitive words',
	80002: 'The message is too long (at most 12 KB)',
};

/** What Tencent reports per member of add_group_member (MemberList Result). */
export function addedMemberStatus(result: number): string {
	switch (result) {
		case 1:
			return 'added';
		case 2:
			return 'alreadyMember';
		case 3:
			return 'invited';
		default:
			return 'failed';
	}
}
