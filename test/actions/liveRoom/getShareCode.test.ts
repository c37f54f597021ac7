import { describeRoomTools } from './liveRoomHarness';
import { shareCodePng } from '../../../testkit/servers/fakeWeChat/broadcastRoutes';

describeRoomTools((suite) => {
	test('Get Share Code outputs the code path and its image as binary data', async () => {
		const result = await suite.onLastRoom(3)('getShareCode', {
			binaryPropertyName: 'code',
			params: '{"source": "poster"}',
		});
		expect(result.error).toBeUndefined();
		const item = result.run.data.resultData.runData.WeChat[0].data!.main[0]![0];
		expect(item.json).toMatchObject({ roomId: 3, pagePath: expect.stringContaining('room_id=3') });
		expect(Buffer.from(item.binary!.code.data, 'base64')).toEqual(shareCodePng(3));
		expect(item.binary!.code.mimeType).toBe('image/png');
		// The custom parameters travel as URL-encoded JSON.
		expect(
			suite.weChat.server.callsTo('/wxaapi/broadcast/room/getsharedcode')[0].query.params,
		).toBe(encodeURIComponent('{"source": "poster"}'));
	});

	test('Get Share Code retries the image download through the retry loop on a 5xx, not on a 404', async () => {
		const run = suite.onLastRoom(2);
		const parameters = { binaryPropertyName: 'code' };
		suite.weChat.server.injectFault('/cdn/sharecode', { kind: 'http', status: 502 }, 2);
		const retried = await run('getShareCode', parameters);
		expect(retried.error).toBeUndefined();
		const item = retried.run.data.resultData.runData.WeChat[0].data!.main[0]![0];
		expect(Buffer.from(item.binary!.code.data, 'base64')).toEqual(shareCodePng(2));
		expect(suite.weChat.server.callsTo('/cdn/sharecode')).toHaveLength(3);

		suite.weChat.server.calls.length = 0;
		suite.weChat.server.injectFault('/cdn/sharecode', { kind: 'http', status: 404 });
		const missing = await run('getShareCode', parameters);
		expect(missing.error?.message).toMatch(
			/^Downloading the image at http:\/\/127\.0\.0\.1:\d+\/cdn\/sharecode\?roomId=2 failed: HTTP 404$/,
		);
		expect(suite.weChat.server.callsTo('/cdn/sharecode')).toHaveLength(1);
	});
});
