import { NodeApiError } from 'n8n-workflow';

import { templateMethodsSuite, GET_TEMPLATES, methods } from './templateMethodsHarness';
import { secretsOf } from '../../testkit/servers/fakeWeChat/credentials';

describe('template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)', () => {
	const suite = templateMethodsSuite();

	test('the template dropdown lists the private templates with their kind, by GET', async () => {
		const options = await methods.loadOptions.getSubscribeTemplates.call(suite.context());
		expect(options).toEqual([
			{
				name: '下单成功通知 (one-time)',
				value: suite.orderTemplate,
				description: '物品名称:拿铁 · 数量:2 · 订单状态:Paid',
			},
			{
				name: '航班延误提醒 (long-term)',
				value: suite.subscribe.templates[1].priTmplId,
				description: '航班:CA1234',
			},
		]);
		expect(suite.server.callsTo(GET_TEMPLATES)).toHaveLength(1);
		expect(suite.server.callsTo(GET_TEMPLATES)[0].query.access_token).toBe(
			suite.server.currentToken,
		);
	});

	test('a WeChat refusal reaches the editor as a readable error without secrets', async () => {
		suite.server.injectFault(GET_TEMPLATES, {
			kind: 'errcode',
			errcode: 48001,
			errmsg: 'api unauthorized rid: 1-2-3',
		});
		const failure = await methods.loadOptions.getSubscribeTemplates
			.call(suite.context())
			.catch((error: Error) => error);
		expect(failure).toBeInstanceOf(NodeApiError);
		expect((failure as Error).message).toMatch(
			/gettemplate answered errcode 48001 \(this API is not authorised/,
		);
		const shown = JSON.stringify(failure) + (failure as Error).message;
		for (const secret of secretsOf(suite.server)) expect(shown).not.toContain(secret);
	});
});
