import { secretsOf } from '../../testkit/servers/fakeWeChat/credentials';
import { shareCodePng } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import { makeLiveRooms } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import {
	byId,
	inMinutes,
	png,
	runBroadcast,
	startBroadcastWeChat,
	type BroadcastWeChat,
} from './broadcastHarness';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const CREATE = '/wxaapi/broadcast/room/create';
const UPLOAD = '/cgi-bin/media/upload';

describe('Live Room: create, update, delete and the room tools (against a local WeChat)', () => {
	let weChat: BroadcastWeChat;
	beforeEach(async () => {
		weChat = await startBroadcastWeChat();
		weChat.broadcast.verified.add('anchor_wx');
	});
	afterEach(async () => await weChat.server.stop());

	const roomParameters = (overrides: Record<string, unknown> = {}) => ({
		resource: 'liveRoom',
		operation: 'create',
		name: '明日新品直播',
		startTime: iso(inMinutes(24 * 60)),
		endTime: iso(inMinutes(24 * 60 + 120)),
		anchorName: '小王',
		anchorWechat: 'anchor_wx',
		type: 1,
		roomOptions: { closeComment: true },
		...overrides,
	});
	const images = { cover: png(4000, 1), share: png(3000, 2), feeds: png(2000, 3) };

	test('Create uploads the three images from binary input as temporary media and creates the room', async () => {
		const result = await runBroadcast(weChat, roomParameters(), [{ binary: images }]);
		expect(result.error).toBeUndefined();
		const [created] = result.output('WeChat');
		expect(created).toMatchObject({ roomId: 1000, name: '明日新品直播' });
		const uploads = weChat.server.callsTo(UPLOAD);
		expect(uploads).toHaveLength(3);
		expect(uploads.every((call) => call.query.type === 'image')).toBe(true);
		// The bytes arrive unchanged (multipart built by hand, not mangled as text).
		const stored = [...weChat.media.media.values()];
		expect(stored.map((file) => file.bytes)).toEqual([
			images.cover.data,
			images.share.data,
			images.feeds.data,
		]);
		const [body] = weChat.server.callsTo(CREATE).map((call) => call.body);
		expect(body).toMatchObject({ type: 1, closeComment: 1, closeLike: 0, isFeedsPublic: 1 });
		expect(weChat.media.media.has(String(body.coverImg))).toBe(true);
		expect(weChat.rooms.rooms.map((room) => room.name)).toEqual(['明日新品直播']);
		expect(weChat.live.rooms.has(1000)).toBe(true);
	});

	test('Create takes media ids instead of binary input', async () => {
		const ids = ['cover', 'share', 'feeds'].map((name) => {
			weChat.media.media.set(`MEDIA_${name}`, {
				fileName: name,
				contentType: 'image/png',
				bytes: Buffer.from('x'),
			});
			return `MEDIA_${name}`;
		});
		const result = await runBroadcast(
			weChat,
			roomParameters({
				coverImgSource: 'mediaId',
				coverImgMediaId: ids[0],
				shareImgSource: 'mediaId',
				shareImgMediaId: ids[1],
				feedsImgSource: 'mediaId',
				feedsImgMediaId: ids[2],
			}),
		);
		expect(result.error).toBeUndefined();
		expect(weChat.server.callsTo(UPLOAD)).toHaveLength(0);
		expect(weChat.server.callsTo(CREATE)[0].body).toMatchObject({
			coverImg: ids[0],
			feedsImg: ids[2],
		});
	});

	test.each([
		[
			'a start 5 minutes ahead',
			{ startTime: iso(inMinutes(5)), endTime: iso(inMinutes(65)) },
			/at least 10 minutes from now/,
		],
		[
			'a start 7 months ahead',
			{ startTime: iso(inMinutes(60 * 24 * 213)), endTime: iso(inMinutes(60 * 24 * 213 + 60)) },
			/within 6 months/,
		],
		[
			'20 minutes long',
			{ endTime: iso(inMinutes(24 * 60 + 20)) },
			/30 minutes to 24 hours; .* is 20 minutes/,
		],
		['25 hours long', { endTime: iso(inMinutes(24 * 60 + 25 * 60)) }, /30 minutes to 24 hours/],
		[
			'a 2-character name',
			{ name: '直播' },
			/Room name "直播" is 4 characters wide; WeChat takes 6 to 34/,
		],
		['an 18-character name', { name: '一二三四五六七八九十一二三四五六七八' }, /takes 6 to 34/],
		['a 1-character anchor', { anchorName: '王' }, /Anchor name "王" is 2 characters wide/],
		['no time', { startTime: 'tomorrow' }, /Start Time is not a date and time/],
	])(
		'Create refuses %s before sending anything (no upload, no create)',
		async (_case, overrides, message) => {
			const result = await runBroadcast(weChat, roomParameters(overrides), [{ binary: images }]);
			expect(result.error?.message).toMatch(/WeChat room\/create was not called/);
			expect(result.error?.message).toMatch(message);
			expect(weChat.server.calls.filter((call) => call.path !== '/cgi-bin/stable_token')).toEqual(
				[],
			);
		},
	);

	test('an image above its documented size is refused before any upload', async () => {
		const result = await runBroadcast(weChat, roomParameters(), [
			{ binary: { ...images, feeds: png(100 * 1024 + 1) } },
		]);
		expect(result.error?.message).toMatch(
			/Feeds Image \(binary field "feeds"\) is 102401 bytes; WeChat takes at most 102400/,
		);
		expect(weChat.server.callsTo(UPLOAD)).toHaveLength(0);
		const text = await runBroadcast(weChat, roomParameters(), [
			{ binary: { ...images, cover: { data: Buffer.from('hi'), mimeType: 'text/plain' } } },
		]);
		expect(text.error?.message).toMatch(
			/Cover Image \(binary field "cover"\) is text\/plain, not an image/,
		);
	});

	test('an unclear create is reported and never resent; a timed-out upload is retried (temporary media is harmless)', async () => {
		weChat.server.injectFault(UPLOAD, { kind: 'resetAfterHandling' });
		weChat.server.injectFault(CREATE, { kind: 'resetAfterHandling' });
		const result = await runBroadcast(weChat, roomParameters(), [{ binary: images }]);
		expect(result.error?.message).toMatch(/room\/create: no clear answer .* not resent/);
		expect(weChat.server.callsTo(CREATE)).toHaveLength(1);
		expect(weChat.rooms.rooms).toHaveLength(1);
		expect(weChat.server.callsTo(UPLOAD)).toHaveLength(4);
	});

	test("WeChat's refusals are explained: unverified anchor, frequency limit resent", async () => {
		const unverified = await runBroadcast(
			weChat,
			roomParameters({ anchorWechat: 'nobody' }),
			[{ binary: images }],
			{ onError: 'continueRegularOutput' },
		);
		expect(unverified.output('WeChat')[0].error).toMatch(
			/errcode 300036 \(the anchor's WeChat ID has no real-name verification/,
		);
		// WeChat's verification QR code travels with the error, in the message and as its own field.
		expect(unverified.output('WeChat')[0]).toMatchObject({
			error: expect.stringMatching(
				/\. real-name verification QR code: https:\/\/res\.wx\.qq\.com\/op_res\/realname-check$/,
			),
			qrcode_url: 'https://res.wx.qq.com/op_res/realname-check',
		});
		weChat.server.injectFault(CREATE, { kind: 'errcode', errcode: 45011 });
		const limited = await runBroadcast(weChat, roomParameters(), [{ binary: images }]);
		expect(limited.error).toBeUndefined();
		expect(weChat.rooms.rooms).toHaveLength(1);
		const shown = JSON.stringify([unverified.run.data.resultData, limited.run.data.resultData]);
		for (const secret of secretsOf(weChat.server)) expect(shown).not.toContain(secret);
	});

	test('Update edits a room that has not started; a started room is explained', async () => {
		await runBroadcast(weChat, roomParameters(), [{ binary: images }]);
		const update = await runBroadcast(
			weChat,
			roomParameters({ operation: 'update', roomId: byId(1000), name: '改名后的直播间' }),
			[{ binary: images }],
		);
		expect(update.output('WeChat')).toEqual([{ roomId: 1000, updated: true }]);
		expect(weChat.rooms.rooms[0].name).toBe('改名后的直播间');
		expect(weChat.server.callsTo('/wxaapi/broadcast/room/editroom')[0].body.id).toBe(1000);
		weChat.rooms.rooms[0].live_status = 101;
		const started = await runBroadcast(
			weChat,
			roomParameters({ operation: 'update', roomId: byId(1000) }),
			[{ binary: images }],
		);
		expect(started.error?.message).toMatch(/errcode 300023 \(the room's state does not allow this/);
	});

	test('Delete removes the room; an unknown room is explained', async () => {
		weChat.rooms.rooms = makeLiveRooms(2);
		const result = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'delete',
			roomId: byId(2),
		});
		expect(result.output('WeChat')).toEqual([{ roomId: 2, deleted: true }]);
		expect(weChat.rooms.rooms.map((room) => room.roomid)).toEqual([1]);
		const missing = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'delete',
			roomId: byId(2),
		});
		expect(missing.error?.message).toMatch(
			/room\/deleteroom answered errcode 300022 \(the live room does not exist\)/,
		);
	});

	test('Get Push URL reads the push address with a GET', async () => {
		weChat.rooms.rooms = makeLiveRooms(1);
		const result = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'getPushUrl',
			roomId: byId(1),
		});
		expect(result.output('WeChat')[0]).toEqual({
			roomId: 1,
			pushAddr: expect.stringMatching(/^rtmp:\/\/.*\/live\/1\?/),
		});
	});

	test('Get Share Code outputs the code path and its image as binary data', async () => {
		weChat.rooms.rooms = makeLiveRooms(3);
		const result = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'getShareCode',
			roomId: byId(3),
			binaryPropertyName: 'code',
			params: '{"source": "poster"}',
		});
		expect(result.error).toBeUndefined();
		const item = result.run.data.resultData.runData.WeChat[0].data!.main[0]![0];
		expect(item.json).toMatchObject({ roomId: 3, pagePath: expect.stringContaining('room_id=3') });
		expect(Buffer.from(item.binary!.code.data, 'base64')).toEqual(shareCodePng(3));
		expect(item.binary!.code.mimeType).toBe('image/png');
		// The custom parameters travel as URL-encoded JSON.
		expect(weChat.server.callsTo('/wxaapi/broadcast/room/getsharedcode')[0].query.params).toBe(
			encodeURIComponent('{"source": "poster"}'),
		);
	});

	test('Get Share Code retries the image download through the retry loop on a 5xx, not on a 404', async () => {
		weChat.rooms.rooms = makeLiveRooms(2);
		const parameters = {
			resource: 'liveRoom',
			operation: 'getShareCode',
			roomId: byId(2),
			binaryPropertyName: 'code',
		};
		weChat.server.injectFault('/cdn/sharecode', { kind: 'http', status: 502 }, 2);
		const retried = await runBroadcast(weChat, parameters);
		expect(retried.error).toBeUndefined();
		const item = retried.run.data.resultData.runData.WeChat[0].data!.main[0]![0];
		expect(Buffer.from(item.binary!.code.data, 'base64')).toEqual(shareCodePng(2));
		expect(weChat.server.callsTo('/cdn/sharecode')).toHaveLength(3);

		weChat.server.calls.length = 0;
		weChat.server.injectFault('/cdn/sharecode', { kind: 'http', status: 404 });
		const missing = await runBroadcast(weChat, parameters);
		expect(missing.error?.message).toMatch(
			/^Downloading the image at http:\/\/127\.0\.0\.1:\d+\/cdn\/sharecode\?roomId=2 failed: HTTP 404$/,
		);
		expect(weChat.server.callsTo('/cdn/sharecode')).toHaveLength(1);
	});

	test('Get Replay reads every page of 100 and stops at the total', async () => {
		weChat.rooms.rooms = makeLiveRooms(1);
		weChat.broadcast.replays.set(
			1,
			Array.from({ length: 230 }, (_, index) => ({
				media_url: `http://replay/${index}.mp4`,
				create_time: '2026-11-30T20:00:00Z',
				expire_time: '2027-05-30T20:00:00Z',
			})),
		);
		const result = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'getReplay',
			roomId: byId(1),
			returnAll: true,
		});
		expect(result.output('WeChat')).toHaveLength(230);
		expect(result.output('WeChat')[229]).toMatchObject({
			roomId: 1,
			media_url: 'http://replay/229.mp4',
		});
		const pages = weChat.server
			.callsTo('/wxa/business/getliveinfo')
			.map((call) => [call.body.action, call.body.room_id, call.body.start, call.body.limit]);
		expect(pages).toEqual([
			['get_replay', 1, 0, 100],
			['get_replay', 1, 100, 100],
			['get_replay', 1, 200, 100],
		]);
	});

	test("Set Options calls only the endpoints of the options given, with WeChat's inverted flags", async () => {
		weChat.rooms.rooms = makeLiveRooms(1);
		const result = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'setOptions',
			roomId: byId(1),
			roomSwitches: { replay: true, comments: false, feedsPublic: false },
		});
		expect(result.output('WeChat')).toEqual([
			{ roomId: 1, feedsPublic: false, replay: true, comments: false },
		]);
		const paths = weChat.server.calls
			.filter((call) => call.path.includes('/room/update'))
			.map((call) => [call.path.split('/').pop(), call.body]);
		expect(paths).toEqual([
			['updatefeedpublic', { roomId: 1, isFeedsPublic: 0 }],
			['updatereplay', { roomId: 1, closeReplay: 0 }],
			['updatecomment', { roomId: 1, banComment: 1 }],
		]);
		const none = await runBroadcast(weChat, {
			resource: 'liveRoom',
			operation: 'setOptions',
			roomId: byId(1),
		});
		expect(none.error?.message).toMatch(/add at least one option/);
	});

	test('Assistants: add, update, list, remove; a second add of one user is explained', async () => {
		weChat.rooms.rooms = makeLiveRooms(1);
		const run = (operation: string, extra: Record<string, unknown>) =>
			runBroadcast(weChat, { resource: 'liveRoom', operation, roomId: byId(1), ...extra });
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

	test('Sub-anchor: add, get, update, remove; rules WeChat enforces are explained', async () => {
		weChat.rooms.rooms = makeLiveRooms(1);
		weChat.broadcast.verified.add('second_wx').add('third_wx');
		const run = (operation: string, extra: Record<string, unknown> = {}) =>
			runBroadcast(weChat, { resource: 'liveRoom', operation, roomId: byId(1), ...extra });
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
		expect(weChat.broadcast.subAnchors.get(1)).toBe('third_wx');
		expect((await run('updateSubAnchor', { username: 'unverified' })).error?.message).toMatch(
			/errcode 500002/,
		);
		expect((await run('removeSubAnchor')).output('WeChat')).toEqual([
			{ roomId: 1, subAnchorRemoved: true },
		]);
		expect((await run('getSubAnchor')).output('WeChat')).toEqual([{ roomId: 1, subAnchor: '' }]);
	});
});
