import { generateShortLink } from '../../transport/weChatApi/link';
import { readWeChatRequestsInFlight } from '../callOptions';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { linkOptions } from './linkFields';

/** WeChat's limit on a short link's page title. */
const MAX_TITLE_LENGTH = 20;

export const { description, execute } = weChatItemOperation({
	resource: 'link',
	operation: 'generateShortLink',
	properties: [
		{
			displayName: 'Page',
			name: 'pageUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. pages/goods/detail?goods=42',
			description: 'The released page the link opens, with its query',
		},
		{
			displayName: 'Page Title',
			name: 'pageTitle',
			type: 'string',
			default: '',
			description: 'The title WeChat shows with the link, at most 20 characters',
		},
		{
			displayName: 'Permanent',
			name: 'permanent',
			type: 'boolean',
			default: false,
			description:
				'Whether the link never expires (a Mini Program has at most 100000 of these); otherwise it works for 30 days',
		},
		linkOptions,
	],
	inFlight: readWeChatRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const pageUrl = String(ctx.getNodeParameter('pageUrl', itemIndex)).trim().replace(/^\//, '');
		refuseIf(ctx, itemIndex, pageUrl === '' ? 'Page is empty' : undefined);
		const pageTitle = String(ctx.getNodeParameter('pageTitle', itemIndex, ''));
		refuseIf(
			ctx,
			itemIndex,
			pageTitle.length > MAX_TITLE_LENGTH
				? `Page Title is ${pageTitle.length} characters; WeChat takes at most ${MAX_TITLE_LENGTH}`
				: undefined,
		);
		const permanent = ctx.getNodeParameter('permanent', itemIndex, false) as boolean;
		const link = await generateShortLink(client, { pageUrl, pageTitle, permanent });
		return { shortLink: link, pageUrl, pageTitle, permanent };
	},
});
