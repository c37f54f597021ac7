import { buildAddTemplateRequest } from '../../nodes/protocol/wechat/subscribe/addTemplateRequest';
import { buildMessageData } from '../../nodes/protocol/wechat/subscribe/messageData';
import { parseTemplateKeywords } from '../../nodes/protocol/wechat/subscribe/templateKeywords';
import { encodeForm } from '../../nodes/protocol/common/formBody';

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

describe('subscribe/send data', () => {
	const fields = [
		{ key: 'thing1', required: true },
		{ key: 'number2', required: true },
		{ key: 'enum3', required: false, enumValues: ['Paid', 'Shipped'] },
	];

	test('wraps values as {key: {value}} and converts numbers to text', () => {
		expect(buildMessageData({ thing1: '拿铁', number2: 2, enum3: 'Paid' }, fields)).toEqual({
			data: { thing1: { value: '拿铁' }, number2: { value: '2' }, enum3: { value: 'Paid' } },
			problems: [],
		});
	});

	test('lists every broken rule and every missing keyword', () => {
		const { problems } = buildMessageData({ thing1: 'x'.repeat(21), enum3: 'Lost' }, fields);
		expect(problems).toEqual([
			'number2: missing (every keyword of the template needs a value)',
			'thing1 "xxxxxxxxxxxxxxxxxxxxx": at most 20 characters (got 21)',
			'enum3 "Lost": must be one of: Paid, Shipped',
		]);
	});

	test('keywords outside the known fields are still sent and checked by their type', () => {
		const built = buildMessageData({ thing1: 'a', number2: '1', phrase9: 'OK' }, fields);
		expect(built.data.phrase9).toEqual({ value: 'OK' });
		expect(built.problems).toEqual(['phrase9 "OK": Chinese characters only (e.g. 配送中)']);
	});
});

describe('addtemplate request', () => {
	test('keeps the chosen keyword order and trims the scene', () => {
		expect(buildAddTemplateRequest('401', '3, 5,4', ' 测试数据 ')).toEqual({
			tid: '401',
			kidList: [3, 5, 4],
			sceneDesc: '测试数据',
		});
		expect(buildAddTemplateRequest(401, [1, '2'], '')).toEqual({ tid: '401', kidList: [1, 2] });
	});

	test('refuses what WeChat would refuse', () => {
		expect(() => buildAddTemplateRequest('abc', '1,2', '')).toThrow(
			/Template Title ID must be a number/,
		);
		expect(() => buildAddTemplateRequest('401', '1', '')).toThrow(
			/Choose 2 to 5 keyword IDs, got 1/,
		);
		expect(() => buildAddTemplateRequest('401', '1,2,3,4,5,6', '')).toThrow(/got 6/);
		expect(() => buildAddTemplateRequest('401', '1,1', '')).toThrow(/listed twice/);
		expect(() => buildAddTemplateRequest('401', '1,x', '')).toThrow(
			/"x" is not a positive whole number/,
		);
		expect(() => buildAddTemplateRequest('401', '1,2', '一二三四五六七八九十一二三四五六')).toThrow(
			/at most 15 characters, got 16/,
		);
	});

	test('new one-time titles (10000001 to 19999999) take no keyword ids', () => {
		expect(buildAddTemplateRequest('10000005', '', 'scene')).toEqual({
			tid: '10000005',
			kidList: [],
			sceneDesc: 'scene',
		});
		expect(() => buildAddTemplateRequest('10000005', '1,2', '')).toThrow(/fixed keywords/);
	});

	test('is sent as a form with kidList repeated', () => {
		expect(
			encodeForm({ tid: '401', kidList: [1, 2], sceneDesc: '测试 数据', skipped: undefined }),
		).toBe('tid=401&kidList=1&kidList=2&sceneDesc=%E6%B5%8B%E8%AF%95%20%E6%95%B0%E6%8D%AE');
	});
});
