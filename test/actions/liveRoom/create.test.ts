import { describeRoomTools, iso, CREATE, UPLOAD } from './liveRoomHarness';
import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';
import { inMinutes, png, runBroadcast } from '../broadcastHarness';

describeRoomTools((suite) => {
	test('Create uploads the three images from binary input as temporary media and creates the room', async () => {
		const result = await runBroadcast(suite.weChat, suite.roomParameters(), [
			{ binary: suite.images },
		]);
		expect(result.error).toBeUndefined();
		const [created] = result.output('WeChat');
		expect(created).toMatchObject({ roomId: 1000, name: '明日新品直播' });
		const uploads = suite.weChat.server.callsTo(UPLOAD);
		expect(uploads).toHaveLength(3);
		expect(uploads.every((call) => call.query.type === 'image')).toBe(true);
		// The bytes arrive unchanged (multipart built by hand, not mangled as text).
		const stored = [...suite.weChat.media.media.values()];
		expect(stored.map((file) => file.bytes)).toEqual([
			suite.images.cover.data,
			suite.images.share.data,
			suite.images.feeds.data,
		]);
		const [body] = suite.weChat.server.callsTo(CREATE).map((call) => call.body);
		expect(body).toMatchObject({ type: 1, closeComment: 1, closeLike: 0, isFeedsPublic: 1 });
		expect(suite.weChat.media.media.has(String(body.coverImg))).toBe(true);
		expect(suite.weChat.rooms.rooms.map((room) => room.name)).toEqual(['明日新品直播']);
		expect(suite.weChat.live.rooms.has(1000)).toBe(true);
	});

	test('Create takes media ids instead of binary input', async () => {
		const ids = ['cover', 'share', 'feeds'].map((name) => {
			suite.weChat.media.media.set(`MEDIA_${name}`, {
				fileName: name,
				contentType: 'image/png',
				bytes: Buffer.from('x'),
			});
			return `MEDIA_${name}`;
		});
		const result = await runBroadcast(
			suite.weChat,
			suite.roomParameters({
				coverImgSource: 'mediaId',
				coverImgMediaId: ids[0],
				shareImgSource: 'mediaId',
				shareImgMediaId: ids[1],
				feedsImgSource: 'mediaId',
				feedsImgMediaId: ids[2],
			}),
		);
		expect(result.error).toBeUndefined();
		expect(suite.weChat.server.callsTo(UPLOAD)).toHaveLength(0);
		expect(suite.weChat.server.callsTo(CREATE)[0].body).toMatchObject({
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
			const result = await runBroadcast(suite.weChat, suite.roomParameters(overrides), [
				{ binary: suite.images },
			]);
			expect(result.error?.message).toMatch(/WeChat room\/create was not called/);
			expect(result.error?.message).toMatch(message);
			expect(
				suite.weChat.server.calls.filter((call) => call.path !== '/cgi-bin/stable_token'),
			).toEqual([]);
		},
	);

	test('an image above its documented size is refused before any upload', async () => {
		const result = await runBroadcast(suite.weChat, suite.roomParameters(), [
			{ binary: { ...suite.images, feeds: png(100 * 1024 + 1) } },
		]);
		expect(result.error?.message).toMatch(
			/Feeds Image \(binary field "feeds"\) is 102401 bytes; WeChat takes at most 102400/,
		);
		expect(suite.weChat.server.callsTo(UPLOAD)).toHaveLength(0);
		const text = await runBroadcast(suite.weChat, suite.roomParameters(), [
			{ binary: { ...suite.images, cover: { data: Buffer.from('hi'), mimeType: 'text/plain' } } },
		]);
		expect(text.error?.message).toMatch(
			/Cover Image \(binary field "cover"\) is text\/plain, not an image/,
		);
	});

	test('an unclear create is reported and never resent; a timed-out upload is retried (temporary media is harmless)', async () => {
		suite.weChat.server.injectFault(UPLOAD, { kind: 'resetAfterHandling' });
		suite.weChat.server.injectFault(CREATE, { kind: 'resetAfterHandling' });
		const result = await runBroadcast(suite.weChat, suite.roomParameters(), [
			{ binary: suite.images },
		]);
		expect(result.error?.message).toMatch(/room\/create: no clear answer .* not resent/);
		expect(suite.weChat.server.callsTo(CREATE)).toHaveLength(1);
		expect(suite.weChat.rooms.rooms).toHaveLength(1);
		expect(suite.weChat.server.callsTo(UPLOAD)).toHaveLength(4);
	});

	test("WeChat's refusals are explained: unverified anchor, frequency limit resent", async () => {
		const unverified = await runBroadcast(
			suite.weChat,
			suite.roomParameters({ anchorWechat: 'nobody' }),
			[{ binary: suite.images }],
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
		suite.weChat.server.injectFault(CREATE, { kind: 'errcode', errcode: 45011 });
		const limited = await runBroadcast(suite.weChat, suite.roomParameters(), [
			{ binary: suite.images },
		]);
		expect(limited.error).toBeUndefined();
		expect(suite.weChat.rooms.rooms).toHaveLength(1);
		const shown = JSON.stringify([unverified.run.data.resultData, limited.run.data.resultData]);
		for (const secret of secretsOf(suite.weChat.server)) expect(shown).not.toContain(secret);
	});
});
