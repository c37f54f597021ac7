import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	expiryFields,
	linkPathProblem,
	linkQueryProblem,
} from '../../../protocol/wechat/growth/linkExpiry';
import type { ExpiryFields } from '../../../protocol/wechat/growth/linkExpiry';
import type { LinkTarget } from '../../transport/weChatApi/link';
import { optionsCollection, weChatInFlightOptions } from '../common.descriptions';
import { miniProgramVersionField } from '../miniProgramVersion';
import { refuseIf } from '../refuseItem';

export const targetFields: INodeProperties[] = [
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		placeholder: 'e.g. pages/campaign/campaign',
		description: 'The released page the link opens, without a query. Empty opens the home page.',
	},
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'e.g. campaign=spring&uid={{ $json.userId }}',
		description:
			"What the page receives: at most 1024 characters of digits, letters and !#$&'()*+,/:;=?@-._~% (URL-encode the rest)",
	},
	miniProgramVersionField('Which version opens when the link is opened outside WeChat'),
];

export const expiryFieldsDescription: INodeProperties[] = [
	{
		displayName: 'Expire',
		name: 'expire',
		type: 'options',
		options: [
			{ name: 'After a Number of Days', value: 'days' },
			{ name: 'At a Date and Time', value: 'time' },
		],
		default: 'days',
		description: 'WeChat makes only links that expire, at most 30 days after they are made',
	},
	{
		displayName: 'Expire After Days',
		name: 'expireDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 30 },
		default: 30,
		displayOptions: { show: { expire: ['days'] } },
		description: 'How many days the link works, from 1 to 30',
	},
	{
		displayName: 'Expire At',
		name: 'expireAt',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { expire: ['time'] } },
		description: 'When the link stops working, within 30 days from now',
	},
];

const IN_FLIGHT_NOTE =
	'Each link is its own call; WeChat limits them per day (500000 URL Schemes, URL Links and NFC schemes together).';

export const linkOptions = optionsCollection([...weChatInFlightOptions(IN_FLIGHT_NOTE)]);

export function readTarget(ctx: IExecuteFunctions, itemIndex: number): LinkTarget {
	const path = String(ctx.getNodeParameter('path', itemIndex, ''))
		.trim()
		.replace(/^\//, '');
	const query = String(ctx.getNodeParameter('query', itemIndex, ''))
		.trim()
		.replace(/^\?/, '');
	refuseIf(ctx, itemIndex, linkPathProblem(path));
	refuseIf(ctx, itemIndex, linkQueryProblem(query));
	return {
		path,
		query,
		envVersion: String(ctx.getNodeParameter('envVersion', itemIndex, 'release')),
	};
}

/** The item's expiry as WeChat takes it, checked against `nowMs`. */
export function readExpiry(ctx: IExecuteFunctions, itemIndex: number, nowMs: number): ExpiryFields {
	const nowSeconds = Math.floor(nowMs / 1000);
	const fields =
		ctx.getNodeParameter('expire', itemIndex, 'days') === 'time'
			? expiryFields(
					{
						after: 'time',
						at: Date.parse(String(ctx.getNodeParameter('expireAt', itemIndex, ''))) / 1000,
					},
					nowSeconds,
				)
			: expiryFields(
					{ after: 'days', days: Number(ctx.getNodeParameter('expireDays', itemIndex, 30)) },
					nowSeconds,
				);
	if (typeof fields === 'string') refuseIf(ctx, itemIndex, fields);
	return fields as ExpiryFields;
}

/** When a link made now expires, as an ISO date (what a sheet or a message shows). */
export function expiresAt(expiry: ExpiryFields, nowMs: number): string {
	const seconds =
		expiry.expire_type === 0
			? expiry.expire_time!
			: Math.floor(nowMs / 1000) + expiry.expire_interval! * 86_400;
	return new Date(seconds * 1000).toISOString();
}
