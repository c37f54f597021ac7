import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import { addAssistants, type Assistant } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room the assistants help to manage' }),
	{
		displayName: 'Assistants',
		name: 'assistants',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Assistant',
		default: {},
		options: [
			{
				displayName: 'Assistant',
				name: 'assistant',
				values: [
					{
						displayName: 'WeChat ID',
						name: 'username',
						type: 'string',
						default: '',
						description: "The assistant's WeChat ID",
					},
					{
						displayName: 'Nickname',
						name: 'nickname',
						type: 'string',
						default: '',
						description: 'The name shown for the assistant in the room',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['addAssistants'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const roomId = readRoomId(this, 'roomId', itemIndex);
		const entries =
			(this.getNodeParameter('assistants', itemIndex, {}) as { assistant?: Assistant[] })
				.assistant ?? [];
		const users = entries.map((entry) => ({
			username: String(entry.username ?? '').trim(),
			nickname: String(entry.nickname ?? '').trim(),
		}));
		assertNoProblems('room/addassistant', [
			users.length > 0 ? undefined : 'add at least one assistant',
			...users.map((user, index) =>
				user.username && user.nickname
					? undefined
					: `assistant ${index + 1} needs both a WeChat ID and a nickname`,
			),
		]);
		await addAssistants(client, roomId, users);
		return { roomId, added: users.map((user) => user.username) };
	});
}
