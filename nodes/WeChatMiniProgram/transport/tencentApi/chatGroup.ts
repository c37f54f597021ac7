import type { IDataObject } from 'n8n-workflow';

import type { CursorPage } from '../../../protocol/common/cursorPages';
import type { AccountAnswer } from '../../../protocol/tencent/accountBatches';
import {
	ChatGroupCommand,
	GROUP_ERROR_MEANINGS,
	GROUP_LIST_CALLS_PER_SECOND,
	MAX_MESSAGES_PER_SECOND_PER_GROUP,
	GROUP_SERVICE,
	addedMemberStatus,
} from '../../../protocol/tencent/groupCommands';
import { answerList } from '../tencentChatClient';
import type { TencentCallOptions, TencentChatClient } from '../tencentChatClient';

/**
 * Tencent Cloud Chat groups (group_open_http_svc). Sends, notifications, creates and deletes are
 * sent once: an unclear outcome is reported, never resent (a resent message reaches the group
 * twice, a resent create may make a second group). Reads and member set changes leave the same
 * state when repeated and are retried on transient failures. A frequency refusal (10006, 10023,
 * 60019) means nothing was done and is waited out by the client for any of them.
 */

type Body = Record<string, unknown>;

const once: TencentCallOptions = {
	idempotent: false,
	service: GROUP_SERVICE,
	errorMeanings: { ...GROUP_ERROR_MEANINGS },
};
const repeatable: TencentCallOptions = { ...once, idempotent: true };

export interface SentGroupMessage {
	msgSeq: number;
	msgTime: number;
}

/**
 * Sends one message to a group (send_group_msg): never resent on an unclear answer. Paced to 40
 * messages a second per group in this process; another process's excess meets 10023, waited out.
 */
export async function sendGroupMessage(
	client: TencentChatClient,
	body: Body & { GroupId: string },
): Promise<SentGroupMessage> {
	const pacer = client.limitPacer(
		`group messages|${body.GroupId}`,
		MAX_MESSAGES_PER_SECOND_PER_GROUP,
	);
	const answer = await pacer.run(
		1,
		async () => await client.call(ChatGroupCommand.sendMessage, body, once),
	);
	return { msgSeq: answer.MsgSeq as number, msgTime: answer.MsgTime as number };
}

/** Sends a system notification to a group's members, or to the ones listed; sent once. */
export async function sendGroupSystemNotification(
	client: TencentChatClient,
	groupId: string,
	content: string,
	toMembers: string[],
): Promise<void> {
	const body: Body = { GroupId: groupId, Content: content };
	if (toMembers.length) body.ToMembers_Account = toMembers;
	await client.call(ChatGroupCommand.sendSystemNotification, body, once);
}

/** Where the next page of members starts: an Offset (a number), or a Community group's Next cursor (a string). */
export type MemberCursor = number | string;

/**
 * One page of a group's members. Tencent pages a Community group with Next (its answer carries
 * one, '' at the end) and every other group with Offset, ending at MemberNum.
 */
export async function getGroupMemberPage(
	client: TencentChatClient,
	groupId: string,
	limit: number,
	cursor: MemberCursor | undefined,
): Promise<CursorPage<IDataObject, MemberCursor>> {
	const body: Body = { GroupId: groupId, Limit: limit };
	if (typeof cursor === 'string') body.Next = cursor;
	else body.Offset = cursor ?? 0;
	const answer = await client.call(ChatGroupCommand.getMembers, body, repeatable);
	const members = answerList(answer.MemberList);
	if (typeof answer.Next === 'string') {
		return { items: members, next: answer.Next === '' ? undefined : answer.Next };
	}
	const offset = (typeof cursor === 'number' ? cursor : 0) + members.length;
	const total = Number(answer.MemberNum ?? 0);
	return { items: members, next: offset < total ? offset : undefined };
}

/** The answer per UserID of one add_group_member batch (at most MAX_MEMBERS_PER_ADD). */
export async function addGroupMembers(
	client: TencentChatClient,
	groupId: string,
	userIds: string[],
	silence: boolean,
): Promise<Map<string, AccountAnswer>> {
	const body: Body = {
		GroupId: groupId,
		MemberList: userIds.map((userId) => ({ Member_Account: userId })),
	};
	if (silence) body.Silence = 1;
	// Adding is a set operation: a resent batch answers "already a member", never a duplicate.
	const answer = await client.call(ChatGroupCommand.addMembers, body, repeatable);
	const answers = new Map<string, AccountAnswer>();
	for (const entry of answerList(answer.MemberList)) {
		const status = addedMemberStatus(Number(entry.Result));
		answers.set(
			String(entry.Member_Account),
			status === 'failed'
				? {
						status,
						error:
							'Tencent answered Result 0 for this member (not added; it gives no code): check that the account is imported and has not joined the most groups allowed',
					}
				: { status },
		);
	}
	return answers;
}

/**
 * Removes at most MAX_MEMBERS_PER_REMOVE members. Tencent answers success for the whole call, also
 * for a UserID that was not a member, so a resend is harmless and every UserID is `removed`.
 */
export async function removeGroupMembers(
	client: TencentChatClient,
	groupId: string,
	userIds: string[],
	options: { silence: boolean; reason: string },
): Promise<Map<string, AccountAnswer>> {
	const body: Body = { GroupId: groupId, MemberToDel_Account: userIds };
	if (options.silence) body.Silence = 1;
	if (options.reason) body.Reason = options.reason;
	await client.call(ChatGroupCommand.removeMembers, body, repeatable);
	return new Map(userIds.map((userId) => [userId, { status: 'removed' }]));
}

/**
 * One page of the app's group IDs, paced to the command's 1 call a second in this process. Next is
 * a 64-bit integer (kept exact as a string by the JSON reader); 0 ends the list.
 */
export async function getGroupListPage(
	client: TencentChatClient,
	limit: number,
	next: string | undefined,
	groupType: string,
): Promise<CursorPage<IDataObject, string>> {
	const body: Body = { Limit: limit, Next: next === undefined ? 0 : toInteger(next) };
	if (groupType) body.GroupType = groupType;
	const answer = await client
		.limitPacer('group list', GROUP_LIST_CALLS_PER_SECOND)
		.run(1, async () => await client.call(ChatGroupCommand.getGroups, body, repeatable));
	const nextCursor = String(answer.Next ?? '0');
	return {
		items: answerList(answer.GroupIdList),
		next: nextCursor === '0' || nextCursor === '' ? undefined : nextCursor,
	};
}

/** A cursor within 2^53 goes back as a number, a larger one as its exact digits. */
function toInteger(cursor: string): number | string {
	const value = Number(cursor);
	return Number.isSafeInteger(value) ? value : cursor;
}

/** Creates a group; resolves its GroupId (Tencent's, or the one given). Sent once. */
export async function createGroup(client: TencentChatClient, body: Body): Promise<string> {
	const answer = await client.call(ChatGroupCommand.create, body, once);
	return String(answer.GroupId ?? body.GroupId ?? '');
}

/** Disbands a group. Not resent on an unclear answer: a second try would report 10010 and hide what happened. */
export async function destroyGroup(client: TencentChatClient, groupId: string): Promise<void> {
	await client.call(ChatGroupCommand.destroy, { GroupId: groupId }, once);
}
