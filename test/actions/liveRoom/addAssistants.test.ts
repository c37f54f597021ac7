import { describeRoomTools } from './liveRoomHarness';

describeRoomTools((suite) => {
	test('Assistants: add, update, list, remove; a second add of one user is explained', async () => {
		const run = suite.onLastRoom(1);
		const added = await run('addAssistants', {
			assistants: {
				assistant: [
					{ username: 'helper_a', nickname: '小助手A' },
					{ username: 'helper_b', nickname: 'B' },
				],
			},
		});
		expect(added.output('WeChat')).toEqual([{ roomId: 1, added: ['helper_a', 'helper_b'] }]);
		expect(
			(await run('updateAssistant', { username: 'helper_b', nickname: '小助手B' })).error,
		).toBeUndefined();
		const list = await run('getAssistants', {});
		expect(list.output('WeChat').map((entry) => [entry.alias, entry.nickname])).toEqual([
			['helper_a', '小助手A'],
			['helper_b', '小助手B'],
		]);
		expect((await run('removeAssistant', { username: 'helper_a' })).output('WeChat')).toEqual([
			{ roomId: 1, username: 'helper_a', removed: true },
		]);
		const again = await run('addAssistants', {
			assistants: { assistant: [{ username: 'helper_b', nickname: 'B' }] },
		});
		expect(again.error?.message).toMatch(
			/errcode 600001 \(the user is already an assistant of this room\)/,
		);
		const empty = await run('addAssistants', {
			assistants: { assistant: [{ username: 'x', nickname: '' }] },
		});
		expect(empty.error?.message).toMatch(/assistant 1 needs both a WeChat ID and a nickname/);
	});
});
