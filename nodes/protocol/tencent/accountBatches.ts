import { runBatches } from '../common/batchRunner';
import type { BatchFailure } from '../common/batchRunner';
import { TencentChatApiError } from './apiError';
import { describeTencentChatErrorCode } from './errorCodes';

/** What Tencent answered for one account of a batch: its state, or its own error code. */
export type AccountAnswer =
	| { status: string; fields?: Record<string, unknown> }
	| { status: 'failed'; errorCode?: number; error: string };

export type AccountStatus = string;

export interface AccountResult {
	userId: string;
	/** The operation's own status ('imported', 'online', …), or failed / outcomeUnknown / notProcessed. */
	status: AccountStatus;
	/** 1-based batch number and count, so a failure can be traced to one call. */
	batch: number;
	batchCount: number;
	errorCode?: number;
	error?: string;
	[field: string]: unknown;
}

export interface AccountBatchJob {
	userIds: string[];
	batchSize: number;
	/** Sends one batch; resolves Tencent's answer per UserID (a UserID left out is outcomeUnknown). */
	call: (batch: string[]) => Promise<Map<string, AccountAnswer>>;
	describeError: (error: unknown) => BatchFailure;
	/** Batches sent at once (see runBatches). */
	inFlight?: number;
}

/** A per-account failure with Tencent's code and what it means. */
export function accountFailure(code: number, info = ''): AccountAnswer {
	const meaning = describeTencentChatErrorCode(code);
	return {
		status: 'failed',
		errorCode: code,
		error: `Tencent reported ErrorCode ${code} for this account (${meaning})${info ? `: ${info}` : ''}`,
	};
}

/** A call for one account whose definite refusal (a Tencent error code) is that account's answer. */
export async function refusalAsAccountAnswer(
	send: () => Promise<AccountAnswer>,
): Promise<AccountAnswer> {
	return await send().catch(async (error: unknown) =>
		error instanceof TencentChatApiError
			? accountFailure(error.errorCode, error.errorInfo)
			: await Promise.reject(error),
	);
}

/**
 * Runs an account job in batches of the command's maximum (see runBatches), one result per UserID:
 * a failed batch's accounts get that error (or outcomeUnknown), every later one is notProcessed.
 */
export async function runAccountBatches(
	job: AccountBatchJob,
): Promise<{ results: AccountResult[]; failed: boolean; failedBatches: number[] }> {
	const { outcomes, failed } = await runBatches({
		values: job.userIds,
		batchSize: job.batchSize,
		send: job.call,
		describeError: job.describeError,
		inFlight: job.inFlight,
	});
	const results = outcomes.flatMap((outcome) => {
		const base = { batch: outcome.batch, batchCount: outcome.batchCount };
		return outcome.values.map((userId): AccountResult => {
			if (outcome.state === 'notSent') return { userId, status: 'notProcessed', ...base };
			if (outcome.state === 'failed') {
				const { status, message } = outcome.failure;
				return { userId, status, ...base, error: message };
			}
			const answer = outcome.result.get(userId);
			if (!answer)
				return {
					userId,
					status: 'outcomeUnknown',
					...base,
					error: "Missing from Tencent's answer",
				};
			if ('error' in answer) {
				const { errorCode, error } = answer;
				return errorCode === undefined
					? { userId, status: 'failed', ...base, error }
					: { userId, status: 'failed', ...base, errorCode, error };
			}
			return { userId, status: answer.status, ...answer.fields, ...base };
		});
	});
	const failedBatches = outcomes.filter((o) => o.state === 'failed').map((o) => o.batch);
	return { results, failed, failedBatches };
}

/** One paragraph a user can act on: how many accounts ended in each state, and which batches failed. */
export function summariseAccountResults(results: AccountResult[], failedBatches: number[]): string {
	const counts = new Map<AccountStatus, number>();
	for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
	const parts = [...counts].map(([status, count]) => `${count} ${status}`);
	const notProcessed = results.filter((r) => r.status === 'notProcessed');
	let text = `Accounts: ${parts.join(', ')}.`;
	if (failedBatches.length) text += ` Failed or unclear batch(es): ${failedBatches.join(', ')}.`;
	if (notProcessed.length) {
		text += ` Not processed (never sent): ${notProcessed.length}, starting with "${notProcessed[0].userId}".`;
	}
	return text;
}
