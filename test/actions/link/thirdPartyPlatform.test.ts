import { startPlatformTriggerServer } from '../../../testkit/engine/platformTriggerServer';
import { addAnalyticsRoutes } from '../../../testkit/servers/fakeWeChat/analyticsRoutes';
import { addLinkRoutes } from '../../../testkit/servers/fakeWeChat/linkRoutes';
import { addMiniProgramCodeRoutes } from '../../../testkit/servers/fakeWeChat/miniProgramCodeRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	loadWorker,
	platformCredential,
	runAction,
	ticketWorkflowStep,
} from '../thirdPartyPlatform/thirdPartyPlatformHarness';
import { LINK_PATHS } from './linkHarness';

const MERCHANTS = ['wxshop0000000001', 'wxshop0000000002'];

/** A service provider makes links, codes and reports for its merchants with one credential. */
describe('Growth operations through a third-party platform (Authorizer App ID)', () => {
	const worker = loadWorker();

	test("each merchant's links, codes and reports are its own: its token, its App ID, its quota", async () => {
		const fake = await new FakeWeChatServer().start();
		const links = addLinkRoutes(fake);
		const codes = addMiniProgramCodeRoutes(fake);
		addAnalyticsRoutes(fake);
		const platform = new FakeComponentPlatform(fake);
		const dataTables = new InMemoryDataTables();
		const credential = platformCredential(fake, platform);
		const trigger = await startPlatformTriggerServer(
			worker.trigger,
			credential,
			async (items, node) => {
				const parameters = ticketWorkflowStep(items[0].json.InfoType);
				if (parameters)
					await runAction(worker, dataTables, credential, parameters, {
						items: items.map((item) => item.json),
						triggerNode: node,
					});
			},
		);
		const forMerchant = {
			authentication: 'thirdPartyPlatform',
			authorizerAppId: '={{ $json.merchant }}',
		};
		const items = [
			{ merchant: MERCHANTS[1] },
			{ merchant: MERCHANTS[0] },
			{ merchant: MERCHANTS[1] },
		];
		try {
			await platform.pushTicket(trigger.authorizationUrl);
			for (const appId of MERCHANTS) await platform.authorize(appId, trigger.authorizationUrl);
			await trigger.idle();

			const made = await runAction(
				worker,
				dataTables,
				credential,
				{
					...forMerchant,
					resource: 'link',
					operation: 'generateUrlLink',
					path: 'pages/campaign/campaign',
					query: '={{ "shop=" + $json.merchant }}',
				},
				{ items },
			);
			expect(made.error).toBeUndefined();
			// Items are answered merchant by merchant; pairedItem names each one's input.
			const madeItems = made.run.data.resultData.runData.WeChat[0].data!.main[0]!;
			const urlLinks = madeItems.map((item) => String(item.json.urlLink));
			expect(urlLinks.map((link) => links.links.get(link)?.appId)).toEqual(
				madeItems.map((item) => items[(item.pairedItem as { item: number }).item].merchant),
			);
			expect(madeItems.map((item) => item.json.query)).toEqual(
				madeItems.map(
					(item) => `shop=${items[(item.pairedItem as { item: number }).item].merchant}`,
				),
			);
			const tokens = fake
				.callsTo(LINK_PATHS.generateUrlLink)
				.map((call) => call.query.access_token);
			expect(new Set(tokens).size).toBe(2);

			// One merchant's link is another merchant's 85406.
			const asked = await runAction(
				worker,
				dataTables,
				credential,
				{ ...forMerchant, resource: 'link', operation: 'getUrlLinkInfo', urlLink: urlLinks[0] },
				{ items: [{ merchant: MERCHANTS[0] }] },
			);
			expect(asked.error?.message).toContain('85406');

			codes.unlimitedPerMinute = 2; // per App ID: merchant 2's two codes leave merchant 1's free
			const drawn = await runAction(
				worker,
				dataTables,
				credential,
				{
					...forMerchant,
					resource: 'miniProgramCode',
					operation: 'createUnlimitedCode',
					scene: '={{ "shop=" + $json.merchant.slice(-2) }}',
				},
				{ items },
			);
			expect(drawn.error).toBeUndefined();
			expect(drawn.output('WeChat').map((item) => item.mimeType)).toEqual([
				'image/png',
				'image/png',
				'image/png',
			]);

			expect(fake.callsTo('/wxa/getwxacodeunlimit')).toHaveLength(3); // none refused

			const reports = await runAction(
				worker,
				dataTables,
				credential,
				{ ...forMerchant, resource: 'analytics', operation: 'getSummary', dateRange: 'yesterday' },
				{ items: MERCHANTS.map((merchant) => ({ merchant })) },
			);
			expect(reports.error).toBeUndefined();
			const [first, second] = reports.output('WeChat');
			expect(first.ref_date).toBe(second.ref_date);
			expect(first.visit_total).not.toBe(second.visit_total); // each merchant's own data
		} finally {
			await trigger.close();
			await fake.stop();
		}
	});
});
