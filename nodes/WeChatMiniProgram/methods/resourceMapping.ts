import { NodeOperationError } from 'n8n-workflow';
import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { templateFields } from '../../protocol/wechat/subscribe/privateTemplate';
import { withNodeErrors } from '../transport/nodeErrors';
import { fetchPrivateTemplates } from '../transport/weChatApi';
import type { TransportOptions } from '../transport/transportOptions';
import { WeChatClient } from '../transport/weChatClient';

/** The keywords of the chosen template ("物品名称 (thing1)", ...), every one required by WeChat. */
export function getTemplateDataFields(transport: TransportOptions) {
	return async function (this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const templateId = String(this.getNodeParameter('templateId', '') ?? '').trim();
		if (!templateId) return { fields: [], emptyFieldsNotice: 'Choose a template first' };
		const templates = await withNodeErrors(
			this,
			async () => await fetchPrivateTemplates(await WeChatClient.create(this, transport)),
		);
		const template = templates.find((candidate) => candidate.priTmplId === templateId);
		if (!template) {
			throw new NodeOperationError(
				this.getNode(),
				`Template ${templateId} is not among the account's templates`,
				{
					description:
						'It may have been deleted: choose another template, or add it again with Subscribe Template > Add.',
				},
			);
		}
		return {
			fields: templateFields(template).map((field) => ({
				id: field.key,
				displayName: field.label === field.key ? field.key : `${field.label} (${field.key})`,
				required: true,
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: field.enumValues ? 'options' : 'string',
				options: field.enumValues?.map((value) => ({ name: value, value })),
			})),
		};
	};
}
