import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';

/** Whose WeChat ID a room member field asks for; it names the field ("Assistant WeChat ID"). */
export type RoomMember = 'Assistant' | 'Sub-Anchor';

/** The WeChat ID of an assistant or sub-anchor (not an openid). */
export function memberIdField(member: RoomMember, description: string): INodeProperties {
	return {
		displayName: `${member} WeChat ID`,
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		description,
	};
}

export function readMemberId(
	ctx: IExecuteFunctions,
	member: RoomMember,
	itemIndex: number,
	endpoint: string,
): string {
	return readRequiredText(ctx, 'username', `${member} WeChat ID`, itemIndex, endpoint);
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
