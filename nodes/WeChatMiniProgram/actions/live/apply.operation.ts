import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';

const properties: INodeProperties[] = [
	{
		displayName:
			'WeChat then asks the Mini Program administrator to accept the live broadcast terms within 24 hours. The result arrives as a "Live Capability Applied" event on the WeChat Mini Program Trigger.',
		name: 'applyNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Authorizer Access Token',
				name: 'authorizerAccessToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					"The merchant's authorizer_access_token, for service providers applying for many merchants with one credential. Overrides the credential's token.",
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['live'], operation: ['apply'] } }, properties);

/** errcode 2 is specific to applyliveinfo. */
const APPLY_ERRCODES: Record<number, string> = {
	2: 'the Mini Program has had no paid transaction in the last 90 days, so it cannot apply for live broadcasting (the data refreshes at T+1: try again tomorrow)',
};

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const clients = new Map<string, WeChatClient>();
	return await forEachItem(this, items, async (itemIndex) => {
		const { authorizerAccessToken = '' } = this.getNodeParameter('options', itemIndex, {}) as {
			authorizerAccessToken?: string;
		};
		let client = clients.get(authorizerAccessToken);
		if (!client) {
			client = await WeChatClient.create(this, authorizerAccessToken || undefined);
			clients.set(authorizerAccessToken, client);
		}
		// Not idempotent: each accepted call sends the administrator another confirmation message.
		const answer = await client.post(
			'/wxa/business/applyliveinfo',
			{ action: 'apply' },
			{ idempotent: false, errcodeMeanings: APPLY_ERRCODES },
		);
		return {
			action: String(answer.action ?? 'apply'),
			status: 'awaitingAdministrator',
			errcode: 0,
			errmsg: String(answer.errmsg ?? 'ok'),
		};
	});
}
