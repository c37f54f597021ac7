import { createDecipheriv } from 'node:crypto';

import { transferToCustomerServiceReply } from '../../../../nodes/protocol/wechat/callback/passiveReply';
import {
	readWorkflowAnswer,
	isCustomerServiceMessage,
} from '../../../../nodes/protocol/wechat/callback/customerServiceAnswer';
import {
	sha1Signature,
	TEST_AES_KEY,
	TEST_APP_ID,
	TEST_TOKEN,
} from '../../../../testkit/fixtures/wechatTestCrypto';

const context = (format: 'xml' | 'json', encrypted: boolean) => ({
	message: { ToUserName: 'gh_mini', FromUserName: 'oUser]]>x', MsgType: 'text' },
	format,
	encrypted,
	token: TEST_TOKEN,
	encodingAESKey: TEST_AES_KEY,
	appId: TEST_APP_ID,
	nowSeconds: 1767603600,
});

/** Decrypts with the test-side crypto, written apart from the runtime code. */
function decrypt(encrypt: string): { message: string; appId: string } {
	const key = Buffer.from(`${TEST_AES_KEY}=`, 'base64');
	const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
	decipher.setAutoPadding(false);
	const padded = Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]);
	const pad = padded[padded.length - 1];
	expect(pad).toBeGreaterThanOrEqual(1);
	expect(pad).toBeLessThanOrEqual(32);
	expect(padded.length % 32).toBe(0);
	const plain = padded.subarray(0, padded.length - pad);
	const length = plain.readUInt32BE(16);
	return {
		message: plain.toString('utf8', 20, 20 + length),
		appId: plain.toString('utf8', 20 + length),
	};
}

describe('transfer_customer_service passive reply', () => {
	test('plain XML goes back to the sender, from the Mini Program; "]]>" cannot end the CDATA', () => {
		const { body, contentType } = transferToCustomerServiceReply(context('xml', false));
		expect(body).toBe(
			'<xml><ToUserName><![CDATA[oUser]]]]><![CDATA[>x]]></ToUserName><FromUserName><![CDATA[gh_mini]]></FromUserName><CreateTime>1767603600</CreateTime><MsgType><![CDATA[transfer_customer_service]]></MsgType></xml>',
		);
		expect(contentType).toMatch(/xml/);
	});

	test('plain JSON', () => {
		expect(JSON.parse(transferToCustomerServiceReply(context('json', false)).body)).toEqual({
			ToUserName: 'oUser]]>x',
			FromUserName: 'gh_mini',
			CreateTime: 1767603600,
			MsgType: 'transfer_customer_service',
		});
	});

	test.each(['xml', 'json'] as const)(
		'encrypted %s: signed over token, timestamp, nonce and Encrypt; decrypts to the plain reply',
		(format) => {
			const { body } = transferToCustomerServiceReply(context(format, true));
			const fields =
				format === 'json'
					? (JSON.parse(body) as Record<string, string | number>)
					: {
							Encrypt: /<Encrypt><!\[CDATA\[(.+?)\]\]>/.exec(body)![1],
							MsgSignature: /<MsgSignature><!\[CDATA\[(.+?)\]\]>/.exec(body)![1],
							TimeStamp: /<TimeStamp>(\d+)</.exec(body)![1],
							Nonce: /<Nonce><!\[CDATA\[(.+?)\]\]>/.exec(body)![1],
						};
			expect(String(fields.TimeStamp)).toBe('1767603600');
			expect(fields.MsgSignature).toBe(
				sha1Signature(
					TEST_TOKEN,
					String(fields.TimeStamp),
					String(fields.Nonce),
					String(fields.Encrypt),
				),
			);
			const { message, appId } = decrypt(String(fields.Encrypt));
			expect(appId).toBe(TEST_APP_ID);
			expect(message).toBe(transferToCustomerServiceReply(context(format, false)).body);
		},
	);
});

describe("the workflow's answer", () => {
	test.each([
		['success', 'success'],
		['  \n', 'success'],
		['transfer_customer_service', 'transfer'],
		['{"MsgType":"transfer_customer_service","ToUserName":"oOther"}', 'transfer'],
		['{"MsgType":"success"}', 'success'],
	])('%j is %s', (body, answer) => {
		expect(readWorkflowAnswer(Buffer.from(body))).toEqual({ ok: true, answer });
	});

	test.each([
		'<xml><MsgType>text</MsgType></xml>',
		'{"MsgType":"text"}',
		'{broken',
		'ok'.repeat(3000),
	])('%s is refused', (body) => {
		expect(readWorkflowAnswer(Buffer.from(body)).ok).toBe(false);
	});

	test('only text, image and card messages are customer service messages', () => {
		expect(
			['text', 'image', 'miniprogrampage'].every((MsgType) =>
				isCustomerServiceMessage({ MsgType }),
			),
		).toBe(true);
		expect(isCustomerServiceMessage({ MsgType: 'event', Event: 'user_enter_tempsession' })).toBe(
			false,
		);
		expect(isCustomerServiceMessage({ MsgType: 'text', Event: 'x' })).toBe(false);
		expect(isCustomerServiceMessage({ MsgType: 'voice' })).toBe(false);
	});
});
