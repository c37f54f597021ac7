import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes, makeFollowers } from '../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import { measure } from './measure';

const ALL_FOLLOWERS = 100_000;
/** Five rooms share the followers evenly: room 1 has 20000 of them. */
const ROOMS = [1, 2, 3, 4, 5];
const FOLLOWERS = '/wxa/business/get_wxa_followers';
const PUSH = '/wxa/business/push_message';

/**
 * Push to All Followers of one room through n8n-core's engine against the local WeChat: pages all
 * 100000 followers (2000 a page), keeps the room's 20000, pushes them under 2000 openids a second.
 */
export async function runWeChatExtraBench(): Promise<void> {
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeWeChatServer().start();
	const live = addLiveRoutes(server);
	live.followers = makeFollowers(ALL_FOLLOWERS, ROOMS);
	for (const roomId of ROOMS) live.rooms.add(roomId);
	const roomFollowers = live.followers.filter((follower) => follower.room_id === 1).length;
	try {
		await measure(
			`Live Message > Push to All Followers (${roomFollowers} of ${ALL_FOLLOWERS})`,
			'openids',
			async () => {
				const result = await runWorkflow(
					itemsIntoWeChatNode(
						[{}],
						{
							resource: 'liveMessage',
							operation: 'pushToAllFollowers',
							roomId: { __rl: true, mode: 'id', value: 1 },
						},
						weChatCredentials(server),
					),
				);
				if (result.error) throw result.error;
				const pushed = live.pushes.reduce((sum, push) => sum + push.openids.length, 0);
				if (pushed !== roomFollowers)
					throw new Error(`pushed ${pushed} openids, expected ${roomFollowers}`);
				return {
					items: pushed,
					calls: server.callsTo(FOLLOWERS).length + server.callsTo(PUSH).length,
				};
			},
		);
		const rejected = server
			.callsTo(PUSH)
			.filter((call) => (call.answer as { errcode?: number })?.errcode === 45011).length;
		console.log(
			`  get_wxa_followers: ${server.callsTo(FOLLOWERS).length} calls, push_message: ${server.callsTo(PUSH).length} calls ` +
				`(${rejected} hit the frequency limit), token requests: ${server.tokenRequests.length}`,
		);
	} finally {
		await server.stop();
	}
}
