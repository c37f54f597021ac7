import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import {
	ROOM_IMAGE_MAX_BYTES,
	roomNameProblems,
	scheduleProblems,
} from '../../../protocol/wechat/broadcast/roomRules';
import { toUnixSeconds } from '../../../protocol/wechat/broadcast/unixTime';
import type { WeChatClient } from '../../transport/weChatClient';
import { fieldsCollection } from '../common.descriptions';
import { liveImageFields, liveImageMediaId, readLiveImage } from '../liveImages';
import type { LiveImage } from '../liveImages';

/** The fields of room/create, which room/editroom takes in full as well. */
const ROOM_IMAGES: LiveImage[] = [
	{
		key: 'coverImg',
		displayName: 'Cover Image',
		rule: 'The room background: 1080 x 1920 pixels suggested, at most 2 MB',
		maxBytes: ROOM_IMAGE_MAX_BYTES.coverImg,
		defaultBinaryProperty: 'cover',
	},
	{
		key: 'shareImg',
		displayName: 'Share Image',
		rule: 'Shown when the room is shared: 800 x 640 pixels suggested, at most 1 MB',
		maxBytes: ROOM_IMAGE_MAX_BYTES.shareImg,
		defaultBinaryProperty: 'share',
	},
	{
		key: 'feedsImg',
		displayName: 'Feeds Image',
		rule: 'The shopping channel cover: 800 x 800 pixels suggested, at most 100 KB',
		maxBytes: ROOM_IMAGE_MAX_BYTES.feedsImg,
		defaultBinaryProperty: 'feeds',
	},
];

/** Switches of room/create that close a feature when 1, in the editor's (alphabetical) order. */
const CLOSE_SWITCHES = [
	{
		name: 'closeComment',
		displayName: 'Disable Comments',
		description: 'Whether viewers are kept from commenting',
	},
	{
		name: 'closeKf',
		displayName: 'Disable Customer Service',
		description: 'Whether the customer service button is hidden',
	},
	{
		name: 'closeGoods',
		displayName: 'Disable Goods Shelf',
		description: 'Whether the goods shelf is hidden from viewers',
	},
	{ name: 'closeLike', displayName: 'Disable Likes', description: 'Whether viewers cannot like' },
	{
		name: 'closeReplay',
		displayName: 'Disable Replay',
		description: 'Whether the room has no replay once it ends',
	},
	{
		name: 'closeShare',
		displayName: 'Disable Sharing',
		description: 'Whether viewers cannot share the room',
	},
];

export const roomSettingsFields: INodeProperties[] = [
	{
		displayName: 'Room Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: '3 to 17 Chinese characters (6 to 34 letters: a Chinese character counts as 2)',
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			"At least 10 minutes and at most 6 months ahead. A time without an offset is in the workflow's time zone.",
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: '30 minutes to 24 hours after the start',
	},
	{
		displayName: 'Anchor Name',
		name: 'anchorName',
		type: 'string',
		required: true,
		default: '',
		description: 'The nickname shown: 2 to 15 Chinese characters',
	},
	{
		displayName: 'Anchor WeChat ID',
		name: 'anchorWechat',
		type: 'string',
		required: true,
		default: '',
		description:
			'The WeChat ID of the anchor, who must have verified their real name in the 小程序直播 Mini Program',
	},
	{
		displayName: 'Broadcast Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Phone', value: 0, description: 'The anchor broadcasts from the phone' },
			{ name: 'Push Stream', value: 1, description: 'A streaming tool pushes to the push URL' },
		],
		default: 0,
	},
	...ROOM_IMAGES.flatMap(liveImageFields),
	fieldsCollection('Additional Fields', 'roomOptions', [
		{
			displayName: 'Creator WeChat ID',
			name: 'createrWechat',
			type: 'string',
			default: '',
			description: 'When set, only the creator, admins and the anchor see the room in the console',
		},
		...CLOSE_SWITCHES.map(
			({ name, displayName, description }): INodeProperties => ({
				displayName,
				name,
				type: 'boolean',
				default: false,
				description,
			}),
		),
		{
			displayName: 'Feeds Public',
			name: 'isFeedsPublic',
			type: 'boolean',
			default: true,
			description: 'Whether WeChat may list the room in its official shopping channel',
		},
		{
			displayName: 'Sub-Anchor WeChat ID',
			name: 'subAnchorWechat',
			type: 'string',
			default: '',
		},
	]),
];

/**
 * Reads and checks a room's settings, then uploads its images: WeChat's rules (names, schedule,
 * image sizes) are checked before anything is sent, so a bad item costs no upload and no room.
 */
export async function readRoomSettings(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
	endpoint: string,
	nowSeconds = Math.floor(Date.now() / 1000),
): Promise<Record<string, unknown>> {
	const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const time = (name: string, label: string) => {
		const value = toUnixSeconds(ctx.getNodeParameter(name, itemIndex, ''), ctx.getTimezone());
		return { value, problem: value === undefined ? `${label} is not a date and time` : undefined };
	};
	const name = text('name');
	const anchorName = text('anchorName');
	const anchorWechat = text('anchorWechat');
	const start = time('startTime', 'Start Time');
	const end = time('endTime', 'End Time');
	assertNoProblems(endpoint, [
		...roomNameProblems({ name, anchorName }),
		anchorWechat ? undefined : 'Anchor WeChat ID is empty',
		start.problem,
		end.problem,
	]);
	assertNoProblems(
		endpoint,
		scheduleProblems({ startTime: start.value!, endTime: end.value! }, nowSeconds),
	);
	const images = ROOM_IMAGES.map((image) => ({
		image,
		read: readLiveImage(ctx, itemIndex, image, endpoint),
	}));

	const options = ctx.getNodeParameter('roomOptions', itemIndex, {}) as Record<string, unknown>;
	const body: Record<string, unknown> = {
		name,
		startTime: start.value,
		endTime: end.value,
		anchorName,
		anchorWechat,
		type: Number(ctx.getNodeParameter('type', itemIndex, 0)),
		isFeedsPublic: options.isFeedsPublic === false ? 0 : 1,
	};
	for (const { name: switchName } of CLOSE_SWITCHES) body[switchName] = options[switchName] ? 1 : 0;
	for (const field of ['subAnchorWechat', 'createrWechat']) {
		const value = String(options[field] ?? '').trim();
		if (value) body[field] = value;
	}
	for (const { image, read } of images)
		body[image.key] = await liveImageMediaId(ctx, client, itemIndex, image, read, endpoint);
	return body;
}
