import { sceneProblem, unlimitedPageProblem } from '../../../protocol/wechat/growth/codeRules';
import { createUnlimitedCode } from '../../transport/weChatApi/miniProgramCode';
import { refuseIf } from '../refuseItem';
import { codeOperation, readRoundCodeOptions, roundCodeOptions } from './codeFields';

export const { description, execute } = codeOperation({
	operation: 'createUnlimitedCode',
	fields: [
		{
			displayName: 'Scene',
			name: 'scene',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. store=12&table=7',
			description:
				"What the page receives when the code is scanned: at most 32 characters of digits, letters and !#$&'()*+,/:;=?@-._~",
		},
		{
			displayName: 'Page',
			name: 'page',
			type: 'string',
			default: '',
			placeholder: 'e.g. pages/store/store',
			description:
				'The page the code opens, without a leading slash or a query (the scene carries the parameters). Empty opens the home page.',
		},
	],
	options: roundCodeOptions([
		{
			displayName: 'Check Page Exists',
			name: 'checkPath',
			type: 'boolean',
			default: true,
			description:
				'Whether WeChat refuses a page the released Mini Program does not have. Turn it off for pages of a trial or develop version.',
		},
	]),
	async create(ctx, client, itemIndex) {
		const scene = String(ctx.getNodeParameter('scene', itemIndex));
		const page = String(ctx.getNodeParameter('page', itemIndex, '')).trim();
		refuseIf(ctx, itemIndex, sceneProblem(scene));
		refuseIf(ctx, itemIndex, unlimitedPageProblem(page));
		const checkPath = ctx.getNodeParameter('options.checkPath', itemIndex, true) as boolean;
		const image = await createUnlimitedCode(client, {
			scene,
			page,
			checkPath,
			...readRoundCodeOptions(ctx, itemIndex),
		});
		return { image, opens: { scene, page }, fallbackName: `code-${scene}` };
	},
});
