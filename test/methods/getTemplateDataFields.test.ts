import { templateMethodsSuite, GET_TEMPLATES, methods } from './templateMethodsHarness';

/** A template keyword as the mapper shows it: required, never a column to match on. */
const keywordField = (
	id: string,
	displayName: string,
	type = 'string',
	options?: { name: string; value: string }[],
) => ({
	id,
	displayName,
	required: true,
	defaultMatch: false,
	canBeUsedToMatch: false,
	display: true,
	type,
	options,
});

describe('template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)', () => {
	const suite = templateMethodsSuite();

	test("the chosen template's keywords become required mapper fields, enum values a dropdown", async () => {
		const { fields } = await methods.resourceMapping.getTemplateDataFields.call(
			suite.context({ templateId: suite.orderTemplate }),
		);
		expect(fields).toEqual([
			keywordField('thing1', '物品名称 (thing1)'),
			keywordField('number2', '数量 (number2)'),
			keywordField('enum3', '订单状态 (enum3)', 'options', [
				{ name: 'Paid', value: 'Paid' },
				{ name: 'Shipped', value: 'Shipped' },
			]),
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
