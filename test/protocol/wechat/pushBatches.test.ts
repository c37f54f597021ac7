import { uniqueValues } from '../../../nodes/protocol/common/lists';
import { pushInBatches, summarisePushJob } from '../../../nodes/protocol/wechat/pushBatches';

const openids = (count: number) => Array.from({ length: count }, (_, i) => `o${i}`);
const direct = async (_size: number, send: () => Promise<string>) => await send();

describe('pushInBatches', () => {
	test('2000 per batch, every openid exactly once, in order', async () => {
		const sent: string[][] = [];
		const { reports, failed } = await pushInBatches(
			1,
			openids(4001),
			async (_room, batch) => {
				sent.push(batch);
				return `m${sent.length}`;
			},
			direct,
			() => ({ status: 'failed', message: 'x' }),
		);
		expect(failed).toBe(false);
		expect(sent.map((batch) => batch.length)).toEqual([2000, 2000, 1]);
		expect(sent.flat()).toEqual(openids(4001));
		expect(reports.map((report) => report.messageId)).toEqual(['m1', 'm2', 'm3']);
	});

	test('after a failure nothing else is sent and the rest is reported not sent', async () => {
		let calls = 0;
		const { reports, failed } = await pushInBatches(
			1,
			openids(6000),
			async () => {
				if (++calls === 2) throw new Error('boom');
				return 'ok';
			},
			direct,
			(error) => ({ status: 'outcomeUnknown', message: (error as Error).message }),
		);
		expect(failed).toBe(true);
		expect(calls).toBe(2);
		expect(reports.map((report) => report.status)).toEqual([
			'accepted',
			'outcomeUnknown',
			'notSent',
		]);
		expect(summarisePushJob(reports)).toBe(
			'Accepted by WeChat: batch 1 (openids 1-2000); 2000 openids. ' +
				'Outcome unknown, not resent (check the push result callback before sending again): batch 2 (openids 2001-4000); 2000 openids. ' +
				'Not sent: batch 3 (openids 4001-6000); 2000 openids',
		);
	});

	test('uniqueValues (openids) trims, drops empties and repeats, keeps order', () => {
		expect(uniqueValues([' a', 'b', 'a', '', null, undefined, 'c '])).toEqual(['a', 'b', 'c']);
	});
});
