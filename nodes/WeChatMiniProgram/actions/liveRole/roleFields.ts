import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';

/** Roles addrole and deleterole accept; the super admin (0) can be neither set nor removed. */
export const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	options: [
		{ name: 'Admin', value: 1 },
		{ name: 'Anchor', value: 2, description: 'Must have verified their real name' },
		{ name: 'Operator', value: 3 },
	],
	default: 2,
};

export const memberWeChatIdField: INodeProperties = {
	displayName: 'WeChat ID',
	name: 'username',
	type: 'string',
	required: true,
	default: '',
	description: "The member's WeChat ID (not an openid)",
};

export function readMember(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: string,
): { username: string; role: number } {
	const username = String(ctx.getNodeParameter('username', itemIndex, '') ?? '').trim();
	const role = Number(ctx.getNodeParameter('role', itemIndex));
	assertNoProblems(endpoint, [
		username ? undefined : 'WeChat ID is empty',
		[1, 2, 3].includes(role)
			? undefined
			: `role ${role} is not 1 (admin), 2 (anchor) or 3 (operator)`,
	]);
	return { username, role };
}
