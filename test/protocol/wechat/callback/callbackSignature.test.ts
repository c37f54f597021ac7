import {
	callbackSignature,
	isValidCallbackSignature,
} from '../../../../nodes/protocol/wechat/callback/callbackSignature';
import { constantTimeEqual } from '../../../../nodes/protocol/common/constantTime';
import { sha1Signature } from '../../../../testkit/fixtures/wechatTestCrypto';

describe('callback signatures', () => {
	test('signature is sha1 of the dictionary-sorted token, timestamp and nonce', () => {
		// Worked by hand: sorted ["1409304348", "pamtest", "xxxxxx"] joined.
		expect(callbackSignature(['pamtest', '1409304348', 'xxxxxx'])).toBe(
			require('node:crypto').createHash('sha1').update('1409304348pamtestxxxxxx').digest('hex'),
		);
		expect(callbackSignature(['pamtest', '1409304348', 'xxxxxx'])).toBe(
			sha1Signature('xxxxxx', 'pamtest', '1409304348'),
		);
	});

	test('msg_signature adds the Encrypt field to the sorted parts', () => {
		expect(callbackSignature(['tok', '1', 'n', 'ENC'])).toBe(sha1Signature('ENC', 'n', '1', 'tok'));
	});

	test('accepts upper-case hex and refuses any other value', () => {
		const good = sha1Signature('tok', '1', 'n');
		expect(isValidCallbackSignature(['tok', '1', 'n'], good.toUpperCase())).toBe(true);
		expect(isValidCallbackSignature(['tok', '1', 'n'], good.slice(0, 39))).toBe(false);
		expect(
			isValidCallbackSignature(
				['tok', '1', 'n'],
				`${good.slice(0, 39)}0`.replace(/.$/, good.endsWith('0') ? '1' : '0'),
			),
		).toBe(false);
		expect(isValidCallbackSignature(['tok', '1', 'n'], '')).toBe(false);
	});

	test('constant-time comparison handles different lengths without throwing', () => {
		expect(constantTimeEqual('abc', 'abcd')).toBe(false);
		expect(constantTimeEqual('abc', 'abc')).toBe(true);
		expect(constantTimeEqual('wx1', 'wx2')).toBe(false);
	});
});
