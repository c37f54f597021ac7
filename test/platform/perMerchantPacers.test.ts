import { virtualClock } from '../../testkit/clock/defaultClock';
import {
	pushForEveryMerchantAtOnce,
	startLiveRoomPlatform,
} from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';

const MERCHANTS = ['wxshop0000000001', 'wxshop0000000002'];
const PUSH = '/wxa/business/push_message';

/**
 * Each merchant of a third-party platform is its own Mini Program with its own 2000 openids a
 * second: one process pushing for two merchants at once paces each on its own, on the virtual clock.
 */
describe('Third-Party Platform: every merchant has its own push pacer', () => {
	it('two merchants pushing 4000 openids each at once take one second, not three, and meet no refusal', async () => {
		const { worker, fake, live, authorized, stop } = await startLiveRoomPlatform(MERCHANTS);
		try {
			const started = virtualClock().now();
			const results = await pushForEveryMerchantAtOnce(worker, authorized, MERCHANTS, 4000);
			const elapsed = virtualClock().now() - started;
			for (const result of results) expect(result.error).toBeUndefined();

			const refused = fake
				.callsTo(PUSH)
				.filter((call) => (call.answer as { errcode: number }).errcode !== 0);
			expect(refused).toEqual([]);
			for (const merchant of MERCHANTS) {
				const pushes = live.pushes.filter((push) => push.appId === merchant);
				expect(pushes.map((push) => push.openids.length)).toEqual([2000, 2000]);
				// Its own limit holds: its second batch waits out its first second.
				expect(pushes[1].at - pushes[0].at).toBeGreaterThan(1000);
			}
			// One shared pacer would spread 8000 openids over more than 3 s.
			expect(elapsed).toBeGreaterThan(1000);
			expect(elapsed).toBeLessThan(2000);
		} finally {
			await stop();
		}
	});
});
