import { NodeOperationError } from 'n8n-workflow';

import { buildAddTemplateRequest } from '../../../protocol/wechat/subscribe/addTemplateRequest';
import { addTemplate } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { templateTitleIdField } from './templatePicker';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'add',
	properties: [
		templateTitleIdField('401', 'The ID of a public template title, from Get Public Titles'),
		{
			displayName: 'Keyword IDs',
			name: 'keywordIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 3, 5, 4',
			description:
				'2 to 5 keyword IDs of the title, from Get Public Keywords, in the order the message shows them. Leave empty for titles with fixed keywords (title IDs 10000001 to 19999999).',
		},
		{
			displayName: 'Scene Description',
			name: 'sceneDesc',
			type: 'string',
			default: '',
			description: 'When the template is sent, at most 15 characters',
		},
	],
	async item(ctx, client, itemIndex) {
		let request;
		try {
			request = buildAddTemplateRequest(
				ctx.getNodeParameter('tid', itemIndex),
				ctx.getNodeParameter('keywordIds', itemIndex, ''),
				ctx.getNodeParameter('sceneDesc', itemIndex, ''),
			);
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, { itemIndex });
		}
		return { priTmplId: await addTemplate(client, request), ...request };
	},
});
