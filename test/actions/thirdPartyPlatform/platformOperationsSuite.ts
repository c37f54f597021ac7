import { startPlatformTriggerServer } from '../../../testkit/engine/platformTriggerServer';
import { addLiveRoutes } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	loadWorker,
	platformCredential,
	runAction,
	ticketWorkflowStep,
} from './thirdPartyPlatformHarness';

/** The setup of "Third-Party Platform operations and trigger": each test file of it calls this in its describe. */
export function platformOperationsSuite() {
	const worker = loadWorker();

	async function setUp(authorizers: string[] = ['wxshop0000000001', 'wxshop0000000002']) {
		const fake = await new FakeWeChatServer().start();
		const live = addLiveRoutes(fake);
		const platform = new FakeComponentPlatform(fake);
		const dataTables = new InMemoryDataTables();
		const credential = platformCredential(fake, platform);
		const errors: string[] = [];
		const trigger = await startPlatformTriggerServer(
			worker.trigger,
			credential,
			async (items, node) => {
				const parameters = ticketWorkflowStep(items[0].json.InfoType);
				if (!parameters) return;
				const result = await runAction(worker, dataTables, credential, parameters, {
					items: items.map((item) => item.json),
					triggerNode: node,
				});
				if (result.error) errors.push(result.error.message);
			},
		);
		await platform.pushTicket(trigger.authorizationUrl);
		for (const appId of authorizers) await platform.authorize(appId, trigger.authorizationUrl);
		await trigger.idle();
		const stop = async () => {
			await trigger.close();
			await fake.stop();
		};
		return { fake, live, platform, dataTables, credential, trigger, errors, stop };
	}
	return { worker, setUp };
}
