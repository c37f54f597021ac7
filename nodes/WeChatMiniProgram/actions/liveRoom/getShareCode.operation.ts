import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { downloadImage } from '../../transport/imageDownload';
import type { TransportOptions } from '../../transport/transportOptions';
import { getSharedCode } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { binaryOutputField } from '../common.descriptions';
import { errorItemOrThrow } from '../forEachItem';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room to share' }),
	binaryOutputField(
		'The name of the output binary field for the share code image',
		'Put Output Image in Field',
	),
	{
		displayName: 'Custom Parameters',
		name: 'params',
		type: 'json',
		default: '',
		description:
			'Optional JSON object the shared page receives as its custom parameters, e.g. {"source": "poster"}',
	},
];

export const description = operationFields('liveRoom', 'getShareCode', properties);

/** Not forEachItem: each output item carries binary data as well as JSON. */
export const execute: OperationExecutor = async function (items, transport) {
	const client = await WeChatClient.create(this, transport);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push({
				...(await shareCodeItem(this, client, transport, itemIndex)),
				pairedItem: { item: itemIndex },
			});
		} catch (error) {
			output.push(errorItemOrThrow(this, error, { item: itemIndex }));
		}
	}
	return output;
};

async function shareCodeItem(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	transport: TransportOptions,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const roomId = readRoomId(ctx, 'roomId', itemIndex);
	const code = await getSharedCode(client, roomId, readParams(ctx, itemIndex));
	const image = await downloadImage(ctx, transport, code.cdnUrl);
	const binaryPropertyName = String(ctx.getNodeParameter('binaryPropertyName', itemIndex));
	const extension = image.contentType.split('/')[1] ?? 'jpg';
	return {
		json: { roomId, ...code },
		binary: {
			[binaryPropertyName]: await ctx.helpers.prepareBinaryData(
				image.data,
				`room-${roomId}-share-code.${extension}`,
				image.contentType,
			),
		},
	};
}

/**
 * The custom parameters as WeChat wants them: URL-encoded JSON, which the query string then encodes
 * once more (EasyWeChat's test shows the same double encoding, e.g. params=%257B...).
 */
function readParams(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	const raw = ctx.getNodeParameter('params', itemIndex, '') as unknown;
	if (raw === '' || raw === undefined || raw === null) return undefined;
	const json = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
	if (json === '' || json === '{}') return undefined;
	try {
		JSON.parse(json);
	} catch {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: Custom Parameters is not valid JSON`,
			{ itemIndex },
		);
	}
	return encodeURIComponent(json);
}
