import { getTemporaryMedia } from '../../transport/weChatApi';
import { binaryOutputField } from '../common.descriptions';
import { OutputWithBinary } from '../forEachItem';
import { weChatItemOperation } from '../weChatItemOperation';

/** Downloads temporary media as the item's binary output (WeChat keeps it 3 days). */
export const { description, execute } = weChatItemOperation({
	resource: 'customerService',
	operation: 'getMedia',
	properties: [
		{
			displayName: 'Media ID',
			name: 'mediaId',
			type: 'string',
			required: true,
			default: '={{ $json.MediaId }}',
			description:
				'The temporary media ID of the file: the MediaId of an image a user sent (from the trigger), or one uploaded within 3 days',
		},
		binaryOutputField('The name of the output binary field for the file'),
	],
	async item(ctx, client, itemIndex) {
		const mediaId = String(ctx.getNodeParameter('mediaId', itemIndex, '')).trim();
		if (!mediaId) throw new Error(`Item ${itemIndex}: Media ID is empty`);
		const file = await getTemporaryMedia(client, mediaId);
		const binaryPropertyName = String(ctx.getNodeParameter('binaryPropertyName', itemIndex));
		const extension = file.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
		const fileName = `${mediaId}.${extension}`;
		return new OutputWithBinary(
			{ mediaId, contentType: file.contentType, bytes: file.data.length, fileName },
			{
				[binaryPropertyName]: await ctx.helpers.prepareBinaryData(
					file.data,
					fileName,
					file.contentType,
				),
			},
		);
	},
});
