import { liveRoomSuite } from './liveRoomHarness';
import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { byId, runBroadcast } from '../broadcastHarness';

describe('Live Room: create, update, delete and the room tools (against a local WeChat)', () => {
	const suite = liveRoomSuite();

	test("Set Options calls only the endpoints of the options given, with WeChat's inverted flags", async () => {
		suite.weChat.rooms.rooms = makeLiveRooms(1);
		const result = await runBroadcast(suite.weChat, {
			resource: 'liveRoom',
			operation: 'setOptions',
			roomId: byId(1),
			roomSwitches: { replay: true, comments: false, feedsPublic: false },
		});
		expect(result.output('WeChat')).toEqual([
			{ roomId: 1, feedsPublic: false, replay: true, comments: false },
		]);
		const paths = suite.weChat.server.calls
			.filter((call) => call.path.includes('/room/update'))
			.map((call) => [call.path.split('/').pop(), call.body]);
		expect(paths).toEqual([
			['updatefeedpublic', { roomId: 1, isFeedsPublic: 0 }],
			['updatereplay', { roomId: 1, closeReplay: 0 }],
			['updatecomment', { roomId: 1, banComment: 1 }],
		]);
		const none = await runBroadcast(suite.weChat, {
			resource: 'liveRoom',
			operation: 'setOptions',
			roomId: byId(1),
		});
		expect(none.error?.message).toMatch(/add at least one option/);
	});
});
