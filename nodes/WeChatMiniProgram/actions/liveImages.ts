import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../protocol/wechat/broadcast/ruleViolation';
import { imageSizeProblem } from '../../protocol/wechat/broadcast/roomRules';
import { uploadTemporaryImage } from '../transport/weChatApi';
import type { WeChatClient } from '../transport/weChatClient';

/**
 * An image the live broadcast APIs take as a temporary media id: from a binary input field
 * (uploaded through /cgi-bin/media/upload first) or a media id uploaded earlier.
 */
export interface LiveImage {
	/** The API's field name, also the prefix of this image's parameters. */
	key: string;
	displayName: string;
	/** WeChat's size rule, shown in the field's hint. */
	rule: string;
	maxBytes: number;
	/** Whether "Keep Current" is offered (updates that leave the image alone). */
	optional?: boolean;
	/** The binary field name suggested by default. */
	defaultBinaryProperty: string;
}

export function liveImageFields(image: LiveImage): INodeProperties[] {
	const source = `${image.key}Source`;
	const options = [
		{ name: 'Binary Input Field', value: 'binary', description: 'Upload it as temporary media' },
		{ name: 'Media ID', value: 'mediaId', description: 'A temporary media ID (valid 3 days)' },
	];
	if (image.optional)
		options.unshift({
			name: 'Keep Current',
			value: 'keep',
			description: 'Leave the image as it is',
		});
	const sourceField: INodeProperties = {
		displayName: image.displayName,
		name: source,
		type: 'options',
		noDataExpression: true,
		options,
		default: 'binary',
		description: image.rule,
	};
	if (image.optional) sourceField.default = 'keep';
	const binaryField: INodeProperties = {
		displayName: `${image.displayName} Input Field`,
		name: `${image.key}BinaryProperty`,
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the image',
		displayOptions: { show: { [source]: ['binary'] } },
	};
	binaryField.default = image.defaultBinaryProperty;
	return [
		sourceField,
		binaryField,
		{
			displayName: `${image.displayName} Media ID`,
			name: `${image.key}MediaId`,
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { [source]: ['mediaId'] } },
		},
	];
}

export type ImageSource =
	| { kind: 'keep' }
	| { kind: 'mediaId'; mediaId: string }
	| { kind: 'binary'; propertyName: string };

/** What is wrong with a binary image (its label names the field), by the rule of the API taking it. */
export type BinaryImageRule = (
	label: string,
	mimeType: string | undefined,
	bytes: number | undefined,
) => Array<string | undefined>;

/** The live broadcast APIs' rule: any image type, at most the image's size. */
function liveImageRule(image: LiveImage): BinaryImageRule {
	return (label, mimeType, bytes) => [
		mimeType?.startsWith('image/')
			? undefined
			: `${label} is ${mimeType || 'not typed'}, not an image`,
		bytes === undefined ? undefined : imageSizeProblem(label, bytes, image.maxBytes),
	];
}

/** Reads where the image comes from and checks a binary one by the API's rule, sending nothing yet. */
export function readLiveImage(
	ctx: IExecuteFunctions,
	itemIndex: number,
	image: LiveImage,
	endpoint: string,
	rule: BinaryImageRule = liveImageRule(image),
): ImageSource {
	const source = ctx.getNodeParameter(`${image.key}Source`, itemIndex, 'binary') as string;
	if (source === 'keep') return { kind: 'keep' };
	if (source === 'mediaId') {
		const mediaId = String(ctx.getNodeParameter(`${image.key}MediaId`, itemIndex, '')).trim();
		assertNoProblems(endpoint, [mediaId ? undefined : `${image.displayName} Media ID is empty`]);
		return { kind: 'mediaId', mediaId };
	}
	const propertyName = String(
		ctx.getNodeParameter(`${image.key}BinaryProperty`, itemIndex, image.defaultBinaryProperty),
	).trim();
	const binary = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	const label = `${image.displayName} (binary field "${propertyName}")`;
	assertNoProblems(endpoint, rule(label, binary.mimeType, binary.bytes));
	return { kind: 'binary', propertyName };
}

/**
 * The media id of an image read by readLiveImage: uploads binary input (after checking its real
 * size), undefined for "Keep Current".
 */
export async function liveImageMediaId(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
	image: LiveImage,
	read: ReturnType<typeof readLiveImage>,
	endpoint: string,
): Promise<string | undefined> {
	if (read.kind === 'keep') return undefined;
	if (read.kind === 'mediaId') return read.mediaId;
	const binary = ctx.helpers.assertBinaryData(itemIndex, read.propertyName);
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, read.propertyName);
	assertNoProblems(endpoint, [
		imageSizeProblem(
			`${image.displayName} (binary field "${read.propertyName}")`,
			data.length,
			image.maxBytes,
		),
	]);
	return await uploadTemporaryImage(client, {
		fileName: binary.fileName ?? `${image.key}.${binary.fileExtension ?? 'jpg'}`,
		contentType: binary.mimeType,
		data,
	});
}
