import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import {
	customerMessageProblems,
	MAX_TEXT_BYTES,
} from '../../../protocol/wechat/customerService/customerMessage';
import type { CustomerMessageBody } from '../../../protocol/wechat/customerService/customerMessage';
import { sendCustomerMessage } from '../../transport/weChatApi';
import type { WeChatClient } from '../../transport/weChatClient';
import { weChatItemOperation } from '../weChatItemOperation';
import {
	customerImage,
	customerImageFields,
	customerImageMediaId,
	readCustomerImage,
} from './customerImage';
import { openidField } from './openidField';

const SEND = '/cgi-bin/message/custom/send';
const IMAGE = customerImage('image', 'Image');
const CARD_THUMBNAIL = customerImage('thumb', 'Card Image');

const ofType = (...msgtype: string[]) => ({ show: { msgtype } });

const properties: INodeProperties[] = [
	openidField,
	{
		displayName: 'Message Type',
		name: 'msgtype',
		type: 'options',
		default: 'text',
		description: 'What kind of message to send',
		options: [
			{ name: 'Image', value: 'image', description: 'A picture' },
			{
				name: 'Link',
				value: 'link',
				description: 'A card with a title, description and picture that opens a web page',
			},
			{
				name: 'Mini Program Card',
				value: 'miniprogrampage',
				description: 'A card that opens a page of this Mini Program',
			},
			{ name: 'Text', value: 'text', description: 'Plain text' },
		],
	},
	{
		displayName: 'Text',
		name: 'content',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		description: `The text the user receives (at most ${MAX_TEXT_BYTES} bytes in UTF-8, about 680 Chinese characters)`,
		displayOptions: ofType('text'),
	},
	...customerImageFields(IMAGE, ofType('image')),
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'The title shown on the card',
		displayOptions: ofType('link', 'miniprogrampage'),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		required: true,
		default: '',
		description: 'The text under the title',
		displayOptions: ofType('link'),
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/order/123',
		description: 'The web page the card opens',
		displayOptions: ofType('link'),
	},
	{
		displayName: 'Thumbnail URL',
		name: 'thumbUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/cover.jpg',
		description: 'The picture of the card, a JPG or PNG (best 640 × 320, or 80 × 80)',
		displayOptions: ofType('link'),
	},
	{
		displayName: 'Page Path',
		name: 'pagepath',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. pages/index/index?foo=bar',
		description:
			"The Mini Program page the card opens, as listed in the Mini Program's pages, with its query if any",
		displayOptions: ofType('miniprogrampage'),
	},
	...customerImageFields(CARD_THUMBNAIL, ofType('miniprogrampage')),
];

/**
 * Sends one customer service message per item. Each message is checked before anything is sent;
 * an image from binary input is uploaded as temporary media first. A message is never resent on
 * an unclear answer (the user could get it twice); 45015 / 45047 say why the user cannot be answered now.
 */
export const { description, execute } = weChatItemOperation({
	resource: 'customerService',
	operation: 'send',
	properties,
	words: { noun: 'message', done: 'sent' },
	async item(ctx, client, itemIndex) {
		const touser = String(ctx.getNodeParameter('openid', itemIndex, '')).trim();
		const msgtype = ctx.getNodeParameter('msgtype', itemIndex) as CustomerMessageBody['msgtype'];
		const { body, uploadedMediaId } = await prepareMessage(ctx, client, itemIndex, touser, msgtype);
		const { errmsg } = await sendCustomerMessage(client, body);
		return {
			touser,
			msgtype,
			sent: true,
			...(uploadedMediaId ? { mediaId: uploadedMediaId } : {}),
			errcode: 0,
			errmsg,
		};
	},
});

async function prepareMessage(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
	touser: string,
	msgtype: CustomerMessageBody['msgtype'],
): Promise<{ body: CustomerMessageBody; uploadedMediaId?: string }> {
	const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, ''));
	if (msgtype === 'text')
		return { body: checked({ touser, msgtype, text: { content: text('content') } }) };
	if (msgtype === 'link')
		return {
			body: checked({
				touser,
				msgtype,
				link: {
					title: text('title').trim(),
					description: text('description').trim(),
					url: text('url').trim(),
					thumb_url: text('thumbUrl').trim(),
				},
			}),
		};
	const image = msgtype === 'image' ? IMAGE : CARD_THUMBNAIL;
	// Check everything else and the image before uploading: an upload of a message that cannot go is waste.
	const read = readCustomerImage(ctx, itemIndex, image, SEND);
	const placeholder = read.kind === 'mediaId' ? read.mediaId : 'to be uploaded';
	const build = (mediaId: string): CustomerMessageBody =>
		msgtype === 'image'
			? { touser, msgtype, image: { media_id: mediaId } }
			: {
					touser,
					msgtype: 'miniprogrampage',
					miniprogrampage: {
						title: text('title').trim(),
						pagepath: text('pagepath').trim(),
						thumb_media_id: mediaId,
					},
				};
	checked(build(placeholder));
	const { mediaId, uploaded } = await customerImageMediaId(
		ctx,
		client,
		itemIndex,
		image,
		read,
		SEND,
	);
	return { body: build(mediaId), uploadedMediaId: uploaded ? mediaId : undefined };
}

function checked(body: CustomerMessageBody): CustomerMessageBody {
	assertNoProblems(SEND, customerMessageProblems(body));
	return body;
}
