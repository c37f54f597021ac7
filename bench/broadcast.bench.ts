import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import {
	addApprovedGoods,
	addBroadcastRoutes,
} from '../testkit/servers/fakeWeChat/broadcastRoutes';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { addLiveRoomRoutes } from '../testkit/servers/fakeWeChat/liveRoomRoutes';
import { addMediaRoutes } from '../testkit/servers/fakeWeChat/mediaRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import { measure } from './measure';

const GOODS = 10_000;
const MEMBERS = 3_000;
const ROOMS_TO_CREATE = 200;

/**
 * The live broadcast API through n8n-core's engine against the local WeChat: the goods library
 * and member list read in full (100 and 30 a page), and rooms created one item each.
 */
export async function runBroadcastBench(): Promise<void> {
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeWeChatServer().start();
	const rooms = addLiveRoomRoutes(server);
	const media = addMediaRoutes(server);
	const broadcast = addBroadcastRoutes(server, { rooms, media });
	addApprovedGoods(broadcast, GOODS, 1);
	for (let index = 0; index < MEMBERS; index++)
		broadcast.members.push({
			username: `member_${index}`,
			nickname: `Member ${index}`,
			openid: `o${index}`,
			roleList: [3],
			updateTimestamp: '1600340080',
		});
	broadcast.verified.add('anchor_wx');
	for (const name of ['cover', 'share', 'feeds'])
		media.media.set(name, { fileName: name, contentType: 'image/png', bytes: Buffer.from(name) });
	const credentials = weChatCredentials(server);
	const run = async (items: object[], parameters: Record<string, unknown>) => {
		server.calls.length = 0;
		const result = await runWorkflow(
			itemsIntoWeChatNode(items as never, parameters as never, credentials),
		);
		if (result.error) throw result.error;
		return result;
	};
	const apiCalls = () =>
		server.calls.filter((call) => call.path !== '/cgi-bin/stable_token').length;
	try {
		await measure(`Live Goods > Get Many, Return All (${GOODS} approved)`, 'goods', async () => {
			const result = await run([{}], {
				resource: 'liveGoods',
				operation: 'getMany',
				statuses: [2],
				returnAll: true,
			});
			return { items: result.output('WeChat').length, calls: apiCalls() };
		});
		await measure(`Live Role > Get Many, Return All (${MEMBERS} members)`, 'members', async () => {
			const result = await run([{}], {
				resource: 'liveRole',
				operation: 'getMany',
				role: -1,
				returnAll: true,
			});
			return { items: result.output('WeChat').length, calls: apiCalls() };
		});
		const start = Math.floor(Date.now() / 1000) + 86_400;
		await measure(`Live Room > Create, ${ROOMS_TO_CREATE} items (media ids)`, 'rooms', async () => {
			const result = await run(
				Array.from({ length: ROOMS_TO_CREATE }, (_, index) => ({ index })),
				{
					resource: 'liveRoom',
					operation: 'create',
					name: '={{ "明日直播 " + $json.index }}',
					startTime: new Date(start * 1000).toISOString(),
					endTime: new Date((start + 7200) * 1000).toISOString(),
					anchorName: '小王',
					anchorWechat: 'anchor_wx',
					coverImgSource: 'mediaId',
					coverImgMediaId: 'cover',
					shareImgSource: 'mediaId',
					shareImgMediaId: 'share',
					feedsImgSource: 'mediaId',
					feedsImgMediaId: 'feeds',
				},
			);
			return { items: result.output('WeChat').length, calls: apiCalls() };
		});
		console.log(`  token requests: ${server.tokenRequests.length}`);
	} finally {
		await server.stop();
	}
}
