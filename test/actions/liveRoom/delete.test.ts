import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test('Delete removes the room; an unknown room is explained', async () => {
		const run = suite.onLastRoom(2);
		expect((await run('delete')).output('WeChat')).toEqual([{ roomId: 2, deleted: true }]);
		expect(suite.weChat.rooms.rooms.map((room) => room.roomid)).toEqual([1]);
		expect((await run('delete')).error?.message).toMatch(
			/room\/deleteroom answered errcode 300022 \(the live room does not exist\)/,
		);
	});
});
