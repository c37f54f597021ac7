import { codePathProblem, MAX_QR_CODE_PATH_BYTES } from '../../../protocol/wechat/growth/codeRules';
import { createQrCode } from '../../transport/weChatApi/miniProgramCode';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import {
	binaryPropertyField,
	codeOutput,
	codesInFlight,
	fileNameField,
	qrCodeOptions,
	readWidth,
} from './codeFields';

export const { description, execute } = weChatItemOperation({
	resource: 'miniProgramCode',
	operation: 'createQrCode',
	properties: [
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pages/store/store?store=12',
			description:
				'The page the square QR code opens with its query, at most 128 bytes. Shares the 100000 codes of Create Code.',
		},
		binaryPropertyField,
		fileNameField,
		qrCodeOptions,
	],
	inFlight: codesInFlight,
	async item(ctx, client, itemIndex) {
		const path = String(ctx.getNodeParameter('path', itemIndex)).trim();
		refuseIf(ctx, itemIndex, codePathProblem(path, MAX_QR_CODE_PATH_BYTES, 'bytes'));
		const image = await createQrCode(client, { path, width: readWidth(ctx, itemIndex) });
		return await codeOutput(ctx, itemIndex, image, { path }, `qrcode-${path}`);
	},
});
