import { subscribeTemplateSuite, GET_TEMPLATES } from './subscribeTemplateHarness';
import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Get Categories reads getcategory by GET', async () => {
		const result = await suite.run('getCategories');
		expect(result.output('WeChat')).toEqual([
			{ id: 616, name: '公交' },
			{ id: 2, name: '快递、物流' },
		]);
		expect(suite.server.calls.filter((call) => call.path.startsWith('/wxaapi'))).toHaveLength(1);
	});

	test('a GET call with a rotated token renews it once; nothing secret is shown', async () => {
		await suite.run('getCategories');
		suite.server.rotateToken();
		suite.server.injectFault(GET_TEMPLATES, { kind: 'errcode', errcode: 48001 });
		const result = await suite.run(
			'getMany',
			{ returnAll: true },
			{ onError: 'continueRegularOutput' },
		);
		expect(result.output('WeChat')[0].error).toMatch(/errcode 48001/);
		const categories = await suite.run('getCategories');
		expect(categories.error).toBeUndefined();
		expect(suite.server.tokenRequests).toHaveLength(2);
		const shown = JSON.stringify([result.run.data.resultData, categories.run.data.resultData]);
		for (const secret of secretsOf(suite.server)) expect(shown).not.toContain(secret);
	});
});
