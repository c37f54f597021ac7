import {
	checkKeywordValue,
	keywordType,
} from '../../../../nodes/protocol/wechat/subscribe/keywordRules';

const ok = (keyword: string, value: string) =>
	expect(checkKeywordValue(keyword, value)).toBeUndefined();
const bad = (keyword: string, value: string, why: RegExp) =>
	expect(checkKeywordValue(keyword, value)).toMatch(why);

describe('subscription message keyword rules', () => {
	test('the keyword type is the key without its number', () => {
		expect(keywordType('thing1')).toBe('thing');
		expect(keywordType('character_string12')).toBe('character_string');
		expect(keywordType('phone_number3')).toBe('phone_number');
		expect(keywordType('date')).toBe('date');
	});

	test('no keyword may be empty', () => {
		bad('thing1', '', /must not be empty/);
		bad('number2', '   ', /must not be empty/);
	});

	test('thing: up to 20 characters of anything but line breaks, counted as characters not bytes', () => {
		ok('thing1', '物品名称ABC 123!');
		ok('thing1', '一二三四五六七八九十一二三四五六七八九十');
		bad('thing1', '一二三四五六七八九十一二三四五六七八九十一', /at most 20 characters \(got 21\)/);
		bad('thing1', 'two\nlines', /without line breaks/);
		ok('thing1', '😀'.repeat(20));
	});

	test('number: up to 32 digits, one optional decimal point', () => {
		ok('number2', '339208499');
		ok('number2', '3.14');
		bad('number2', '-3', /digits only/);
		bad('number2', '1,000', /digits only/);
		bad('number2', '1.2.3', /digits only/);
		bad('number2', '1'.repeat(33), /at most 32/);
	});

	test('letter, symbol and character_string', () => {
		ok('letter1', 'ABCdef');
		bad('letter1', 'abc1', /letters A-Z/);
		bad('letter1', 'a'.repeat(33), /at most 32/);
		ok('symbol1', '%$#@!');
		bad('symbol1', '%$#@!&', /at most 5/);
		bad('symbol1', 'a!', /symbols only/);
		ok('character_string1', 'ORDER-2019_10/01#88');
		bad('character_string1', '订单123', /no Chinese/);
		bad('character_string1', 'x'.repeat(33), /at most 32/);
	});

	test('time: a 24-hour time, optionally after a date, or a range', () => {
		ok('time3', '15:01');
		ok('time3', '15:01:59');
		ok('time3', '2019年10月1日 15:01');
		ok('time3', '2019-10-01 15:01');
		ok('time3', '2019-10-01 15:01 ~ 2019-10-01 17:00');
		ok('time3', '15:01~16:00');
		bad('time3', '2019年10月1日', /24-hour time/);
		bad('time3', '3pm', /24-hour time/);
		bad('time3', '25:00', /24-hour time/);
		bad('time3', '2023-08-21T22:48:54', /24-hour time/);
	});

	test('date: a date in Chinese or -, /, . form, optionally with a time, or a range', () => {
		for (const value of [
			'2019年10月1日',
			'2019年10月',
			'10月1日',
			'2018-01-01',
			'2018/01/01',
			'2018.01.01',
			'2018-01',
			'01-01',
			'2019年10月1日 15:01',
			'2019-10-01~2019-10-07',
		]) {
			ok('date4', value);
		}
		bad('date4', '2018-01/01', /a date such as/);
		bad('date4', 'tomorrow', /a date such as/);
		bad('date4', '2019-10-01 ~ 2019-10-02 ~ 2019-10-03', /a date such as/);
	});

	test('amount: up to 10 digits, optional decimals, currency symbol before and 元 after', () => {
		for (const value of ['100', '¥12.50', '￥8', '$1234567890.99', '99元', '¥99.9元'])
			ok('amount5', value);
		bad('amount5', '12345678901', /at most 10 digits/);
		bad('amount5', 'RMB 12', /at most 10 digits/);
		bad('amount5', '-5', /at most 10 digits/);
	});

	test('phone_number, car_number, name and phrase', () => {
		ok('phone_number6', '+86-0766-66888866');
		bad('phone_number6', '+86-0766-668888661', /at most 17/);
		bad('phone_number6', 'call me', /digits and symbols/);
		ok('car_number7', '粤A8Z888挂');
		ok('car_number7', 'AB12345');
		bad('car_number7', '粤A8Z8888挂', /at most 8 characters \(got 9\)/);
		bad('car_number7', '粤A8中888', /plate number/);
		ok('name8', '张三');
		ok('name8', 'John Smith');
		ok('name8', '诸葛孔明亮明亮明亮明');
		bad('name8', '诸葛孔明亮明亮明亮明亮', /at most 10 characters for a Chinese name/);
		bad('name8', '张三Smith李四Jones', /at most 10/);
		ok('name8', 'Abcdefghij Klmnopqrs');
		bad('name8', 'Abcdefghij Klmnopqrst', /at most 20/);
		bad('name8', 'R2D2', /no digits/);
		ok('phrase9', '配送中');
		bad('phrase9', '货物配送中了', /at most 5/);
		bad('phrase9', 'OK', /Chinese characters only/);
	});

	test('enum values are checked when the template lists them; unknown types pass through', () => {
		expect(checkKeywordValue('enum1', 'Completed', ['To be paid', 'Completed'])).toBeUndefined();
		expect(checkKeywordValue('enum1', 'Lost', ['To be paid', 'Completed'])).toMatch(
			/must be one of: To be paid, Completed/,
		);
		expect(checkKeywordValue('enum1', 'anything')).toBeUndefined();
		expect(
			checkKeywordValue('futuretype1', 'anything at all, however long it may be'),
		).toBeUndefined();
	});
});
