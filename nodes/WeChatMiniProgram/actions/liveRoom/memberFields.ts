import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';

/** The WeChat ID of an assistant or sub-anchor (not an openid). */
export function weChatIdField(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		description,
	};
}

export const nicknameField: INodeProperties = {
	displayName: 'Nickname',
	name: 'nickname',
	type: 'string',
	required: true,
	default: '',
	description: 'The name shown for the assistant in the room',
};

export function readRequiredText(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
	endpoint: string,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	assertNoProblems(endpoint, [value ? undefined : `${label} is empty`]);
	return value;
}
