import { templateMethodsSuite, methods } from './templateMethodsHarness';

describe('template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)', () => {
	const suite = templateMethodsSuite();

	test('the category dropdown lists getcategory', async () => {
		expect(await methods.loadOptions.getTemplateCategories.call(suite.context())).toEqual([
			{ name: '公交 (616)', value: '616' },
			{ name: '快递、物流 (2)', value: '2' },
		]);
	});
});
