import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

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
];

export const description = updateDisplayOptions(
	{ show: { resource: ['live'], operation: ['apply'] } },
	properties,
);

/** errcode 2 and 268489001 are specific to applyliveinfo. */
const APPLY_ERRCODES: Record<number, string> = {
	268489001:
		'WeChat no longer opens live broadcast capability for new Mini Programs ("system maintenance"); accounts that already have it keep it. Channels (视频号) live broadcasting is the alternative WeChat suggests',
	2: 'the Mini Program has had no paid transaction in the last 90 days, so it cannot apply for live broadcasting (the data refreshes at T+1: try again tomorrow)',
};

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	return await forEachItem(this, items, async () => {
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
