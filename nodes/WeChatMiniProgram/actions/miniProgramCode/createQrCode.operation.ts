import { codePathProblem, MAX_QR_CODE_PATH_BYTES } from '../../../protocol/wechat/growth/codeRules';
import { createQrCode } from '../../transport/weChatApi/miniProgramCode';
import { refuseIf } from '../refuseItem';
import { codeOperation, codePathField, qrCodeOptions, readWidth } from './codeFields';

export const { description, execute } = codeOperation({
	operation: 'createQrCode',
	fields: [
		codePathField(
			'e.g. pages/store/store?store=12',
			'The page the square QR code opens with its query, at most 128 bytes. Shares the 100000 codes of Create Code.',
		),
	],
	options: qrCodeOptions,
	async create(ctx, client, itemIndex) {
		const path = String(ctx.getNodeParameter('path', itemIndex)).trim();
		refuseIf(ctx, itemIndex, codePathProblem(path, MAX_QR_CODE_PATH_BYTES, 'bytes'));
		const image = await createQrCode(client, { path, width: readWidth(ctx, itemIndex) });
		return { image, opens: { path }, fallbackName: `qrcode-${path}` };
	},
});
