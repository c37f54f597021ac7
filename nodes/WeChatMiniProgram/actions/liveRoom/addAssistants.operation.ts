import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import { addAssistants } from '../../transport/weChatApi';
import type { Assistant } from '../../transport/weChatApi';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'addAssistants',
	room: 'The room the assistants help to manage',
	fields: [
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
	],
	async item(ctx, client, itemIndex, roomId) {
		const entries =
			(ctx.getNodeParameter('assistants', itemIndex, {}) as { assistant?: Assistant[] })
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
	},
});
