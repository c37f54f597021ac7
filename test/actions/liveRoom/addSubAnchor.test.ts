import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test('Sub-anchor: add, get, update, remove; rules WeChat enforces are explained', async () => {
		const run = suite.onLastRoom(1);
		suite.weChat.broadcast.verified.add('second_wx').add('third_wx');
		expect((await run('addSubAnchor', { username: 'second_wx' })).output('WeChat')).toEqual([
			{ roomId: 1, subAnchor: 'second_wx' },
		]);
		expect((await run('getSubAnchor')).output('WeChat')).toEqual([
			{ roomId: 1, subAnchor: 'second_wx' },
		]);
		expect((await run('addSubAnchor', { username: 'third_wx' })).error?.message).toMatch(
			/errcode 500003 \(a sub-anchor is already set/,
		);
		expect((await run('updateSubAnchor', { username: 'third_wx' })).error).toBeUndefined();
		expect(suite.weChat.broadcast.subAnchors.get(1)).toBe('third_wx');
		expect((await run('updateSubAnchor', { username: 'unverified' })).error?.message).toMatch(
			/errcode 500002/,
		);
		expect((await run('removeSubAnchor')).output('WeChat')).toEqual([
			{ roomId: 1, subAnchorRemoved: true },
		]);
		expect((await run('getSubAnchor')).output('WeChat')).toEqual([{ roomId: 1, subAnchor: '' }]);
	});
});
