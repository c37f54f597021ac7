import { WeChatMiniProgram } from '../../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../../testkit/engine/nodeTransport';
import { addLiveRoomRoutes } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { runOnWeChat, useWeChatWith } from '../operationHarness';

export const ROOMS = '/wxa/business/getliveinfo';
export const { methods } = new WeChatMiniProgram(testTransport());

/** The setup of "Live Room > Get Many and the room picker (against a local WeChat)": each test file of it calls this in its describe. */
export function liveRoomListSuite() {
	const weChat = useWeChatWith((server) => ({ rooms: addLiveRoomRoutes(server) }));
	const getMany = (parameters: Record<string, unknown>, settings = {}) =>
		runOnWeChat(
			weChat().server,
			{ resource: 'liveRoom', operation: 'getMany', ...parameters },
			{ settings },
		);
	const pages = () =>
		weChat()
			.server.callsTo(ROOMS)
			.map((call) => [call.body.start, call.body.limit]);
	return {
		get server() {
			return weChat().server;
		},
		get rooms() {
			return weChat().rooms;
		},
		getMany,
		pages,
	};
}
