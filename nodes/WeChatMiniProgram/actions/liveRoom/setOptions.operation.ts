import type { IDataObject } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import { setRoomOption } from '../../transport/weChatApi';
import type { RoomOption } from '../../transport/weChatApi';
import { roomOperation } from './roomOperation';

/** Each switch the user sees, the endpoint option it sets, and whether WeChat's flag is inverted. */
const SWITCHES: Array<{
	name: string;
	displayName: string;
	description: string;
	option: RoomOption;
	weChatValue: (on: boolean) => 0 | 1;
}> = [
	{
		name: 'feedsPublic',
		displayName: 'Feeds Public',
		description: 'Whether WeChat may list the room in its shopping channel',
		option: 'isFeedsPublic',
		weChatValue: (on) => (on ? 1 : 0),
	},
	{
		name: 'replay',
		displayName: 'Replay',
		description: 'Whether viewers can watch the replay',
		option: 'closeReplay',
		weChatValue: (on) => (on ? 0 : 1),
	},
	{
		name: 'customerService',
		displayName: 'Customer Service',
		description: 'Whether the customer service button shows',
		option: 'closeKf',
		weChatValue: (on) => (on ? 0 : 1),
	},
	{
		name: 'comments',
		displayName: 'Comments',
		description: 'Whether viewers can comment',
		option: 'banComment',
		weChatValue: (on) => (on ? 0 : 1),
	},
];

/** One call per switch that was added, in the order shown; nothing is sent for the others. */
export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'setOptions',
	room: 'The room whose switches to set',
	fields: [
		{
			displayName: 'Options',
			name: 'roomSwitches',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [...SWITCHES]
				.sort((a, b) => a.displayName.localeCompare(b.displayName))
				.map(({ name, displayName, description: text }) => ({
					displayName,
					name,
					type: 'boolean' as const,
					default: true,
					description: text,
				})),
		},
	],
	async item(ctx, client, itemIndex, roomId) {
		const chosen = ctx.getNodeParameter('roomSwitches', itemIndex, {}) as Record<string, boolean>;
		const wanted = SWITCHES.filter(({ name }) => chosen[name] !== undefined);
		assertNoProblems('room switches', [
			wanted.length > 0 ? undefined : 'add at least one option to set',
		]);
		const result: IDataObject = { roomId };
		for (const { name, option, weChatValue } of wanted) {
			await setRoomOption(client, roomId, option, weChatValue(Boolean(chosen[name])));
			result[name] = Boolean(chosen[name]);
		}
		return result;
	},
});
