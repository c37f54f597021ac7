import type { IDataObject } from 'n8n-workflow';

import { accountFailure } from '../../../protocol/tencent/accountBatches';
import type { AccountAnswer } from '../../../protocol/tencent/accountBatches';
import {
	ACCOUNT_SERVICE,
	ChatAccountCommand,
	OPENIM_SERVICE,
} from '../../../protocol/tencent/chatCommands';
import { answerList } from '../tencentChatClient';
import type { TencentChatClient } from '../tencentChatClient';

/**
 * Tencent Cloud Chat accounts (im_open_login_svc) and their online status (openim). Every command
 * here leaves the same state when repeated, so each is resent on a transient failure: an import
 * sets the account (and its nickname and avatar) again, a delete of a deleted account answers
 * 70107, a second kick finds the user logged out already.
 */

/** Answers of one account per result entry: ResultCode 0 is `ok(entry)`, any other a failure. */
function perAccount(
	entries: IDataObject[],
	ok: (entry: IDataObject) => AccountAnswer,
	failed: (code: number, entry: IDataObject) => AccountAnswer = (code, entry) =>
		accountFailure(code, String(entry.ResultInfo ?? '')),
): Map<string, AccountAnswer> {
	const answers = new Map<string, AccountAnswer>();
	for (const entry of entries) {
		const code = Number(entry.ResultCode ?? 0);
		answers.set(String(entry.UserID), code === 0 ? ok(entry) : failed(code, entry));
	}
	return answers;
}

export interface ChatAccountProfile {
	userId: string;
	nick?: string;
	faceUrl?: string;
}

/** Imports (or updates) one account with its nickname and avatar (account_import). */
export async function importAccount(
	client: TencentChatClient,
	profile: ChatAccountProfile,
): Promise<void> {
	const body: Record<string, unknown> = { UserID: profile.userId };
	if (profile.nick) body.Nick = profile.nick;
	if (profile.faceUrl) body.FaceUrl = profile.faceUrl;
	await client.call(ChatAccountCommand.importOne, body, {
		idempotent: true,
		service: ACCOUNT_SERVICE,
	});
}

/**
 * Imports at most MAX_ACCOUNTS_PER_IMPORT accounts (multiaccount_import). Tencent lists only the
 * ones it could not import, without a code.
 */
export async function importAccounts(
	client: TencentChatClient,
	userIds: string[],
): Promise<Map<string, AccountAnswer>> {
	const answer = await client.call(
		ChatAccountCommand.importMany,
		{ Accounts: userIds },
		{ idempotent: true, service: ACCOUNT_SERVICE },
	);
	const failed = new Set(
		(Array.isArray(answer.FailAccounts) ? answer.FailAccounts : []).map(String),
	);
	return new Map(
		userIds.map((userId): [string, AccountAnswer] => [
			userId,
			failed.has(userId)
				? {
						status: 'failed',
						error:
							'Tencent listed this account in FailAccounts (not imported; it gives no code): check the UserID (at most 32 bytes, no spaces) and the account limit of the plan',
					}
				: { status: 'imported' },
		]),
	);
}

/** Deletes at most MAX_ACCOUNTS_PER_DELETE accounts; one already gone (70107) is notFound. */
export async function deleteAccounts(
	client: TencentChatClient,
	userIds: string[],
): Promise<Map<string, AccountAnswer>> {
	const answer = await client.call(
		ChatAccountCommand.delete,
		{ DeleteItem: userIds.map((userId) => ({ UserID: userId })) },
		{ idempotent: true, service: ACCOUNT_SERVICE },
	);
	return perAccount(
		answerList(answer.ResultItem),
		() => ({ status: 'deleted' }),
		(code, entry) =>
			code === 70107
				? { status: 'notFound' }
				: accountFailure(code, String(entry.ResultInfo ?? '')),
	);
}

/** Whether each of at most MAX_ACCOUNTS_PER_CHECK accounts is imported (account_check). */
export async function checkAccounts(
	client: TencentChatClient,
	userIds: string[],
): Promise<Map<string, AccountAnswer>> {
	const answer = await client.call(
		ChatAccountCommand.check,
		{ CheckItem: userIds.map((userId) => ({ UserID: userId })) },
		{ idempotent: true, service: ACCOUNT_SERVICE },
	);
	return perAccount(answerList(answer.ResultItem), (entry) => ({
		status: entry.AccountStatus === 'Imported' ? 'imported' : 'notImported',
	}));
}

/** Logs one account out of every device and invalidates its sessions (kick). */
export async function kickAccount(client: TencentChatClient, userId: string): Promise<void> {
	await client.call(
		ChatAccountCommand.kick,
		{ UserID: userId },
		{ idempotent: true, service: ACCOUNT_SERVICE },
	);
}

const ONLINE_STATES: Record<string, string> = {
	Online: 'online',
	PushOnline: 'pushOnline',
	Offline: 'offline',
};

/**
 * The online status of at most MAX_ACCOUNTS_PER_STATUS_QUERY accounts (query_online_status), with
 * each device's platform and status when `detail` is set.
 */
export async function queryOnlineStatus(
	client: TencentChatClient,
	userIds: string[],
	detail: boolean,
): Promise<Map<string, AccountAnswer>> {
	const body: Record<string, unknown> = { To_Account: userIds };
	if (detail) body.IsNeedDetail = 1;
	const answer = await client.call(ChatAccountCommand.queryOnlineStatus, body, {
		idempotent: true,
		service: OPENIM_SERVICE,
	});
	const answers = new Map<string, AccountAnswer>();
	for (const entry of answerList(answer.QueryResult)) {
		const state = String(entry.Status ?? '');
		answers.set(String(entry.To_Account), {
			status: ONLINE_STATES[state] ?? state,
			fields: detail ? { devices: answerList(entry.Detail) } : undefined,
		});
	}
	for (const entry of answerList(answer.ErrorList)) {
		answers.set(String(entry.To_Account), accountFailure(Number(entry.ErrorCode)));
	}
	return answers;
}
