import { pushForEveryMerchantAtOnce, startLiveRoomPlatform } from '../testkit/engine/platformRuns';
import { measure } from './measure';

const MERCHANTS = ['wxshop0000000001', 'wxshop0000000002'];
const OPENIDS_EACH = 20_000;

/**
 * Two merchants of one third-party platform push 20000 openids each at once, in one process.
 * Each merchant is its own Mini Program with its own 2000 openids a second, so together they take
 * about 10 s (one merchant's floor), not the 20 s one shared pacer would.
 */
export async function runPlatformPushBench(): Promise<void> {
	const { worker, fake, live, authorized, stop } = await startLiveRoomPlatform(MERCHANTS);
	try {
		await measure('Two merchants push 20000 each at once', 'openids', async () => {
			const results = await pushForEveryMerchantAtOnce(worker, authorized, MERCHANTS, OPENIDS_EACH);
			for (const result of results) if (result.error) throw result.error;
			const calls = fake.callsTo('/wxa/business/push_message');
			const refused = calls.filter((call) => (call.answer as { errcode?: number })?.errcode !== 0);
			if (refused.length) console.log(`  (${refused.length} push calls were refused)`);
			const spanSeconds = (calls[calls.length - 1].at - calls[0].at) / 1000;
			console.log(`  first to last push call: ${spanSeconds.toFixed(1)} s`);
			return {
				items: live.pushes.reduce((sum, push) => sum + push.openids.length, 0),
				calls: calls.length,
			};
		});
		console.log(
			'  each merchant is paced to its own 2000 openids/s: ~10 s is the floor (one shared pacer: ~20 s)',
		);
	} finally {
		await stop();
	}
}
