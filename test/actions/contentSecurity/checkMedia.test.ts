import { dueMediaVerdicts } from '../../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import { MEDIA_CHECK, useContentSecurity } from './contentSecurityHarness';

describe('Content Security > Check Media', () => {
	const { weChat, run } = useContentSecurity();

	const check = (mediaUrl: string, mediaType = 'image') =>
		run({
			operation: 'checkMedia',
			mediaUrl,
			mediaType,
			openid: 'oUserA',
			scene: 3,
		});

	test('outputs the trace ID the later wxa_media_check verdict carries', async () => {
		weChat().security.mediaVerdicts.set('https://cdn.example.com/bad.jpg', {
			suggest: 'risky',
			label: 20002,
		});
		const result = await check('https://cdn.example.com/bad.jpg');
		expect(result.error).toBeUndefined();
		const [item] = result.output('WeChat');
		expect(item).toEqual({
			traceId: expect.stringMatching(/^[0-9a-f-]{26}$/),
			mediaUrl: 'https://cdn.example.com/bad.jpg',
			mediaType: 'image',
			openid: 'oUserA',
			scene: 3,
		});
		expect(weChat().server.callsTo(MEDIA_CHECK)[0].body).toEqual({
			media_url: 'https://cdn.example.com/bad.jpg',
			media_type: 2,
			openid: 'oUserA',
			scene: 3,
			version: 2,
		});
		expect(dueMediaVerdicts(weChat().security)).toEqual([]);
		weChat().clock.now += 60_000;
		const [verdict] = dueMediaVerdicts(weChat().security);
		expect(verdict).toMatchObject({
			Event: 'wxa_media_check',
			trace_id: item.traceId,
			result: { suggest: 'risky', label: 20002 },
		});
	});

	test('audio is media type 1; a non-web URL is refused before the call', async () => {
		expect((await check('https://cdn.example.com/voice.mp3', 'audio')).error).toBeUndefined();
		expect(weChat().server.callsTo(MEDIA_CHECK)[0].body.media_type).toBe(1);
		const refused = await check('file:///etc/passwd');
		expect(refused.error?.message).toMatch(
			/was not called: Media URL "file:\/\/\/etc\/passwd" is not an http or https address/,
		);
		expect(weChat().server.callsTo(MEDIA_CHECK)).toHaveLength(1);
	});

	test('a check whose answer was lost is not resent (a second job would carry an unknown trace ID)', async () => {
		weChat().server.injectFault(MEDIA_CHECK, { kind: 'resetAfterHandling' });
		const result = await check('https://cdn.example.com/a.jpg');
		expect(result.error?.message).toMatch(/no clear answer/);
		expect(weChat().server.callsTo(MEDIA_CHECK)).toHaveLength(1);
	});
});
