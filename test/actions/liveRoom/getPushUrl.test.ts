import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test('Get Push URL reads the push address with a GET', async () => {
		const result = await suite.onLastRoom(1)('getPushUrl');
		expect(result.output('WeChat')[0]).toEqual({
			roomId: 1,
			pushAddr: expect.stringMatching(/^rtmp:\/\/.*\/live\/1\?/),
		});
	});
});
