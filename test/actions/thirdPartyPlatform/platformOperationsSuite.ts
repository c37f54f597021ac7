import { addLiveRoutes } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { loadWorker, startAuthorizedPlatform } from './thirdPartyPlatformHarness';

/** The setup of "Third-Party Platform operations and trigger": each test file of it calls this in its describe. */
export function platformOperationsSuite() {
	const worker = loadWorker();

	async function setUp(authorizers: string[] = ['wxshop0000000001', 'wxshop0000000002']) {
		const fake = await new FakeWeChatServer().start();
		const live = addLiveRoutes(fake);
		const authorized = await startAuthorizedPlatform(worker, authorizers, fake);
		const stop = async () => {
			await authorized.stop();
			await fake.stop();
		};
		return { ...authorized, live, stop };
	}
	return { worker, setUp };
}
