import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import {
	MAX_TEXT_CHARACTERS,
	textCheckProblems,
} from '../../../protocol/wechat/contentSecurity/checkRules';
import type { TextCheck } from '../../../protocol/wechat/contentSecurity/checkRules';
import { readVerdict } from '../../../protocol/wechat/contentSecurity/verdict';
import { checkText } from '../../transport/weChatApi';
import { optionsCollection } from '../common.descriptions';
import { weChatItemOperation } from '../weChatItemOperation';
import { sceneField, userOpenidField } from './fields';

export const { description, execute } = weChatItemOperation({
	resource: 'contentSecurity',
	operation: 'checkText',
	properties: [
		{
			displayName: 'Text',
			name: 'content',
			type: 'string',
			required: true,
			default: '',
			typeOptions: { rows: 3 },
			description: `The text to check, at most ${MAX_TEXT_CHARACTERS} characters`,
		},
		userOpenidField,
		sceneField,
		optionsCollection([
			{
				displayName: 'Nickname',
				name: 'nickname',
				type: 'string',
				default: '',
				description: "The user's nickname, checked with the text",
			},
			{
				displayName: 'Signature',
				name: 'signature',
				type: 'string',
				default: '',
				description: "The user's profile signature, checked with the text (Profile scene only)",
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'The title of the text, checked with it',
			},
		]),
	],
	async item(ctx, client, itemIndex) {
		const options = ctx.getNodeParameter('options', itemIndex, {}) as Record<string, string>;
		const check: TextCheck = {
			content: String(ctx.getNodeParameter('content', itemIndex, '')),
			openid: String(ctx.getNodeParameter('openid', itemIndex, '')).trim(),
			scene: Number(ctx.getNodeParameter('scene', itemIndex, 2)),
		};
		for (const key of ['title', 'nickname', 'signature'] as const)
			if (options[key]?.trim()) check[key] = options[key].trim();
		assertNoProblems('/wxa/msg_sec_check', textCheckProblems(check));
		const verdict = readVerdict(await checkText(client, check));
		return { ...verdict, openid: check.openid, scene: check.scene };
	},
});
