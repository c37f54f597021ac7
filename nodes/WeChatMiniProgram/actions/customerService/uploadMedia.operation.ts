import { weChatItemOperation } from '../weChatItemOperation';
import { customerImage, customerImageMediaId, readCustomerImage } from './customerImage';

const UPLOAD = '/cgi-bin/media/upload';
const IMAGE = customerImage('image', 'Image');

/** Uploads an image as temporary media (valid 3 days), for Send's image or card, or any later use. */
export const { description, execute } = weChatItemOperation({
	resource: 'customerService',
	operation: 'uploadMedia',
	properties: [
		{
			displayName: 'Input Binary Field',
			// Read by readCustomerImage as `${IMAGE.key}BinaryProperty`.
			name: 'imageBinaryProperty',
			type: 'string',
			required: true,
			default: 'data',
			hint: `The name of the input binary field holding the image (${IMAGE.rule})`,
		},
	],
	async item(ctx, client, itemIndex) {
		// Upload Media has no source choice: its image is always binary input.
		const read = readCustomerImage(ctx, itemIndex, IMAGE, UPLOAD);
		const { mediaId } = await customerImageMediaId(ctx, client, itemIndex, IMAGE, read, UPLOAD);
		return { mediaId, type: 'image' };
	},
});
