import { NodeOperationError } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { splitList } from '../../../protocol/common/lists';
import { applyForFamousBrand } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';

const FAMOUS = { show: { applyFor: [1] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Apply As',
		name: 'applyFor',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Famous Brand', value: 1 },
			{ name: 'Mini Shop Goods Component User', value: 2 },
		],
	},
	{
		displayName: 'Brand Name',
		name: 'brandName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: FAMOUS,
	},
	{
		displayName: 'Brand Type',
		name: 'brandType',
		type: 'options',
		default: 1,
		displayOptions: FAMOUS,
		options: [
			{ name: 'China Chain Store Association Online Retail', value: 2 },
			{ name: 'China Time-Honored Brand', value: 3 },
			{ name: 'E-Commerce Flagship Store', value: 4 },
			{ name: 'Fortune Global 500 Brand', value: 5 },
			{ name: 'MIIT Consumer Goods List', value: 1 },
			{ name: 'MIIT Growing Consumer Brands List', value: 8 },
			{ name: 'Top 500 Chinese Enterprise Brand', value: 6 },
			{ name: 'Well-Known Trademark', value: 7, description: 'Recognized by the authorities' },
		],
	},
	{
		displayName: 'Flagship Store Platform',
		name: 'flagshipPlatform',
		type: 'string',
		default: '',
		placeholder: 'e.g. Tmall',
		description: 'The e-commerce platform of the flagship store',
		displayOptions: { show: { applyFor: [1], brandType: [4] } },
	},
	{
		displayName: 'Flagship Store Proof Media IDs',
		name: 'ecPlatformProof',
		type: 'string',
		default: '',
		description:
			'Comma-separated media IDs of images (uploaded as temporary media) proving the flagship store',
		displayOptions: { show: { applyFor: [1], brandType: [4] } },
	},
	{
		displayName: 'Trademark Proof Media IDs',
		name: 'authorityProof',
		type: 'string',
		default: '',
		description: 'Comma-separated media IDs of images proving the well-known trademark',
		displayOptions: { show: { applyFor: [1], brandType: [7] } },
	},
	{
		displayName: 'Other Material Media IDs',
		name: 'otherMaterial',
		type: 'string',
		default: '',
		description: 'Comma-separated media IDs of further images',
		displayOptions: FAMOUS,
	},
];

/** Applies for the famous-brand status (longer settlement terms); once, while none is in review. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'applyForBrand',
	properties,
	item: async (ctx, client, itemIndex) => {
		const applyFor = Number(ctx.getNodeParameter('applyFor', itemIndex, 1));
		const application: Record<string, unknown> = { apply_for: applyFor };
		if (applyFor === 1) {
			const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '')).trim();
			const list = (name: string) =>
				splitList(ctx.getNodeParameter(name, itemIndex, ''))
					.map((value) => String(value).trim())
					.filter(Boolean);
			const brandType = Number(ctx.getNodeParameter('brandType', itemIndex, 1));
			const problems: string[] = [];
			if (!text('brandName')) problems.push('the brand name is empty');
			if (brandType === 4 && !text('flagshipPlatform'))
				problems.push('a flagship store needs its platform');
			if (brandType === 4 && list('ecPlatformProof').length === 0)
				problems.push('a flagship store needs proof images');
			if (brandType === 7 && list('authorityProof').length === 0)
				problems.push('a well-known trademark needs proof images');
			if (problems.length > 0)
				throw new NodeOperationError(
					ctx.getNode(),
					`The brand application was not sent: ${problems.join('; ')}`,
					{ itemIndex },
				);
			application.audit_info = {
				brand_name: text('brandName'),
				brand_type: brandType,
				...(brandType === 4
					? {
							flagship_in_which_ec_platform: text('flagshipPlatform'),
							ec_platform_proof_list: list('ecPlatformProof'),
						}
					: {}),
				...(brandType === 7 ? { authority_certified_proof_list: list('authorityProof') } : {}),
				...(list('otherMaterial').length > 0 ? { other_material_list: list('otherMaterial') } : {}),
			};
		}
		const answer = await applyForFamousBrand(client, application);
		return { applyFor, status: 'inReview', errcode: 0, errmsg: String(answer.errmsg ?? 'ok') };
	},
});
