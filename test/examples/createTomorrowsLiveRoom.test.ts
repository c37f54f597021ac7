import { readFileSync } from 'node:fs';
import path from 'node:path';

import type {
	IConnections,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';

import { standInDescription } from '../../testkit/engine/engineNodeTypes';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import { addApprovedGoods, shareCodePng } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { startBroadcastWeChat } from '../actions/broadcastHarness';
import type { BroadcastWeChat } from '../actions/broadcastHarness';

const EXAMPLE = path.join(__dirname, '../../examples/create-tomorrows-live-room.json');

/** Stands in for a core node the test engine does not load: passes its input on, or downloads the image. */
function standIn(
	name: string,
	act: (ctx: IExecuteFunctions) => Promise<INodeExecutionData[]>,
): INodeType {
	return {
		description: standInDescription({
			displayName: name,
			name,
			version: [1, 1.1, 1.2, 4.2],
			description: name,
			properties: [],
		}),
		execute: async function (this: IExecuteFunctions) {
			return [await act(this)];
		},
	};
}

describe('examples/create-tomorrows-live-room.json through the engine', () => {
	let weChat: BroadcastWeChat;
	beforeEach(async () => {
		weChat = await startBroadcastWeChat();
		weChat.broadcast.verified.add('anchor_wx');
		addApprovedGoods(weChat.broadcast, 3, 1);
		weChat.live.followers = makeFollowers(2500, [1000]);
	});
	afterEach(async () => await weChat.server.stop());

	test("creates tomorrow's 20:00-22:00 room from the downloaded image, imports goods 1-3 and pushes to the room's followers", async () => {
		const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
			nodes: INode[];
			connections: IConnections;
		};
		const credentials = weChatCredentials(weChat.server);
		// The schedule trigger, the HTTP Request and the Wait are core nodes: stand-ins do their part.
		const nodes = example.nodes.map((node) => {
			if (node.type.startsWith('n8n-nodes-wechat-miniprogram.'))
				return { ...node, credentials: { weChatMiniProgramApi: { id: 'c', name: 'c' } } };
			return { ...node, type: `test.${node.type.split('.')[1]}`, parameters: {} };
		});
		const result = await runWorkflow({
			credentials,
			nodes,
			connections: example.connections,
			extraNodeTypes: {
				'test.scheduleTrigger': standIn('scheduleTrigger', async () => [{ json: {} }]),
				'test.httpRequest': standIn('httpRequest', async (ctx) => [
					{
						json: {},
						binary: {
							data: await ctx.helpers.prepareBinaryData(shareCodePng(7), 'room.png', 'image/png'),
						},
						pairedItem: { item: 0 },
					},
				]),
				'test.wait': standIn('wait', async (ctx) => ctx.getInputData()),
			},
		});
		expect(result.error).toBeUndefined();
		const [room] = weChat.rooms.rooms;
		const start = new Date(room.start_time * 1000);
		expect(room.end_time - room.start_time).toBe(2 * 3600);
		expect(start.getTime() - Date.now()).toBeGreaterThan(10 * 3600 * 1000);
		expect(start.getTime() - Date.now()).toBeLessThan(48 * 3600 * 1000);
		expect(weChat.media.media.size).toBe(3);
		expect(weChat.broadcast.roomGoods.get(room.roomid)!.map((goods) => goods.goods_id)).toEqual([
			1, 2, 3,
		]);
		expect(weChat.live.pushes.map((push) => push.roomId)).toEqual([1000, 1000]);
		expect(weChat.live.pushes.flatMap((push) => push.openids)).toHaveLength(2500);
	});
});
