import { readCallbackJson } from '../../../nodes/protocol/common/callbackJson';
import { rejectionOf } from '../../helpers/callbackRejection';

const reason = (text: string): string => rejectionOf(() => readCallbackJson(text)).reason;

describe('callback JSON (the one lossless reader, failure mapped to 400)', () => {
	test('keeps integers beyond 2^53 as exact strings, leaves safe numbers and strings alone', () => {
		expect(
			readCallbackJson(
				'{"MsgID": 1864323726461255680, "n": -12345678901234567890, "s": "1864323726461255680", "ok": 9007199254740991, "f": 1.5e3}',
			),
		).toEqual({
			MsgID: '1864323726461255680',
			n: '-12345678901234567890',
			s: '1864323726461255680',
			ok: 9007199254740991,
			f: 1500,
		});
	});

	test('digits inside strings, including escaped quotes, are untouched', () => {
		expect(
			readCallbackJson('{"a": "x\\" 12345678901234567890 \\\\", "b": [1864323726461255680]}'),
		).toEqual({
			a: 'x" 12345678901234567890 \\',
			b: ['1864323726461255680'],
		});
	});

	test('a __proto__ key stays an own key and pollutes nothing', () => {
		const parsed = readCallbackJson('{"__proto__": {"polluted": true}}');
		expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	// The seed JSON samples end objects with a trailing comma; WeChat sends strict JSON and so must we parse it.
	test('seed typo: a trailing comma (as printed in the seed samples) is refused as malformed JSON', () => {
		expect(reason('{"Event": "subscribe_msg_popup_event",}')).toMatch(/malformed/);
	});

	test.each([
		['truncated', '{"a": 1', /malformed/],
		['an array', '[1,2]', /not an object/],
		['a string', '"x"', /not an object/],
		['null', 'null', /not an object/],
		['too deep', `${'['.repeat(17)}${']'.repeat(17)}`, /deeper than 16/],
	])('refuses %s', (_title, text, expected) => {
		expect(reason(text)).toMatch(expected);
	});

	test('accepts 16 levels of nesting', () => {
		expect(() => readCallbackJson(`{"a":${'['.repeat(15)}${']'.repeat(15)}}`)).not.toThrow();
	});
});
