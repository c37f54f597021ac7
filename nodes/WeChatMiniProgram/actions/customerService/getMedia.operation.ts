import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { getTemporaryMedia } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { errorItemOrThrow } from '../forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Media ID',
		name: 'mediaId',
		type: 'string',
		required: true,
		default: '={{ $json.MediaId }}',
		description:
			'The temporary media ID of the file: the MediaId of an image a user sent (from the trigger), or one uploaded within 3 days',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field for the file',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customerService'], operation: ['getMedia'] } },
	properties,
);

/** Not forEachItem: each output item carries binary data as well as JSON. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push({
				...(await mediaItem(this, client, itemIndex)),
				pairedItem: { item: itemIndex },
			});
		} catch (error) {
			output.push(errorItemOrThrow(this, error, { item: itemIndex }));
		}
	}
	return output;
}

async function mediaItem(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const mediaId = String(ctx.getNodeParameter('mediaId', itemIndex, '')).trim();
	if (!mediaId) throw new Error(`Item ${itemIndex}: Media ID is empty`);
	const file = await getTemporaryMedia(client, mediaId);
	const binaryPropertyName = String(ctx.getNodeParameter('binaryPropertyName', itemIndex));
	const extension = file.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
	const fileName = `${mediaId}.${extension}`;
	return {
		json: { mediaId, contentType: file.contentType, bytes: file.data.length, fileName },
		binary: {
			[binaryPropertyName]: await ctx.helpers.prepareBinaryData(
				file.data,
				fileName,
				file.contentType,
			),
		},
	};
}
