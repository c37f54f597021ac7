import { liveRoomSuite } from './liveRoomHarness';
import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { byId, runBroadcast } from '../broadcastHarness';

describe('Live Room: create, update, delete and the room tools (against a local WeChat)', () => {
	const suite = liveRoomSuite();

	test('Delete removes the room; an unknown room is explained', async () => {
		suite.weChat.rooms.rooms = makeLiveRooms(2);
		const result = await runBroadcast(suite.weChat, {
			resource: 'liveRoom',
			operation: 'delete',
			roomId: byId(2),
		});
		expect(result.output('WeChat')).toEqual([{ roomId: 2, deleted: true }]);
		expect(suite.weChat.rooms.rooms.map((room) => room.roomid)).toEqual([1]);
		const missing = await runBroadcast(suite.weChat, {
			resource: 'liveRoom',
			operation: 'delete',
			roomId: byId(2),
		});
		expect(missing.error?.message).toMatch(
			/room\/deleteroom answered errcode 300022 \(the live room does not exist\)/,
		);
	});
});
