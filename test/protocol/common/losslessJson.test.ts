import {
	parseJsonKeepingBigIntegers,
	readJsonObject,
} from '../../../nodes/protocol/common/losslessJson';

describe('parseJsonKeepingBigIntegers', () => {
	test('keeps integers beyond 2^53 exact, as strings', () => {
		const parsed = parseJsonKeepingBigIntegers(
			'{"errcode":0,"msgid":1700827132819554304,"n":-9007199254740993}',
		) as Record<string, unknown>;
		expect(parsed).toEqual({ errcode: 0, msgid: '1700827132819554304', n: '-9007199254740993' });
	});

	test('leaves safe integers, fractions, exponents and strings alone', () => {
		const text =
			'{"a":9007199254740991,"b":12345678901234567.5,"c":1e25,"d":"12345678901234567890","e":[1,2]}';
		expect(parseJsonKeepingBigIntegers(text)).toEqual(JSON.parse(text));
	});

	test('is not fooled by digits and escaped quotes inside strings', () => {
		const text = '{"s":"x\\"12345678901234567890\\"","id":12345678901234567890}';
		expect(parseJsonKeepingBigIntegers(text)).toEqual({
			s: 'x"12345678901234567890"',
			id: '12345678901234567890',
		});
	});

	test('still rejects malformed JSON', () => {
		expect(() => parseJsonKeepingBigIntegers('{"a":')).toThrow();
	});
});

describe('readJsonObject, the one reader', () => {
	test('its one failure mode is undefined: never a throw', () => {
		expect(readJsonObject('{"a":')).toBeUndefined();
		expect(readJsonObject('[1]')).toBeUndefined();
		expect(readJsonObject('null')).toBeUndefined();
		expect(readJsonObject(Buffer.from('{"msgid":1700827132819554304}'))).toEqual({
			msgid: '1700827132819554304',
		});
	});

	test('the depth cap applies only when asked for', () => {
		const deep = `{"a":${'['.repeat(20)}${']'.repeat(20)}}`;
		expect(readJsonObject(deep)).toBeDefined();
		expect(readJsonObject(deep, { maxDepth: 16 })).toBeUndefined();
		expect(
			readJsonObject(`{"a":${'['.repeat(15)}${']'.repeat(15)}}`, { maxDepth: 16 }),
		).toBeDefined();
	});

	test('the digits of a long exponent are not mistaken for an integer', () => {
		expect(readJsonObject('{"x":1E+12345678901234567890,"y":-2.5e-17}')).toEqual({
			x: Infinity,
			y: -2.5e-17,
		});
	});
});
