import { buildMessageData } from '../../../../nodes/protocol/wechat/subscribe/messageData';

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
