import { describeRoomTools } from './liveRoomHarness';
import { byId, runBroadcast } from '../broadcastHarness';

describeRoomTools((suite) => {
	test('Update edits a room that has not started; a started room is explained', async () => {
		await runBroadcast(suite.weChat, suite.roomParameters(), [{ binary: suite.images }]);
		const update = await runBroadcast(
			suite.weChat,
			suite.roomParameters({ operation: 'update', roomId: byId(1000), name: '改名后的直播间' }),
			[{ binary: suite.images }],
		);
		expect(update.output('WeChat')).toEqual([{ roomId: 1000, updated: true }]);
		expect(suite.weChat.rooms.rooms[0].name).toBe('改名后的直播间');
		expect(suite.weChat.server.callsTo('/wxaapi/broadcast/room/editroom')[0].body.id).toBe(1000);
		suite.weChat.rooms.rooms[0].live_status = 101;
		const started = await runBroadcast(
			suite.weChat,
			suite.roomParameters({ operation: 'update', roomId: byId(1000) }),
			[{ binary: suite.images }],
		);
		expect(started.error?.message).toMatch(/errcode 300023 \(the room's state does not allow this/);
	});
});
