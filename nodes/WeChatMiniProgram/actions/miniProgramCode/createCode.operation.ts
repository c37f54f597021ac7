import { codePathProblem, MAX_CODE_PATH_LENGTH } from '../../../protocol/wechat/growth/codeRules';
import { createCode } from '../../transport/weChatApi/miniProgramCode';
import { refuseIf } from '../refuseItem';
import { codeOperation, codePathField, readRoundCodeOptions, roundCodeOptions } from './codeFields';

export const { description, execute } = codeOperation({
	operation: 'createCode',
	fields: [
		codePathField(
			'e.g. pages/order/detail?order=1909917325',
			'The page the code opens with its query, at most 1024 characters. WeChat makes at most 100000 of these codes for a Mini Program in all.',
		),
	],
	options: roundCodeOptions(),
	async create(ctx, client, itemIndex) {
		const path = String(ctx.getNodeParameter('path', itemIndex)).trim();
		refuseIf(ctx, itemIndex, codePathProblem(path, MAX_CODE_PATH_LENGTH, 'characters'));
		const { envVersion, ...look } = readRoundCodeOptions(ctx, itemIndex);
		const image = await createCode(client, { path, envVersion, ...look });
		return { image, opens: { path }, fallbackName: `code-${path}` };
	},
});
