import { useContentSecurity, TEXT_CHECK } from './contentSecurityHarness';

describe('Content Security > Check Text (through the n8n engine, against a local WeChat)', () => {
	const { weChat, run } = useContentSecurity();

	const check = (content: string, parameters: Record<string, unknown> = {}, settings = {}) =>
		run(
			{
				operation: 'checkText',
				content,
				openid: '={{ $json.FromUserName }}',
				scene: 2,
				...parameters,
			},
			[{ FromUserName: 'oUserA' }],
			settings,
		);

	test('a harmless text passes: verdict, label and detail are fields an IF node can branch on', async () => {
		const result = await check('Is the spring sale still on?');
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toEqual([
			{
				suggest: 'pass',
				pass: true,
				label: 100,
				labelName: 'normal',
				traceId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/),
				detail: [
					{
						strategy: 'content_model',
						errcode: 0,
						suggest: 'pass',
						label: 100,
						labelName: 'normal',
						prob: 0,
					},
					{ strategy: 'keyword', errcode: 0 },
				],
				openid: 'oUserA',
				scene: 2,
			},
		]);
		expect(weChat().server.callsTo(TEXT_CHECK)[0].body).toEqual({
			content: 'Is the spring sale still on?',
			openid: 'oUserA',
			scene: 2,
			version: 2,
		});
	});

	test('risky and review verdicts name their label and the keyword found', async () => {
		const risky = (await check('来赌博吧')).output('WeChat')[0];
		expect(risky).toMatchObject({
			suggest: 'risky',
			pass: false,
			label: 20006,
			labelName: 'illegal or criminal',
		});
		expect(risky.detail).toContainEqual(
			expect.objectContaining({ strategy: 'keyword', keyword: '赌博' }),
		);
		const review = (await check('Big giveaway tonight', { options: { title: 'News' } })).output(
			'WeChat',
		)[0];
		expect(review).toMatchObject({
			suggest: 'review',
			pass: false,
			label: 21000,
			labelName: 'other',
		});
		expect(weChat().server.callsTo(TEXT_CHECK)[1].body.title).toBe('News');
	});

	test.each([
		['an empty text', '={{ "" }}', {}, /Text is empty/],
		[
			'a text of 2501 characters',
			'好'.repeat(2501),
			{},
			/Text is 2501 characters long; WeChat checks at most 2500/,
		],
		[
			'a signature outside the Profile scene',
			'hi',
			{ options: { signature: 'me' } },
			/Signature is only checked in the Profile scene/,
		],
	])('%s is refused before the check is called', async (_, content, parameters, message) => {
		const result = await check(content, parameters);
		expect(result.error?.message).toMatch(/WeChat \/wxa\/msg_sec_check was not called/);
		expect(result.error?.message).toMatch(message);
		expect(weChat().server.callsTo(TEXT_CHECK)).toEqual([]);
	});

	test('a user who has not opened the Mini Program in 2 hours gets 40003 explained', async () => {
		weChat().clock.now += 2 * 3_600_000 + 1;
		const result = await check('hello');
		expect(result.error?.message).toMatch(/errcode 40003/);
		expect((result.error as { description?: string }).description).toMatch(/last 2 hours/);
	});

	test('a check is a read: HTTP 502 and a lost answer are retried', async () => {
		weChat().server.injectFault(TEXT_CHECK, { kind: 'http', status: 502 });
		weChat().server.injectFault(TEXT_CHECK, { kind: 'resetAfterHandling' });
		const result = await check('hello');
		expect(result.error).toBeUndefined();
		expect(weChat().server.callsTo(TEXT_CHECK)).toHaveLength(3);
		expect(result.output('WeChat')[0].suggest).toBe('pass');
	});
});
