import type { IDataObject } from 'n8n-workflow';

import type { CursorPage } from '../../../protocol/common/cursorPages';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import type { TencentAnswer, TencentChatClient } from '../tencentChatClient';

/**
 * Tencent Cloud Chat's official accounts (official_account_open_http_svc). Creates, deletes and
 * sends are sent once: an unclear outcome is reported, never resent (a resent create may make a
 * second account, a resent send reaches every subscriber twice). Reads, modifications, recalls and
 * subscriber set changes leave the same state when repeated and are retried on transient failures.
 */

type Body = Record<string, unknown>;

const list = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

/** Creates an official account; resolves its OfficialAccountUserID (Tencent's, or the one given). */
export async function createOfficialAccount(
	client: TencentChatClient,
	body: Body,
): Promise<string> {
	const answer = await client.call(OfficialAccountCommand.create, body, { idempotent: false });
	return String(answer.OfficialAccountUserID ?? body.OfficialAccountUserID ?? '');
}

/** Not resent on an unclear answer: a second try would report 130004 and hide what happened. */
export async function destroyOfficialAccount(
	client: TencentChatClient,
	officialAccount: string,
): Promise<void> {
	await client.call(
		OfficialAccountCommand.destroy,
		{ Official_Account: officialAccount },
		{ idempotent: false },
	);
}

/** Sets the fields given; setting the same values twice changes nothing. */
export async function modifyOfficialAccount(
	client: TencentChatClient,
	officialAccount: string,
	fields: Body,
): Promise<void> {
	await client.call(
		OfficialAccountCommand.modify,
		{ Official_Account: officialAccount, ...fields },
		{ idempotent: true },
	);
}

/** The info of at most MAX_ACCOUNTS_PER_INFO_CALL accounts (get_official_account_info). */
export async function getOfficialAccountInfo(
	client: TencentChatClient,
	officialAccounts: string[],
): Promise<IDataObject[]> {
	const answer = await client.call(
		OfficialAccountCommand.getInfo,
		{ OfficialAccountIdList: officialAccounts.map((account) => ({ Official_Account: account })) },
		{ idempotent: true },
	);
	return list(answer.OfficialAccountInfoList);
}

/** One page of an account's subscribers; `next` is Tencent's Next cursor ('' for the first page). */
export async function getSubscriberPage(
	client: TencentChatClient,
	officialAccount: string,
	limit: number,
	next: string | undefined,
): Promise<CursorPage<IDataObject, string>> {
	const answer = await client.call(
		OfficialAccountCommand.getSubscribers,
		{ Official_Account: officialAccount, Limit: limit, Next: next ?? '' },
		{ idempotent: true },
	);
	const nextCursor = String(answer.Next ?? '');
	return { items: list(answer.SubscriberList), next: nextCursor === '' ? undefined : nextCursor };
}

/** One page of the official accounts a user subscribes to, from `offset`. */
export async function getSubscribedAccountPage(
	client: TencentChatClient,
	subscriber: string,
	limit: number,
	offset: number | undefined,
): Promise<CursorPage<IDataObject, number>> {
	const answer = await client.call(
		OfficialAccountCommand.getSubscribedAccounts,
		{ Subscriber_Account: subscriber, Limit: limit, Offset: offset ?? 0 },
		{ idempotent: true },
	);
	const complete = Number(answer.CompleteFlag ?? 1) === 1 || answer.Next === undefined;
	return {
		items: list(answer.OfficialAccountInfoList),
		next: complete ? undefined : Number(answer.Next),
	};
}

/** Sets a subscriber's CustomString on an account. */
export async function modifySubscriber(
	client: TencentChatClient,
	officialAccount: string,
	subscriber: string,
	customString: string,
): Promise<void> {
	await client.call(
		OfficialAccountCommand.modifySubscriber,
		{
			Official_Account: officialAccount,
			Subscriber_Account: subscriber,
			CustomString: customString,
		},
		{ idempotent: true },
	);
}

/** Result per subscriber of one add or delete batch (at most 100 UserIDs). */
function subscriberResults(answer: TencentAnswer): Map<string, number> {
	const results = new Map<string, number>();
	for (const entry of list(answer.SubscriberList)) {
		results.set(String(entry.Subscriber_Account), Number(entry.Result));
	}
	return results;
}

/** Adding is a set operation: a resent batch answers "already subscribed", never a duplicate. */
export async function addSubscribers(
	client: TencentChatClient,
	officialAccount: string,
	subscribers: string[],
): Promise<Map<string, number>> {
	const answer = await client.call(
		OfficialAccountCommand.addSubscriber,
		{
			Official_Account: officialAccount,
			SubscriberList: subscribers.map((account) => ({ Subscriber_Account: account })),
		},
		{ idempotent: true },
	);
	return subscriberResults(answer);
}

/**
 * Removing is a set operation too: a resent batch answers "not subscribed". Tencent's field table
 * says SubscriberList, but its sample request (what the service reads) uses SubscriberToDel_Account
 * with plain UserIDs.
 */
export async function deleteSubscribers(
	client: TencentChatClient,
	officialAccount: string,
	subscribers: string[],
): Promise<Map<string, number>> {
	const answer = await client.call(
		OfficialAccountCommand.deleteSubscriber,
		{ Official_Account: officialAccount, SubscriberToDel_Account: subscribers },
		{ idempotent: true },
	);
	return subscriberResults(answer);
}

export interface SentOfficialAccountMessage {
	msgKey: string;
	msgTime: number;
}

/** Sends one message to every subscriber: never resent on an unclear answer. */
export async function sendOfficialAccountMessage(
	client: TencentChatClient,
	body: Body,
): Promise<SentOfficialAccountMessage> {
	const answer = await client.call(OfficialAccountCommand.sendMessage, body, {
		idempotent: false,
	});
	return { msgKey: String(answer.MsgKey ?? ''), msgTime: answer.MsgTime as number };
}

/**
 * Recalls at most MAX_MESSAGES_PER_RECALL messages; resolves Tencent's RetCode per MsgKey. A
 * recalled message stays recalled: resending only changes the per-message RetCode.
 */
export async function recallOfficialAccountMessages(
	client: TencentChatClient,
	officialAccount: string,
	msgKeys: string[],
	reason: string,
): Promise<Map<string, number>> {
	const body: Body = { Official_Account: officialAccount, MsgKeyList: msgKeys };
	if (reason) body.Reason = reason;
	const answer = await client.call(OfficialAccountCommand.recallMessages, body, {
		idempotent: true,
	});
	const retCodes = new Map<string, number>();
	for (const entry of list(answer.RecallRetList)) {
		retCodes.set(String(entry.MsgKey), Number(entry.RetCode));
	}
	return retCodes;
}

/** One page of an account's message history, after `lastMsgKey`. */
export async function getMessagePage(
	client: TencentChatClient,
	officialAccount: string,
	pageSize: number,
	lastMsgKey: string | undefined,
	withRecalled: boolean,
): Promise<CursorPage<IDataObject, string>> {
	const body: Body = { Official_Account: officialAccount, ReqMsgNumber: pageSize };
	if (lastMsgKey) body.LastMsgKey = lastMsgKey;
	if (withRecalled) body.WithRecalledMsg = 1;
	const answer = await client.call(OfficialAccountCommand.getMessages, body, {
		idempotent: true,
	});
	const finished = Number(answer.IsFinished ?? 1) === 1 || !answer.LastMsgKey;
	return {
		items: list(answer.RspMsgList),
		next: finished ? undefined : String(answer.LastMsgKey),
	};
}
