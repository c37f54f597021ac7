import { liveRoomListSuite, ROOMS, methods } from '../actions/liveRoom/liveRoomListHarness';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import { secretsOf, weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { makeLiveRooms } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';

describe('Live Room > Get Many and the room picker (against a local WeChat)', () => {
	const suite = liveRoomListSuite();

	describe('searchLiveRooms (n8n-core LoadOptionsContext)', () => {
		const context = () =>
			loadOptionsContext(
				{ resource: 'liveMessage', operation: 'push' } as never,
				weChatCredentials(suite.server),
				'parameters.roomId',
			);

		test('lists one page of 100 rooms, then the next page through the pagination token', async () => {
			suite.rooms.rooms = makeLiveRooms(150);
			const first = await methods.listSearch.searchLiveRooms.call(context());
			expect(first.results).toHaveLength(100);
			expect(first.results[0]).toEqual({
				name: '直播间 1 (1)',
				value: '1',
				description: 'live, anchor 小王',
			});
			expect(first.paginationToken).toBe('100');
			const second = await methods.listSearch.searchLiveRooms.call(
				context(),
				undefined,
				first.paginationToken,
			);
			expect(second.results.map((room) => room.value)).toEqual(
				suite.rooms.rooms.slice(100).map((room) => String(room.roomid)),
			);
			expect(second.paginationToken).toBeUndefined();
			expect(suite.pages()).toEqual([
				[0, 100],
				[100, 100],
			]);
		});

		test('filters by name, anchor or id', async () => {
			suite.rooms.rooms = makeLiveRooms(60);
			const flash = await methods.listSearch.searchLiveRooms.call(context(), 'flash sale');
			expect(flash.results.map((room) => room.name)).toEqual([
				'Flash Sale 10 (10)',
				'Flash Sale 20 (20)',
				'Flash Sale 30 (30)',
				'Flash Sale 40 (40)',
				'Flash Sale 50 (50)',
				'Flash Sale 60 (60)',
			]);
			expect(
				(await methods.listSearch.searchLiveRooms.call(context(), '42')).results.map(
					(room) => room.value,
				),
			).toEqual(['42']);
			expect(
				(await methods.listSearch.searchLiveRooms.call(context(), 'lily')).results,
			).toHaveLength(30);
		});

		test('an account without rooms gets an empty list', async () => {
			expect(await methods.listSearch.searchLiveRooms.call(context())).toEqual({
				results: [],
				paginationToken: undefined,
			});
		});

		test('a refusal is a readable error without secrets', async () => {
			suite.server.injectFault(ROOMS, { kind: 'errcode', errcode: 48001 });
			const failure = (await methods.listSearch.searchLiveRooms
				.call(context())
				.catch((error: Error) => error)) as Error;
			expect(failure.message).toMatch(/getliveinfo answered errcode 48001/);
			for (const secret of secretsOf(suite.server))
				expect(JSON.stringify(failure) + failure.message).not.toContain(secret);
		});
	});
});
