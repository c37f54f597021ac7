import { subscribeTemplateSuite, GET_TEMPLATES } from './subscribeTemplateHarness';
import { addPrivateTemplate } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Get Many honours Limit and retries a transient failure of the read', async () => {
		for (let i = 0; i < 5; i++)
			addPrivateTemplate(suite.subscribe, {
				title: `t${i}`,
				content: '{{thing1.DATA}}',
				example: '',
				type: 2,
			});
		suite.server.injectFault(GET_TEMPLATES, { kind: 'http', status: 502 });
		suite.server.injectFault(GET_TEMPLATES, { kind: 'errcode', errcode: -1 });
		const result = await suite.run('getMany', { returnAll: false, limit: 3 });
		expect(result.output('WeChat').map((template) => template.title)).toEqual(['t0', 't1', 't2']);
		expect(suite.server.callsTo(GET_TEMPLATES)).toHaveLength(3);
	});
});
