import { subscribeTemplateSuite } from './subscribeTemplateHarness';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Get Public Keywords lists the keywords of a title', async () => {
		const result = await suite.run('getPublicKeywords', { tid: '99' });
		expect(
			result.output('WeChat').map((keyword) => [keyword.tid, keyword.kid, keyword.rule]),
		).toEqual([
			['99', 1, 'thing'],
			['99', 2, 'number'],
			['99', 3, 'time'],
			['99', 4, 'phrase'],
			['99', 5, 'amount'],
			['99', 6, 'character_string'],
		]);
		const unknown = await suite.run('getPublicKeywords', { tid: '1' });
		expect(unknown.error?.message).toMatch(
			/errcode 200014 \(the template title id \(tid\) or template id does not exist\)/,
		);
	});
});
