import { OutcomeUnknownError } from '../../../nodes/protocol/common/outcomeUnknownError';
import {
	accountFailure,
	runAccountBatches,
	summariseAccountResults,
} from '../../../nodes/protocol/tencent/accountBatches';
import type { AccountAnswer } from '../../../nodes/protocol/tencent/accountBatches';
import { describeBatchError } from '../../../nodes/WeChatMiniProgram/actions/itemJobs';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `u${i}`);

describe('runAccountBatches: one result per account from batches of the command maximum', () => {
	test("each account's own answer; one missing from Tencent's answer is outcomeUnknown, never a guess", async () => {
		const sent: number[] = [];
		const { results, failed } = await runAccountBatches({
			userIds: ids(5),
			batchSize: 2,
			call: async (batch) => {
				sent.push(batch.length);
				const answers = new Map<string, AccountAnswer>();
				for (const id of batch) if (id !== 'u3') answers.set(id, { status: 'imported' });
				if (batch.includes('u4')) answers.set('u4', accountFailure(70107));
				return answers;
			},
			describeError: describeBatchError,
		});
		expect(failed).toBe(false);
		expect(sent).toEqual([2, 2, 1]);
		expect(results.map((r) => r.status)).toEqual([
			'imported',
			'imported',
			'imported',
			'outcomeUnknown',
			'failed',
		]);
		expect(results[4]).toMatchObject({ errorCode: 70107, batch: 3, batchCount: 3 });
		expect(results[4].error).toContain('never imported');
	});

	test('an unclear batch stops the job: its accounts outcomeUnknown, later ones notProcessed, summarised', async () => {
		const { results, failed, failedBatches } = await runAccountBatches({
			userIds: ids(5),
			batchSize: 2,
			call: async (batch) => {
				if (batch[0] === 'u2') throw new OutcomeUnknownError('account_delete', 'connection reset');
				return new Map(batch.map((id): [string, AccountAnswer] => [id, { status: 'deleted' }]));
			},
			describeError: describeBatchError,
		});
		expect(failed).toBe(true);
		expect(failedBatches).toEqual([2]);
		expect(results.map((r) => r.status)).toEqual([
			'deleted',
			'deleted',
			'outcomeUnknown',
			'outcomeUnknown',
			'notProcessed',
		]);
		expect(summariseAccountResults(results, failedBatches)).toBe(
			'Accounts: 2 deleted, 2 outcomeUnknown, 1 notProcessed. Failed or unclear batch(es): 2. Not processed (never sent): 1, starting with "u4".',
		);
	});
});
