import { subscribeTemplateSuite } from './subscribeTemplateHarness';
import { addPrivateTemplate } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Delete removes a template; a missing one is explained; Continue On Fail pairs the error', async () => {
		const first = addPrivateTemplate(suite.subscribe, {
			title: 'a',
			content: '{{thing1.DATA}}',
			example: '',
			type: 2,
		});
		const result = await suite.run(
			'delete',
			{ templateId: '={{ $json.id }}' },
			{ onError: 'continueRegularOutput' },
			[{ id: first }, { id: 'missing' }],
		);
		expect(suite.subscribe.templates).toHaveLength(0);
		const output = result.output('WeChat');
		expect(output[0]).toEqual({ priTmplId: first, deleted: true });
		expect(output[1].error).toMatch(/errcode 200014/);
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
