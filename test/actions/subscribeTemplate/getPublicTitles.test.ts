import { subscribeTemplateSuite, TITLES } from './subscribeTemplateHarness';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Get Public Titles, Return All: pages of 30 by start, stopping at the reported count', async () => {
		const result = await suite.run('getPublicTitles', {
			categoryIds: ['616', '2'],
			returnAll: true,
		});
		expect(result.output('WeChat')).toHaveLength(75);
		expect(
			suite.server
				.callsTo(TITLES)
				.map((call) => [call.query.ids, call.query.start, call.query.limit]),
		).toEqual([
			['616,2', '0', '30'],
			['616,2', '30', '30'],
			['616,2', '60', '30'],
		]);
		expect(result.output('WeChat')[0]).toEqual({
			tid: 99,
			title: '付款成功通知',
			type: 3,
			categoryId: '2',
		});
	});

	test('Get Public Titles, Limit: asks for just that many', async () => {
		const result = await suite.run('getPublicTitles', {
			categoryIds: ['616'],
			returnAll: false,
			limit: 40,
		});
		expect(result.output('WeChat')).toHaveLength(40);
		expect(result.output('WeChat').every((title) => title.categoryId === '616')).toBe(true);
		expect(
			suite.server.callsTo(TITLES).map((call) => [call.query.start, call.query.limit]),
		).toEqual([
			['0', '30'],
			['30', '10'],
		]);
	});

	test('Get Public Titles explains WeChat codes and refuses an empty category list', async () => {
		const invalid = await suite.run('getPublicTitles', { categoryIds: ['999'], returnAll: true });
		expect(invalid.error?.message).toMatch(
			/errcode 200019 \(category ids are invalid: use ids from Get Categories\)/,
		);
		const none = await suite.run('getPublicTitles', { categoryIds: '={{ [] }}', returnAll: true });
		expect(none.error?.message).toBe('Choose at least one category');
		expect(suite.server.callsTo(TITLES)).toHaveLength(1);
	});
});
