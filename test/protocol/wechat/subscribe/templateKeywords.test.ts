import { parseTemplateKeywords } from '../../../../nodes/protocol/wechat/subscribe/templateKeywords';

describe('template keywords from gettemplate content', () => {
	test('reads every {{keyN.DATA}} with the label before it, in order', () => {
		const content =
			'物品名称:{{thing1.DATA}}\n金额：{{amount2.DATA}}\n购买时间: {{time3.DATA}}\n{{character_string12.DATA}}\n';
		expect(parseTemplateKeywords(content)).toEqual([
			{ key: 'thing1', type: 'thing', label: '物品名称' },
			{ key: 'amount2', type: 'amount', label: '金额' },
			{ key: 'time3', type: 'time', label: '购买时间' },
			{ key: 'character_string12', type: 'character_string', label: 'character_string12' },
		]);
	});

	test('two placeholders on one line and repeated placeholders', () => {
		expect(
			parseTemplateKeywords('From {{date1.DATA}} to {{date2.DATA}} ({{date1.DATA}})').map(
				(keyword) => [keyword.key, keyword.label],
			),
		).toEqual([
			['date1', 'From'],
			['date2', 'to'],
		]);
		expect(parseTemplateKeywords('no placeholders here')).toEqual([]);
	});
});
