import { codePathProblem, MAX_CODE_PATH_LENGTH } from '../../../protocol/wechat/growth/codeRules';
import { createCode } from '../../transport/weChatApi/miniProgramCode';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import {
	binaryPropertyField,
	codeOutput,
	codesInFlight,
	fileNameField,
	readRoundCodeOptions,
	roundCodeOptions,
} from './codeFields';

export const { description, execute } = weChatItemOperation({
	resource: 'miniProgramCode',
	operation: 'createCode',
	properties: [
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pages/order/detail?order=1909917325',
			description:
				'The page the code opens with its query, at most 1024 characters. WeChat makes at most 100000 of these codes for a Mini Program in all.',
		},
		binaryPropertyField,
		fileNameField,
		roundCodeOptions(),
	],
	inFlight: codesInFlight,
	async item(ctx, client, itemIndex) {
		const path = String(ctx.getNodeParameter('path', itemIndex)).trim();
		refuseIf(ctx, itemIndex, codePathProblem(path, MAX_CODE_PATH_LENGTH, 'characters'));
		const { envVersion, ...look } = readRoundCodeOptions(ctx, itemIndex);
		const image = await createCode(client, { path, envVersion, ...look });
		return await codeOutput(ctx, itemIndex, image, { path }, `code-${path}`);
	},
});
