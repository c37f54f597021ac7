import { liveRoomSuite } from './liveRoomHarness';
import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { byId, runBroadcast } from '../broadcastHarness';

describe('Live Room: create, update, delete and the room tools (against a local WeChat)', () => {
	const suite = liveRoomSuite();

	test('Get Push URL reads the push address with a GET', async () => {
		suite.weChat.rooms.rooms = makeLiveRooms(1);
		const result = await runBroadcast(suite.weChat, {
			resource: 'liveRoom',
			operation: 'getPushUrl',
			roomId: byId(1),
		});
		expect(result.output('WeChat')[0]).toEqual({
			roomId: 1,
			pushAddr: expect.stringMatching(/^rtmp:\/\/.*\/live\/1\?/),
		});
	});
});
