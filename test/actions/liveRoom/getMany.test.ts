import { liveRoomListSuite, ROOMS } from './liveRoomListHarness';
import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';
import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';

describe('Live Room > Get Many and the room picker (against a local WeChat)', () => {
	const suite = liveRoomListSuite();

	test('Return All reads 100-room pages and stops at the total, without an extra call', async () => {
		suite.rooms.rooms = makeLiveRooms(250);
		const result = await suite.getMany({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toHaveLength(250);
		expect(result.output('WeChat')[249]).toEqual(suite.rooms.rooms[249]);
		expect(suite.pages()).toEqual([
			[0, 100],
			[100, 100],
			[200, 100],
		]);
		suite.rooms.rooms = makeLiveRooms(200);
		suite.server.calls.length = 0;
		await suite.getMany({ returnAll: true });
		expect(suite.pages()).toHaveLength(2);
	});

	test('Limit asks for just that many rooms', async () => {
		suite.rooms.rooms = makeLiveRooms(250);
		expect((await suite.getMany({ returnAll: false, limit: 130 })).output('WeChat')).toHaveLength(
			130,
		);
		expect(suite.pages()).toEqual([
			[0, 100],
			[100, 30],
		]);
	});

	test('no rooms (errcode 9410000) is an empty result, not an error', async () => {
		const result = await suite.getMany({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toEqual([]);
		expect(suite.pages()).toHaveLength(1);
	});

	test('transient failures of this read are retried; a refusal is explained and leaks nothing', async () => {
		suite.rooms.rooms = makeLiveRooms(3);
		suite.server.injectFault(ROOMS, { kind: 'reset' });
		suite.server.injectFault(ROOMS, { kind: 'http', status: 503 });
		expect((await suite.getMany({ returnAll: true })).output('WeChat')).toHaveLength(3);
		suite.server.injectFault(ROOMS, { kind: 'errcode', errcode: 300001 });
		const refused = await suite.getMany({ returnAll: true }, { onError: 'continueRegularOutput' });
		expect(refused.output('WeChat')[0].error).toMatch(
			/errcode 300001 \(this Mini Program has no live broadcast permission\)/,
		);
		const shown = JSON.stringify(refused.run.data.resultData);
		for (const secret of secretsOf(suite.server)) expect(shown).not.toContain(secret);
	});
});
