import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { sniffImageType } from '../../../protocol/common/fileAnswer';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import {
	IMAGE_TYPES,
	imageProblems,
	MAX_IMAGE_BYTES,
} from '../../../protocol/wechat/customerService/customerMessage';
import { uploadTemporaryImage } from '../../transport/weChatApi';
import type { WeChatClient } from '../../transport/weChatClient';
import { liveImageFields, readLiveImage } from '../liveImages';
import type { ImageSource, LiveImage } from '../liveImages';

/** An image a customer service message carries: binary input uploaded first, or a media id. */
export function customerImage(key: string, displayName: string): LiveImage {
	return {
		key,
		displayName,
		rule: `${IMAGE_TYPES.map((type) => type.slice(6).toUpperCase()).join(', ')}, at most 2 MB`,
		maxBytes: MAX_IMAGE_BYTES,
		defaultBinaryProperty: 'data',
	};
}

export function customerImageFields(
	image: LiveImage,
	displayOptions: INodeProperties['displayOptions'],
): INodeProperties[] {
	return liveImageFields(image).map((field) => ({
		...field,
		displayOptions: {
			show: { ...displayOptions?.show, ...field.displayOptions?.show },
		},
	}));
}

/** Customer service images have no "Keep Current": they come from binary input or a media id. */
export type ReadImage = Exclude<ImageSource, { kind: 'keep' }>;

/** Reads where the image comes from and checks a binary one (type, size), sending nothing yet. */
export function readCustomerImage(
	ctx: IExecuteFunctions,
	itemIndex: number,
	image: LiveImage,
	endpoint: string,
): ReadImage {
	// bytes is unknown for binary data kept outside memory: the real size is checked before upload.
	return readLiveImage(ctx, itemIndex, image, endpoint, (label, mimeType, bytes) =>
		imageProblems(label, mimeType, bytes ?? 1),
	) as ReadImage;
}

/** The media id of an image read by readCustomerImage, uploading binary input as temporary media. */
export async function customerImageMediaId(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
	image: LiveImage,
	read: ReadImage,
	endpoint: string,
): Promise<{ mediaId: string; uploaded: boolean }> {
	if (read.kind === 'mediaId') return { mediaId: read.mediaId, uploaded: false };
	const binary = ctx.helpers.assertBinaryData(itemIndex, read.propertyName);
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, read.propertyName);
	const label = `${image.displayName} (binary field "${read.propertyName}")`;
	// The bytes say what the image is when they show a known type; the label is all there is otherwise.
	assertNoProblems(
		endpoint,
		imageProblems(label, sniffImageType(data) ?? binary.mimeType, data.length),
	);
	const mediaId = await uploadTemporaryImage(client, {
		fileName: binary.fileName ?? `${image.key}.${binary.fileExtension ?? 'jpg'}`,
		contentType: binary.mimeType,
		data,
	});
	return { mediaId, uploaded: true };
}
