import { randomInt } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { CursorPage } from '../../../protocol/common/cursorPages';
import { accountFailure } from '../../../protocol/tencent/accountBatches';
import type { AccountAnswer } from '../../../protocol/tencent/accountBatches';
import { OPENIM_SERVICE } from '../../../protocol/tencent/chatCommands';
import {
	CHAT_MESSAGE_ERROR_MEANINGS,
	ChatMessageCommand,
} from '../../../protocol/tencent/chatMessageCommands';
import { answerList } from '../tencentChatClient';
import type { TencentChatClient, TencentCallOptions } from '../tencentChatClient';

/**
 * Tencent Cloud Chat one-to-one messages (openim). sendmsg and batchsendmsg deliver a message, so
 * they are never resent on an unclear outcome (a rate-limit refusal, where nothing was sent, is
 * waited out by the client's retry loop). Recall, mark read and the reads leave the same state
 * when repeated and are resent on a transient failure.
 */

type Body = Record<string, unknown>;

const options = (idempotent: boolean): TencentCallOptions => ({
	idempotent,
	service: OPENIM_SERVICE,
	errorMeanings: { ...CHAT_MESSAGE_ERROR_MEANINGS },
});

/** A fresh 32-bit MsgRandom: Tencent drops a second message with the same one as a duplicate. */
export const newMsgRandom = (): number => randomInt(0, 0x1_0000_0000);

export interface SentChatMessage {
	msgKey: string;
	msgTime: number;
	msgRandom: number;
}

/** Sends one one-to-one message (sendmsg); `body` has everything but MsgRandom, generated here. */
export async function sendChatMessage(
	client: TencentChatClient,
	body: Body,
): Promise<SentChatMessage> {
	const msgRandom = newMsgRandom();
	const answer = await client.call(
		ChatMessageCommand.send,
		{ ...body, MsgRandom: msgRandom },
		options(false),
	);
	return { msgKey: String(answer.MsgKey ?? ''), msgTime: Number(answer.MsgTime ?? 0), msgRandom };
}

/**
 * Sends one message to at most MAX_RECIPIENTS_PER_BATCH_SEND recipients (batchsendmsg), resolving
 * Tencent's answer per recipient: the ones in ErrorList failed with their code, the others were sent
 * (with the call's MsgKey).
 */
export async function batchSendChatMessage(
	client: TencentChatClient,
	body: Body,
	toAccounts: string[],
): Promise<Map<string, AccountAnswer>> {
	const msgRandom = newMsgRandom();
	const answer = await client.call(
		ChatMessageCommand.sendBatch,
		{ ...body, To_Account: toAccounts, MsgRandom: msgRandom },
		options(false),
	);
	const fields = { msgKey: String(answer.MsgKey ?? ''), msgRandom };
	const answers = new Map<string, AccountAnswer>(
		toAccounts.map((toAccount) => [toAccount, { status: 'sent', fields }]),
	);
	for (const entry of answerList(answer.ErrorList)) {
		const code = Number(entry.ErrorCode);
		answers.set(
			String(entry.To_Account),
			accountFailure(code, CHAT_MESSAGE_ERROR_MEANINGS[code] ? '' : String(entry.ErrorInfo ?? '')),
		);
	}
	return answers;
}

/** Recalls one message by its MsgKey (admin_msgwithdraw). */
export async function recallChatMessage(
	client: TencentChatClient,
	fromAccount: string,
	toAccount: string,
	msgKey: string,
): Promise<void> {
	await client.call(
		ChatMessageCommand.recall,
		{ From_Account: fromAccount, To_Account: toAccount, MsgKey: msgKey },
		options(true),
	);
}

/** Marks the messages `reportAccount` received from `peerAccount` read, up to `readTime` (s) or all. */
export async function markChatMessagesRead(
	client: TencentChatClient,
	reportAccount: string,
	peerAccount: string,
	readTime?: number,
): Promise<void> {
	const body: Body = { Report_Account: reportAccount, Peer_Account: peerAccount };
	if (readTime !== undefined) body.MsgReadTime = readTime;
	await client.call(ChatMessageCommand.markRead, body, options(true));
}

export interface UnreadCount {
	total: number;
	peers: Array<{ peerAccount: string; unread?: number; errorCode?: number; error?: string }>;
}

/** The unread one-to-one messages of `toAccount`, in all and per peer (all or the ones given). */
export async function getUnreadCount(
	client: TencentChatClient,
	toAccount: string,
	peerAccounts: string[],
): Promise<UnreadCount> {
	const body: Body = { To_Account: toAccount };
	if (peerAccounts.length) body.Peer_Account = peerAccounts;
	const answer = await client.call(ChatMessageCommand.getUnreadCount, body, options(true));
	const peers: UnreadCount['peers'] = answerList(answer.C2CUnreadMsgNumList).map((entry) => ({
		peerAccount: String(entry.Peer_Account),
		unread: Number(entry.C2CUnreadMsgNum ?? 0),
	}));
	for (const entry of answerList(answer.ErrorList)) {
		const failure = accountFailure(Number(entry.ErrorCode));
		peers.push({
			peerAccount: String(entry.Peer_Account),
			...('error' in failure && { errorCode: failure.errorCode, error: failure.error }),
		});
	}
	return { total: Number(answer.AllC2CUnreadMsgNum ?? 0), peers };
}

export interface RoamingQuery {
	operatorAccount: string;
	peerAccount: string;
	/** Unix seconds, both ends included. */
	minTime: number;
	maxTime: number;
}

/**
 * One page of the roaming history of a conversation (admin_getroammsg), newest first. The cursor is
 * "LastMsgTime|LastMsgKey" of the page before: Tencent continues from there until Complete is 1.
 */
export async function getRoamingMessagePage(
	client: TencentChatClient,
	query: RoamingQuery,
	pageSize: number,
	cursor: string | undefined,
): Promise<CursorPage<IDataObject, string>> {
	const body: Body = {
		Operator_Account: query.operatorAccount,
		Peer_Account: query.peerAccount,
		MaxCnt: pageSize,
		MinTime: query.minTime,
		MaxTime: query.maxTime,
	};
	if (cursor) {
		const split = cursor.indexOf('|');
		body.MaxTime = Number(cursor.slice(0, split));
		body.LastMsgKey = cursor.slice(split + 1);
	}
	const answer = await client.call(ChatMessageCommand.getHistory, body, options(true));
	const complete = Number(answer.Complete ?? 1) === 1 || !answer.LastMsgKey;
	return {
		items: answerList(answer.MsgList),
		next: complete ? undefined : `${Number(answer.LastMsgTime)}|${String(answer.LastMsgKey)}`,
	};
}
