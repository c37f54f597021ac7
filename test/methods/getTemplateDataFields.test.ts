import { templateMethodsSuite, GET_TEMPLATES, methods } from './templateMethodsHarness';

describe('template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)', () => {
	const suite = templateMethodsSuite();

	test("the chosen template's keywords become required mapper fields, enum values a dropdown", async () => {
		const { fields } = await methods.resourceMapping.getTemplateDataFields.call(
			suite.context({ templateId: suite.orderTemplate }),
		);
		expect(fields).toEqual([
			{
				id: 'thing1',
				displayName: '物品名称 (thing1)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string',
				options: undefined,
			},
			{
				id: 'number2',
				displayName: '数量 (number2)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string',
				options: undefined,
			},
			{
				id: 'enum3',
				displayName: '订单状态 (enum3)',
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'options',
				options: [
					{ name: 'Paid', value: 'Paid' },
					{ name: 'Shipped', value: 'Shipped' },
				],
			},
		]);
	});

	test('no template chosen yet: no fields and a hint, without calling WeChat', async () => {
		expect(
			await methods.resourceMapping.getTemplateDataFields.call(suite.context({ templateId: '' })),
		).toEqual({
			fields: [],
			emptyFieldsNotice: 'Choose a template first',
		});
		expect(suite.server.callsTo(GET_TEMPLATES)).toHaveLength(0);
	});

	test('a deleted template says so', async () => {
		await expect(
			methods.resourceMapping.getTemplateDataFields.call(suite.context({ templateId: 'gone' })),
		).rejects.toThrow("Template gone is not among the account's templates");
	});
});
