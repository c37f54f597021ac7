import { createCipheriv } from 'node:crypto';

import { CallbackRejection } from '../../../../nodes/protocol/common/callbackRejection';
import { rejectionOf } from '../../../helpers/callbackRejection';
import {
	aesKeyFromEncodingAESKey,
	decryptMessage,
} from '../../../../nodes/protocol/wechat/callback/messageCrypto';
import {
	pkcs7To32,
	TEST_AES_KEY,
	TEST_APP_ID,
	wechatEncrypt,
} from '../../../../testkit/fixtures/wechatTestCrypto';

const key = aesKeyFromEncodingAESKey(TEST_AES_KEY);

describe('WXBizMsgCrypt decryption', () => {
	test('the key is base64(EncodingAESKey + "=") and 32 bytes long', () => {
		expect(key).toHaveLength(32);
		expect(key.equals(Buffer.from(`${TEST_AES_KEY}=`, 'base64'))).toBe(true);
	});

	test.each([0, 1, 11, 12, 13, 31, 32, 33, 100, 5000])(
		'round-trips a %i-byte message with the appid',
		(size) => {
			const message = 'x'.repeat(size);
			expect(decryptMessage(wechatEncrypt(message), key)).toEqual({ message, appId: TEST_APP_ID });
		},
	);

	test('round-trips multi-byte UTF-8 (length counts bytes, not characters)', () => {
		const message = '<xml><Content><![CDATA[直播开始了 🎉]]></Content></xml>';
		expect(decryptMessage(wechatEncrypt(message), key).message).toBe(message);
	});

	test('a full 32-byte pad block is accepted', () => {
		// 16 + 4 + 3 + 9 = 32 bytes before padding: PKCS#7 adds a whole block of 32s.
		const encrypted = wechatEncrypt('abc', { appId: 'wx1234567' });
		expect(Buffer.from(encrypted, 'base64')).toHaveLength(64);
		expect(decryptMessage(encrypted, key)).toEqual({ message: 'abc', appId: 'wx1234567' });
	});

	test('rejects an EncodingAESKey that is not 43 base64 characters, without echoing it', () => {
		const error = rejectionOf(() => aesKeyFromEncodingAESKey('short-secret-key'));
		expect(error.status).toBe(500);
		expect(error.reason).not.toContain('short-secret-key');
	});

	test('rejects non-base64 ciphertext', () => {
		expect(rejectionOf(() => decryptMessage('not base64!!', key)).reason).toMatch(/base64/);
	});

	test('rejects truncated ciphertext (not whole blocks)', () => {
		const encrypted = Buffer.from(wechatEncrypt('hello world'), 'base64');
		const truncated = encrypted.subarray(0, encrypted.length - 5).toString('base64');
		expect(rejectionOf(() => decryptMessage(truncated, key)).reason).toMatch(/truncated/);
	});

	test('rejects ciphertext shorter than one 32-byte pad block', () => {
		expect(
			rejectionOf(() => decryptMessage(Buffer.alloc(16).toString('base64'), key)).reason,
		).toMatch(/truncated/);
	});

	test('rejects a pad byte of 0 and a pad byte above 32', () => {
		for (const badPad of [0, 33]) {
			const encrypted = wechatEncrypt('hello', {
				pad: (d) =>
					Buffer.concat([d, Buffer.alloc(64 - (d.length % 32) - 1, 7), Buffer.from([badPad])]),
			});
			expect(rejectionOf(() => decryptMessage(encrypted, key)).reason).toMatch(/PKCS#7/);
		}
	});

	test('rejects inconsistent pad bytes', () => {
		const encrypted = wechatEncrypt('hello', {
			pad: (d) => {
				const padded = pkcs7To32(d);
				padded[padded.length - 2] ^= 1;
				return padded;
			},
		});
		expect(rejectionOf(() => decryptMessage(encrypted, key)).reason).toMatch(/PKCS#7/);
	});

	test('rejects a declared length beyond the content', () => {
		const encrypted = wechatEncrypt('hello', { declaredLength: 1_000_000 });
		expect(rejectionOf(() => decryptMessage(encrypted, key)).reason).toMatch(/longer/);
	});

	test('decrypting with the wrong key fails cleanly (padding) rather than throwing a crypto error', () => {
		const encrypted = wechatEncrypt('hello', {
			aesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut',
		});
		const outcome = (() => {
			try {
				return decryptMessage(encrypted, key);
			} catch (error) {
				return error;
			}
		})();
		// A wrong key gives garbage: either bad padding or a garbage appid; never a raw crypto exception.
		if (outcome instanceof Error) expect(outcome).toBeInstanceOf(CallbackRejection);
		else expect(outcome.appId).not.toBe(TEST_APP_ID);
	});

	test('agrees with a plain AES-256-CBC PKCS#7-32 construction built by hand', () => {
		const raw = Buffer.from(`${TEST_AES_KEY}=`, 'base64');
		const body = Buffer.concat([
			Buffer.alloc(16, 1),
			Buffer.from([0, 0, 0, 2]),
			Buffer.from('hiwxAPP'),
		]);
		const cipher = createCipheriv('aes-256-cbc', raw, raw.subarray(0, 16)).setAutoPadding(false);
		const encrypted = Buffer.concat([cipher.update(pkcs7To32(body)), cipher.final()]).toString(
			'base64',
		);
		expect(decryptMessage(encrypted, key)).toEqual({ message: 'hi', appId: 'wxAPP' });
	});
});
