import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test('Get Replay reads every page of 100 and stops at the total', async () => {
		const run = suite.onLastRoom(1);
		suite.weChat.broadcast.replays.set(
			1,
			Array.from({ length: 230 }, (_, index) => ({
				media_url: `http://replay/${index}.mp4`,
				create_time: '2026-11-30T20:00:00Z',
				expire_time: '2027-05-30T20:00:00Z',
			})),
		);
		const result = await run('getReplay', { returnAll: true });
		expect(result.output('WeChat')).toHaveLength(230);
		expect(result.output('WeChat')[229]).toMatchObject({
			roomId: 1,
			media_url: 'http://replay/229.mp4',
		});
		const pages = suite.weChat.server
			.callsTo('/wxa/business/getliveinfo')
			.map((call) => [call.body.action, call.body.room_id, call.body.start, call.body.limit]);
		expect(pages).toEqual([
			['get_replay', 1, 0, 100],
			['get_replay', 1, 100, 100],
			['get_replay', 1, 200, 100],
		]);
	});
});
