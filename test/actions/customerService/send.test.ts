import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';
import {
	addUser,
	userEnteredSession,
	userWrote,
} from '../../../testkit/servers/fakeWeChat/customerServiceRoutes';
import { png } from '../broadcastHarness';
import { HOUR, MINUTE, SEND, useCustomerService, UPLOAD } from './customerServiceHarness';

describe('Customer Service > Send (through the n8n engine, against a local WeChat)', () => {
	const { weChat, run } = useCustomerService();

	const sendText = (openids: string[], content = '您好,有什么可以帮您?', settings = {}) =>
		run(
			{ operation: 'send', openid: '={{ $json.FromUserName }}', msgtype: 'text', content },
			openids.map((FromUserName) => ({ json: { FromUserName } })),
			settings,
		);

	test('text reaches the user who wrote, with the JSON body WeChat documents', async () => {
		userWrote(weChat().service, 'oUserA');
		const result = await sendText(['oUserA']);
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toEqual([
			{ touser: 'oUserA', msgtype: 'text', sent: true, errcode: 0, errmsg: 'ok' },
		]);
		expect(weChat().server.callsTo(SEND)[0].body).toEqual({
			touser: 'oUserA',
			msgtype: 'text',
			text: { content: '您好,有什么可以帮您?' },
		});
	});

	test('an image from binary input is uploaded as temporary media, then sent by its media id', async () => {
		userWrote(weChat().service, 'oUserA');
		const image = png(5000);
		const result = await run(
			{ operation: 'send', openid: 'oUserA', msgtype: 'image', imageSource: 'binary' },
			[{ binary: { data: { ...image, fileName: 'answer.png' } } }],
		);
		expect(result.error).toBeUndefined();
		const [item] = result.output('WeChat');
		expect(item.mediaId).toMatch(/^MEDIA_/);
		expect(weChat().media.media.get(item.mediaId as string)?.bytes).toEqual(image.data);
		expect(weChat().service.sent[0].body).toEqual({
			touser: 'oUserA',
			msgtype: 'image',
			image: { media_id: item.mediaId },
		});
	});

	test('an image by media id, a link and a Mini Program card are sent as WeChat documents them', async () => {
		userWrote(weChat().service, 'oUserA');
		weChat().media.media.set('MEDIA_cover', {
			fileName: 'cover.png',
			contentType: 'image/png',
			bytes: png(100).data,
		});
		const byMediaId = await run({
			operation: 'send',
			openid: 'oUserA',
			msgtype: 'image',
			imageSource: 'mediaId',
			imageMediaId: 'MEDIA_cover',
		});
		const link = await run({
			operation: 'send',
			openid: 'oUserA',
			msgtype: 'link',
			title: 'Your order',
			description: 'Order 123 has shipped',
			url: 'https://shop.example.com/order/123',
			thumbUrl: 'https://shop.example.com/cover.jpg',
		});
		const card = await run({
			operation: 'send',
			openid: 'oUserA',
			msgtype: 'miniprogrampage',
			title: 'Track your order',
			pagepath: 'pages/order/detail?id=123',
			thumbSource: 'mediaId',
			thumbMediaId: 'MEDIA_cover',
		});
		for (const result of [byMediaId, link, card]) expect(result.error).toBeUndefined();
		expect(weChat().service.sent.map((message) => message.body)).toEqual([
			{ touser: 'oUserA', msgtype: 'image', image: { media_id: 'MEDIA_cover' } },
			{
				touser: 'oUserA',
				msgtype: 'link',
				link: {
					title: 'Your order',
					description: 'Order 123 has shipped',
					url: 'https://shop.example.com/order/123',
					thumb_url: 'https://shop.example.com/cover.jpg',
				},
			},
			{
				touser: 'oUserA',
				msgtype: 'miniprogrampage',
				miniprogrampage: {
					title: 'Track your order',
					pagepath: 'pages/order/detail?id=123',
					thumb_media_id: 'MEDIA_cover',
				},
			},
		]);
	});

	test.each([
		[
			'text too long (2049 bytes)',
			{ msgtype: 'text', content: 'a'.repeat(2049) },
			/Text is 2049 bytes long/,
		],
		[
			'text of 683 Chinese characters (2049 bytes)',
			{ msgtype: 'text', content: '好'.repeat(683) },
			/Text is 2049 bytes/,
		],
		['empty text', { msgtype: 'text', content: '={{ "  " }}' }, /Text is empty/],
		[
			'a link without description and with a non-web URL',
			{
				msgtype: 'link',
				title: 'T',
				description: '={{ "" }}',
				url: 'javascript:alert(1)',
				thumbUrl: 'https://x.example/a.jpg',
			},
			/Description is empty; URL "javascript:alert\(1\)" is not an http or https address/,
		],
		[
			'a card without title, its page path starting with /',
			{
				msgtype: 'miniprogrampage',
				title: '={{ "" }}',
				pagepath: '/pages/index/index',
				thumbSource: 'mediaId',
				thumbMediaId: 'MEDIA_x',
			},
			/Title is empty; Page Path starts with "\/"/,
		],
		[
			'an image without media id',
			{ msgtype: 'image', imageSource: 'mediaId', imageMediaId: '={{ "" }}' },
			/Image Media ID is empty/,
		],
	])('%s is refused before anything is sent', async (_, parameters, message) => {
		userWrote(weChat().service, 'oUserA');
		const result = await run({
			operation: 'send',
			openid: 'oUserA',
			...parameters,
		});
		expect(result.error?.message).toMatch(/WeChat \/cgi-bin\/message\/custom\/send was not called/);
		expect(result.error?.message).toMatch(message);
		expect(weChat().server.calls.filter((call) => call.path !== '/cgi-bin/stable_token')).toEqual(
			[],
		);
	});

	test.each([
		[
			'a PDF',
			{ data: Buffer.from('%PDF-1.4'), mimeType: 'application/pdf' },
			/is application\/pdf; WeChat takes GIF, JPEG, PNG images/,
		],
		['a WebP image', { data: png(10).data, mimeType: 'image/webp' }, /is image\/webp/],
		[
			'an image over 2 MB',
			png(2 * 1024 * 1024 + 1),
			/is 2097153 bytes; WeChat takes at most 2097152 bytes/,
		],
	])('%s as the image is refused before any upload', async (_, file, message) => {
		userWrote(weChat().service, 'oUserA');
		const result = await run(
			{ operation: 'send', openid: 'oUserA', msgtype: 'image', imageSource: 'binary' },
			[{ binary: { data: file } }],
		);
		expect(result.error?.message).toMatch(message);
		expect(weChat().server.callsTo(UPLOAD)).toEqual([]);
		expect(weChat().server.callsTo(SEND)).toEqual([]);
	});

	test('5 answers within 48 h of a message: the 6th gets 45047 explained, a new message renews them', async () => {
		userWrote(weChat().service, 'oUserA');
		for (let answer = 0; answer < 5; answer++) {
			weChat().clock.now += HOUR;
			expect((await sendText(['oUserA'])).error).toBeUndefined();
		}
		const sixth = await sendText(['oUserA']);
		expect(sixth.error?.message).toMatch(/errcode 45047/);
		expect((sixth.error as { description?: string }).description).toMatch(
			/5 messages after each message of the user \(within 48 hours\).*Nothing was sent.*renewed when the user writes again/,
		);
		userWrote(weChat().service, 'oUserA');
		expect((await sendText(['oUserA'])).error).toBeUndefined();
		expect(weChat().service.sent).toHaveLength(6);
	});

	test('48 h after the last message the user cannot be answered: 45015 says why and what allows it', async () => {
		userWrote(weChat().service, 'oUserA');
		weChat().clock.now += 48 * HOUR;
		const late = await sendText(['oUserA']);
		expect(late.error?.message).toMatch(/errcode 45015/);
		expect((late.error as { description?: string }).description).toMatch(
			/within 48 hours of the user's last message.*Nothing was sent.*when the user writes to the Mini Program or opens its customer service session/,
		);
		expect(weChat().service.sent).toEqual([]);
	});

	test('2 answers within 1 min of entering the session, not added to a message window', async () => {
		userEnteredSession(weChat().service, 'oUserA');
		expect((await sendText(['oUserA'])).error).toBeUndefined();
		expect((await sendText(['oUserA'])).error).toBeUndefined();
		expect((await sendText(['oUserA'])).error?.message).toMatch(/45047/);
		// After a minute the session window is over.
		userEnteredSession(weChat().service, 'oUserB');
		weChat().clock.now += MINUTE;
		expect((await sendText(['oUserB'])).error?.message).toMatch(/45015/);
		// A message inside the session window gives 5, not 5 + what was left of the 2.
		userEnteredSession(weChat().service, 'oUserC');
		await sendText(['oUserC']);
		userWrote(weChat().service, 'oUserC');
		for (let answer = 0; answer < 5; answer++)
			expect((await sendText(['oUserC'])).error).toBeUndefined();
		expect((await sendText(['oUserC'])).error?.message).toMatch(/45047/);
	});

	test('a foreign openid gets 40003 explained; a user who never wrote gets 45015', async () => {
		addUser(weChat().service, 'oSilent');
		const foreign = await sendText(['oOtherApp']);
		expect(foreign.error?.message).toMatch(/errcode 40003/);
		expect((foreign.error as { description?: string }).description).toMatch(
			/not a user of this Mini Program/,
		);
		expect((await sendText(['oSilent'])).error?.message).toMatch(/45015/);
	});

	test('a send whose answer was lost is never resent; the error says what became of each item', async () => {
		for (const openid of ['oUserA', 'oUserB', 'oUserC']) userWrote(weChat().service, openid);
		await sendText(['oUserA']);
		weChat().server.injectFault(SEND, { kind: 'resetAfterHandling' });
		const result = await sendText(['oUserB', 'oUserC']);
		expect(weChat().server.callsTo(SEND)).toHaveLength(2);
		expect(weChat().service.sent.map((message) => message.touser)).toEqual(['oUserA', 'oUserB']);
		expect(result.error?.message).toMatch(/no clear answer .*so it was not resent/);
		expect((result.error as { description?: string }).description).toMatch(
			/0 earlier message\(s\) were sent; the 1 later item\(s\) were not tried/,
		);
	});

	test('system busy (-1) and HTTP 502 are not resent; 45011 (nothing done) is waited out and resent', async () => {
		userWrote(weChat().service, 'oUserA');
		weChat().server.injectFault(SEND, { kind: 'errcode', errcode: -1 });
		expect((await sendText(['oUserA'])).error?.message).toMatch(/-1|busy|no clear answer/);
		weChat().server.injectFault(SEND, { kind: 'http', status: 502 });
		expect((await sendText(['oUserA'])).error?.message).toMatch(/no clear answer/);
		expect(weChat().server.callsTo(SEND)).toHaveLength(2);
		weChat().server.injectFault(SEND, { kind: 'errcode', errcode: 45011 });
		expect((await sendText(['oUserA'])).error).toBeUndefined();
		expect(weChat().server.callsTo(SEND)).toHaveLength(4);
		expect(weChat().service.sent).toHaveLength(1);
	});

	test('with Continue On Fail each item answers on its own, paired, and no secret shows', async () => {
		userWrote(weChat().service, 'oUserA');
		const result = await sendText(['oUserA', 'oNobody'], 'hi', {
			onError: 'continueRegularOutput',
		});
		const output = result.output('WeChat');
		expect(output[0]).toMatchObject({ touser: 'oUserA', sent: true });
		expect(output[1].error).toMatch(/40003/);
		const text = JSON.stringify(result.run.data);
		for (const secret of secretsOf(weChat().server)) expect(text).not.toContain(secret);
	});
});
