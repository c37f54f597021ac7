import type { INodeProperties } from 'n8n-workflow';

/** A private template chosen from the account's list (loaded by getSubscribeTemplates), or an id by expression. */
export const templatePicker: INodeProperties = {
	displayName: 'Template Name or ID',
	name: 'templateId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSubscribeTemplates' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** A public template title (tid), typed in: Get Public Titles lists them. */
export function templateTitleIdField(example: string, description: string): INodeProperties {
	return {
		displayName: 'Template Title ID',
		name: 'tid',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${example}`,
		description,
	};
}
