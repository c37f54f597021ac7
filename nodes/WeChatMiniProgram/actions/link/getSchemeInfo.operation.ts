import { getSchemeInfo } from '../../transport/weChatApi/link';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { linkInfoJson } from './linkInfo';

export const { description, execute } = weChatItemOperation({
	resource: 'link',
	operation: 'getSchemeInfo',
	properties: [
		{
			displayName: 'Scheme',
			name: 'scheme',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. weixin://dl/business/?t=XTSkBZlzqmn',
			description: 'A URL Scheme or NFC scheme the Mini Program made',
		},
	],
	async item(ctx, client, itemIndex) {
		const scheme = String(ctx.getNodeParameter('scheme', itemIndex)).trim();
		refuseIf(ctx, itemIndex, scheme === '' ? 'Scheme is empty' : undefined);
		return { scheme, ...linkInfoJson(await getSchemeInfo(client, scheme)) };
	},
});
