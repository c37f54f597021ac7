import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { byId, inMinutes, png, runBroadcast, startBroadcastWeChat } from '../broadcastHarness';
import type { BroadcastWeChat } from '../broadcastHarness';

export const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
export const CREATE = '/wxaapi/broadcast/room/create';
export const UPLOAD = '/cgi-bin/media/upload';

/** The setup of "Live Room: create, update, delete and the room tools (against a local WeChat)". */
export function liveRoomSuite() {
	let weChat: BroadcastWeChat;
	beforeEach(async () => {
		weChat = await startBroadcastWeChat();
		weChat.broadcast.verified.add('anchor_wx');
	});
	afterEach(async () => await weChat.server.stop());

	const roomParameters = (overrides: Record<string, unknown> = {}) => ({
		resource: 'liveRoom',
		operation: 'create',
		name: '明日新品直播',
		startTime: iso(inMinutes(24 * 60)),
		endTime: iso(inMinutes(24 * 60 + 120)),
		anchorName: '小王',
		anchorWechat: 'anchor_wx',
		type: 1,
		roomOptions: { closeComment: true },
		...overrides,
	});
	const images = { cover: png(4000, 1), share: png(3000, 2), feeds: png(2000, 3) };
	/** Makes `count` rooms and returns a runner of Live Room operations on the last of them. */
	const onLastRoom = (count: number) => {
		weChat.rooms.rooms = makeLiveRooms(count);
		return async (operation: string, extra: Record<string, unknown> = {}) =>
			await runBroadcast(weChat, {
				resource: 'liveRoom',
				operation,
				roomId: byId(count),
				...extra,
			});
	};
	return {
		get weChat() {
			return weChat;
		},
		roomParameters,
		images,
		onLastRoom,
	};
}

/** The describe block each test file of the room tools is: `tests` get the suite's setup. */
export function describeRoomTools(tests: (suite: ReturnType<typeof liveRoomSuite>) => void) {
	describe('Live Room: create, update, delete and the room tools (against a local WeChat)', () =>
		tests(liveRoomSuite()));
}
