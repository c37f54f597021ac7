import { NodeOperationError } from 'n8n-workflow';

import { splitList } from '../../../protocol/common/lists';
import { applyForTradeTypeChange } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';

const MAX_MATERIALS = 10;
const MAX_VIDEOS = 3;

/** Applies to change the Mini Program's trade type: once per account, with images and videos. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'changeTradeType',
	properties: [
		{
			displayName: 'WeChat accepts one trade type change application per account',
			name: 'onceNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Trade Type',
			name: 'tradeType',
			type: 'options',
			default: 2,
			options: [
				{ name: 'General', value: 1 },
				{ name: 'Offline Services', value: 3 },
				{ name: 'Online Services', value: 4 },
				{ name: 'Physical Goods', value: 2 },
			],
		},
		{
			displayName: 'Image Media IDs',
			name: 'imageMediaIds',
			type: 'string',
			default: '',
			description:
				'Comma-separated media IDs of images (uploaded as temporary media) supporting the application',
		},
		{
			displayName: 'Video Media IDs',
			name: 'videoMediaIds',
			type: 'string',
			default: '',
			description: `Comma-separated media IDs of videos, at most ${MAX_VIDEOS}; images and videos together at most ${MAX_MATERIALS}`,
		},
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			required: true,
			default: '',
			typeOptions: { rows: 3 },
			description: 'Why the trade type should change',
		},
	],
	item: async (ctx, client, itemIndex) => {
		const ids = (name: string) =>
			splitList(ctx.getNodeParameter(name, itemIndex, ''))
				.map((value) => String(value).trim())
				.filter(Boolean);
		const images = ids('imageMediaIds');
		const videos = ids('videoMediaIds');
		const reason = String(ctx.getNodeParameter('reason', itemIndex, '')).trim();
		const tradeType = Number(ctx.getNodeParameter('tradeType', itemIndex, 2));
		const problems: string[] = [];
		if (images.length + videos.length === 0) problems.push('give at least one image or video');
		if (images.length + videos.length > MAX_MATERIALS)
			problems.push(`${images.length + videos.length} materials (at most ${MAX_MATERIALS})`);
		if (videos.length > MAX_VIDEOS)
			problems.push(`${videos.length} videos (at most ${MAX_VIDEOS})`);
		if (!reason) problems.push('the reason is empty');
		if (problems.length > 0)
			throw new NodeOperationError(
				ctx.getNode(),
				`The trade type change was not applied for: ${problems.join('; ')}`,
				{ itemIndex },
			);
		const answer = await applyForTradeTypeChange(client, {
			trade_type: tradeType,
			material_list: [
				...images.map((media_id) => ({ type: 1, media_id })),
				...videos.map((media_id) => ({ type: 2, media_id })),
			],
			reason,
		});
		return {
			tradeType,
			materials: images.length + videos.length,
			errcode: 0,
			errmsg: String(answer.errmsg ?? 'ok'),
		};
	},
});
