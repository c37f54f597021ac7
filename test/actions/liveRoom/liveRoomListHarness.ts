import { WeChatMiniProgram } from '../../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoomRoutes } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import type { FakeLiveRoomState } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

export const ROOMS = '/wxa/business/getliveinfo';
export const { methods } = new WeChatMiniProgram(testTransport());

/** The setup of "Live Room > Get Many and the room picker (against a local WeChat)": each test file of it calls this in its describe. */
export function liveRoomListSuite() {
	let server: FakeWeChatServer;
	let rooms: FakeLiveRoomState;

	beforeEach(async () => {
		server = await startFakeWeChat();
		rooms = addLiveRoomRoutes(server);
	});
	afterEach(async () => await server.stop());

	const getMany = (parameters: Record<string, unknown>, settings = {}) =>
		runWorkflow(
			itemsIntoWeChatNode(
				[{}],
				{ resource: 'liveRoom', operation: 'getMany', ...parameters },
				weChatCredentials(server),
				settings,
			),
		);
	const pages = () => server.callsTo(ROOMS).map((call) => [call.body.start, call.body.limit]);
	return {
		get server() {
			return server;
		},
		get rooms() {
			return rooms;
		},
		getMany,
		pages,
	};
}
