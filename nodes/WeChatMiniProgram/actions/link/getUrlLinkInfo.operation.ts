import { getUrlLinkInfo } from '../../transport/weChatApi/link';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { linkInfoJson } from './linkInfo';

export const { description, execute } = weChatItemOperation({
	resource: 'link',
	operation: 'getUrlLinkInfo',
	properties: [
		{
			displayName: 'URL Link',
			name: 'urlLink',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://wxaurl.cn/BQZRrcFCPvg',
			description: 'A URL Link the Mini Program made',
		},
	],
	async item(ctx, client, itemIndex) {
		const urlLink = String(ctx.getNodeParameter('urlLink', itemIndex)).trim();
		refuseIf(ctx, itemIndex, urlLink === '' ? 'URL Link is empty' : undefined);
		return { urlLink, ...linkInfoJson(await getUrlLinkInfo(client, urlLink)) };
	},
});
