import { parseJsonKeepingBigIntegers } from '../../../nodes/protocol/common/losslessJson';

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
