import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes, makeFollowers } from '../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import { measure } from './measure';

const FOLLOWERS = 100_000;

/**
 * Get Many (Return All) and Push over 100000 followers, through n8n-core's engine against the
 * local WeChat, which enforces 2000 rows a page and 2000 openids a second like the real one.
 */
export async function runWeChatBench(): Promise<void> {
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeWeChatServer().start();
	const live = addLiveRoutes(server);
	live.followers = makeFollowers(FOLLOWERS);
	live.rooms.add(1);
	const credentials = weChatCredentials(server);
	try {
		let followers: object[] = [];
		await measure('Live Follower > Get Many, Return All', 'followers', async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					[{}],
					{ resource: 'liveFollower', operation: 'getMany', returnAll: true },
					credentials,
				),
			);
			if (result.error) throw result.error;
			followers = result.output('WeChat');
			return {
				items: followers.length,
				calls: server.callsTo('/wxa/business/get_wxa_followers').length,
			};
		});

		await measure('Live Message > Push, from those items', 'openids', async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					followers as never,
					{
						resource: 'liveMessage',
						operation: 'push',
						roomId: { __rl: true, mode: 'id', value: 1 },
						openidSource: 'inputItems',
						openidField: 'openid',
					},
					credentials,
				),
			);
			if (result.error) throw result.error;
			const pushed = live.pushes.reduce((sum, push) => sum + push.openids.length, 0);
			const rejected = server
				.callsTo('/wxa/business/push_message')
				.filter((call) => (call.answer as { errcode?: number })?.errcode === 45011).length;
			if (rejected) console.log(`  (${rejected} push calls hit the frequency limit)`);
			return { items: pushed, calls: server.callsTo('/wxa/business/push_message').length };
		});
		console.log(
			`  token requests: ${server.tokenRequests.length}; push is paced to WeChat's 2000 openids/s, so ~50 s is the floor`,
		);
	} finally {
		await server.stop();
	}
}
