import { chunk } from '../common/chunk';

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

/** Drops empty and repeated openids, keeping first-seen order. */
export function uniqueOpenids(openids: Iterable<unknown>): string[] {
	const seen = new Set<string>();
	for (const value of openids) {
		const openid = String(value ?? '').trim();
		if (openid) seen.add(openid);
	}
	return [...seen];
}

/** Runs one batch's send under the rate limit (see RatePacer.run). */
export type PaceBatch = (size: number, send: () => Promise<string>) => Promise<string>;

/**
 * Pushes to `openids` in batches of at most 2000, paced by `pace`. Stops at the first
 * failure: push is not idempotent, so a failed or unclear batch is never resent and every
 * later batch is reported as not sent, leaving the caller an exact list to act on.
 */
export async function pushInBatches(
	roomId: number,
	openids: string[],
	push: PushOne,
	pace: PaceBatch,
	describeError: (error: unknown) => { status: 'failed' | 'outcomeUnknown'; message: string },
): Promise<PushJobResult> {
	const batches = chunk(openids, MAX_OPENIDS_PER_PUSH);
	const reports: PushBatchReport[] = [];
	let failed = false;
	for (const [index, batch] of batches.entries()) {
		const report: PushBatchReport = {
			roomId,
			batch: index + 1,
			batchCount: batches.length,
			firstIndex: index * MAX_OPENIDS_PER_PUSH + 1,
			lastIndex: index * MAX_OPENIDS_PER_PUSH + batch.length,
			openids: batch,
			count: batch.length,
			status: 'notSent',
		};
		reports.push(report);
		if (failed) continue;
		try {
			report.messageId = await pace(batch.length, async () => await push(roomId, batch));
			report.status = 'accepted';
		} catch (error) {
			const { status, message } = describeError(error);
			report.status = status;
			report.error = message;
			failed = true;
		}
	}
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
