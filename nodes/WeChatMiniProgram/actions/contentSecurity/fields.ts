import type { INodeProperties } from 'n8n-workflow';

import { SCENES } from '../../../protocol/wechat/contentSecurity/checkRules';
import { triggerUserOpenidField } from '../openidField';

export const userOpenidField = triggerUserOpenidField(
	'User Openid',
	'The openid of a user who opened the Mini Program in the last 2 hours: the author of the content, or the user it is for',
);

export const sceneField: INodeProperties = {
	displayName: 'Scene',
	name: 'scene',
	type: 'options',
	default: 2,
	description: 'Where the content appears; WeChat judges it by the rules of that place',
	options: [...SCENES]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name, value }) => ({ name, value })),
};
