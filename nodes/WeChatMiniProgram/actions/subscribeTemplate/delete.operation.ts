import { deleteTemplate } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { templatePicker } from './templatePicker';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'delete',
	properties: [
		{
			...templatePicker,
			description: `The private template to delete. ${templatePicker.description}`,
		},
	],
	async item(ctx, client, itemIndex) {
		const priTmplId = String(ctx.getNodeParameter('templateId', itemIndex)).trim();
		await deleteTemplate(client, priTmplId);
		return { priTmplId, deleted: true };
	},
});
