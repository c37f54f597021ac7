import { runBatches } from '../common/batchRunner';
import type { BatchFailure } from '../common/batchRunner';

/** WeChat's limit of openids in one push_message call, and per second. */
export const MAX_OPENIDS_PER_PUSH = 2000;
export const MAX_OPENIDS_PER_SECOND = 2000;

export type BatchStatus = 'accepted' | 'failed' | 'outcomeUnknown' | 'notSent';

export interface PushBatchReport {
	roomId: number;
	batch: number;
	batchCount: number;
	/** 1-based position of the batch's first and last openid in the job's (deduplicated) list. */
	firstIndex: number;
	lastIndex: number;
	openids: string[];
	count: number;
	status: BatchStatus;
	messageId?: string;
	error?: string;
}

export type PushOne = (roomId: number, openids: string[]) => Promise<string>;

export interface PushJobResult {
	reports: PushBatchReport[];
	failed: boolean;
}

/** Runs one batch's send under the rate limit (see RatePacer.run). */
export type PaceBatch = (size: number, send: () => Promise<string>) => Promise<string>;

/**
 * Pushes to `openids` in batches of at most 2000, paced by `pace`, one report per batch. Stops at
 * the first failure (see runBatches): a failed or unclear push is never resent.
 */
export async function pushInBatches(
	roomId: number,
	openids: string[],
	push: PushOne,
	pace: PaceBatch,
	describeError: (error: unknown) => BatchFailure,
): Promise<PushJobResult> {
	const { outcomes, failed } = await runBatches({
		values: openids,
		batchSize: MAX_OPENIDS_PER_PUSH,
		send: async (batch) => await pace(batch.length, async () => await push(roomId, batch)),
		describeError,
	});
	const reports = outcomes.map((outcome): PushBatchReport => {
		const report: PushBatchReport = {
			roomId,
			batch: outcome.batch,
			batchCount: outcome.batchCount,
			firstIndex: outcome.firstIndex,
			lastIndex: outcome.firstIndex + outcome.values.length - 1,
			openids: outcome.values,
			count: outcome.values.length,
			status: 'notSent',
		};
		if (outcome.state === 'sent') {
			report.messageId = outcome.result;
			report.status = 'accepted';
		} else if (outcome.state === 'failed') {
			report.status = outcome.failure.status;
			report.error = outcome.failure.message;
		}
		return report;
	});
	return { reports, failed };
}

/** One paragraph a user can act on: what was accepted, what failed or is unclear, what was not sent. */
export function summarisePushJob(reports: PushBatchReport[]): string {
	const parts: string[] = [];
	const describe = (status: BatchStatus, label: string) => {
		const batches = reports.filter((report) => report.status === status);
		if (batches.length === 0) return;
		const openids = batches.reduce((sum, report) => sum + report.count, 0);
		const ranges = batches.map(
			(report) => `${report.batch} (openids ${report.firstIndex}-${report.lastIndex})`,
		);
		parts.push(`${label}: batch ${ranges.join(', ')}; ${openids} openids`);
	};
	describe('accepted', 'Accepted by WeChat');
	describe('failed', 'Rejected, nothing delivered');
	describe(
		'outcomeUnknown',
		'Outcome unknown, not resent (check the push result callback before sending again)',
	);
	describe('notSent', 'Not sent');
	return parts.join('. ');
}
