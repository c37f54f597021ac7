import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../../testkit/engine/runWorkflow';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import { secretsOf, weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import {
	addLiveRoomRoutes,
	makeLiveRooms,
	type FakeLiveRoomState,
} from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

const ROOMS = '/wxa/business/getliveinfo';
const { methods } = new WeChatMiniProgram(testTransport());

describe('Live Room > Get Many and the room picker (against a local WeChat)', () => {
	let server: FakeWeChatServer;
	let rooms: FakeLiveRoomState;

	beforeEach(async () => {
		server = await startFakeWeChat();
		rooms = addLiveRoomRoutes(server);
	});
	afterEach(async () => await server.stop());

	const getMany = (parameters: Record<string, unknown>, settings = {}) =>
		runWorkflow(
			itemsIntoWeChatNode(
				[{}],
				{ resource: 'liveRoom', operation: 'getMany', ...parameters },
				weChatCredentials(server),
				settings,
			),
		);
	const pages = () => server.callsTo(ROOMS).map((call) => [call.body.start, call.body.limit]);

	test('Return All reads 100-room pages and stops at the total, without an extra call', async () => {
		rooms.rooms = makeLiveRooms(250);
		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toHaveLength(250);
		expect(result.output('WeChat')[249]).toEqual(rooms.rooms[249]);
		expect(pages()).toEqual([
			[0, 100],
			[100, 100],
			[200, 100],
		]);
		rooms.rooms = makeLiveRooms(200);
		server.calls.length = 0;
		await getMany({ returnAll: true });
		expect(pages()).toHaveLength(2);
	});

	test('Limit asks for just that many rooms', async () => {
		rooms.rooms = makeLiveRooms(250);
		expect((await getMany({ returnAll: false, limit: 130 })).output('WeChat')).toHaveLength(130);
		expect(pages()).toEqual([
			[0, 100],
			[100, 30],
		]);
	});

	test('no rooms (errcode 9410000) is an empty result, not an error', async () => {
		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toEqual([]);
		expect(pages()).toHaveLength(1);
	});

	test('transient failures of this read are retried; a refusal is explained and leaks nothing', async () => {
		rooms.rooms = makeLiveRooms(3);
		server.injectFault(ROOMS, { kind: 'reset' });
		server.injectFault(ROOMS, { kind: 'http', status: 503 });
		expect((await getMany({ returnAll: true })).output('WeChat')).toHaveLength(3);
		server.injectFault(ROOMS, { kind: 'errcode', errcode: 300001 });
		const refused = await getMany({ returnAll: true }, { onError: 'continueRegularOutput' });
		expect(refused.output('WeChat')[0].error).toMatch(
			/errcode 300001 \(this Mini Program has no live broadcast permission\)/,
		);
		const shown = JSON.stringify(refused.run.data.resultData);
		for (const secret of secretsOf(server)) expect(shown).not.toContain(secret);
	});

	describe('searchLiveRooms (n8n-core LoadOptionsContext)', () => {
		const context = () =>
			loadOptionsContext(
				{ resource: 'liveMessage', operation: 'push' } as never,
				weChatCredentials(server),
				'parameters.roomId',
			);

		test('lists one page of 100 rooms, then the next page through the pagination token', async () => {
			rooms.rooms = makeLiveRooms(150);
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
				rooms.rooms.slice(100).map((room) => String(room.roomid)),
			);
			expect(second.paginationToken).toBeUndefined();
			expect(pages()).toEqual([
				[0, 100],
				[100, 100],
			]);
		});

		test('filters by name, anchor or id', async () => {
			rooms.rooms = makeLiveRooms(60);
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
			server.injectFault(ROOMS, { kind: 'errcode', errcode: 48001 });
			const failure = (await methods.listSearch.searchLiveRooms
				.call(context())
				.catch((error: Error) => error)) as Error;
			expect(failure.message).toMatch(/getliveinfo answered errcode 48001/);
			for (const secret of secretsOf(server))
				expect(JSON.stringify(failure) + failure.message).not.toContain(secret);
		});
	});
});
