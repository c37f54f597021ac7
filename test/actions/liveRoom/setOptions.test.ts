import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test("Set Options calls only the endpoints of the options given, with WeChat's inverted flags", async () => {
		const run = suite.onLastRoom(1);
		const result = await run('setOptions', {
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
		const none = await run('setOptions');
		expect(none.error?.message).toMatch(/add at least one option/);
	});
});
