import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { WeChatClient } from '../../transport/weChatClient';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { collectItemJobs } from '../itemJobs';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { valueSourceFields } from '../valueSourceFields';
import { RoomPusher } from './roomPushJobs';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The live room whose start is announced' }),
	...valueSourceFields({
		sourceParameter: 'openidSource',
		fieldParameter: 'openidField',
		listParameter: 'openids',
		sourceLabel: 'Openids From',
		fieldLabel: 'Openid Field',
		listLabel: 'Openids',
		defaultField: 'openid',
		one: 'an openid',
		many: 'openids',
		placeholder: 'openid1, openid2',
		allItems:
			'One push job per room over every input item, e.g. the output of Live Follower > Get Many',
		perItem: 'Each input item carries its own list of openids and is pushed on its own',
	}),
	optionsCollection([rateLimitWaitOption]),
];

export const description = operationFields('liveMessage', 'push', properties);

export const execute: OperationExecutor = async function (items, transport) {
	const { jobs, errorItems } = collectItemJobs(this, items, {
		noun: 'the openid',
		fieldLabel: 'Openid Field',
		sourceParameter: 'openidSource',
		listParameter: 'openids',
		fieldParameter: 'openidField',
		targetParameter: 'roomId',
		readTarget: (itemIndex) => readRoomId(this, 'roomId', itemIndex),
	});
	const pusher = new RoomPusher(this, await WeChatClient.create(this, transport), transport);
	const output: INodeExecutionData[] = [...errorItems];
	for (const job of jobs) {
		output.push(
			...(await pusher.push({
				roomId: job.target,
				openids: job.values,
				pairedItem: job.itemIndexes.map((item) => ({ item })),
			})),
		);
	}
	return output;
};
