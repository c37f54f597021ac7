import { judgeWeChatAnswer } from '../../../nodes/protocol/wechat/answerVerdict';
import { WeChatApiError } from '../../../nodes/protocol/wechat/apiError';
import { safeErrorDetails } from '../../../nodes/protocol/wechat/errorDetails';

const QR = 'https://res.wx.qq.com/op_res/realname-check';

describe('WeChat error details: only whitelisted web addresses leave an error answer', () => {
	test('qrcode_url (room/create 300036) and codeurl (role/addrole 400002) are kept', () => {
		expect(safeErrorDetails({ errcode: 300036, qrcode_url: QR })).toEqual({ qrcode_url: QR });
		expect(safeErrorDetails({ errcode: 400002, codeurl: QR })).toEqual({ codeurl: QR });
	});

	test('any other field, and a whitelisted field that is not a web address, is dropped', () => {
		expect(
			safeErrorDetails({
				errcode: 300036,
				access_token: 'ACCESS_TOKEN_SECRET',
				anchorWechat: 'anchor_wx',
				qrcode_url: 'javascript:alert(1)',
				codeurl: `${QR} and more`,
			}),
		).toEqual({});
		expect(safeErrorDetails({ errcode: 300036, qrcode_url: { url: QR } })).toEqual({});
	});

	test('the judged error carries the details and names them in its message', () => {
		const verdict = judgeWeChatAnswer(
			{ errcode: 300036, errmsg: 'please scan the code rid: 6f-1', qrcode_url: QR, secret: 'S' },
			'/wxaapi/broadcast/room/create',
			{ errorMeanings: { 300036: 'the anchor has no real-name verification' } },
			true,
		);
		if (verdict.kind !== 'failed') throw new Error(`expected a failure, got ${verdict.kind}`);
		const { error } = verdict;
		if (!(error instanceof WeChatApiError)) throw new Error('expected a WeChatApiError');
		expect(error.details).toEqual({ qrcode_url: QR });
		expect(error.message).toBe(
			`WeChat /wxaapi/broadcast/room/create answered errcode 300036 (the anchor has no real-name verification): please scan the code. real-name verification QR code: ${QR}`,
		);
	});

	test('an error without details reads as before', () => {
		expect(new WeChatApiError(40003, 'invalid openid', '/x').message).toBe(
			'WeChat /x answered errcode 40003 (invalid openid): invalid openid',
		);
	});
});
