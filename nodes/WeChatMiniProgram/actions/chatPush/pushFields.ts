import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { readRequiredString } from '../chatOfficialAccount/fields';

/** The notice both push operations show: what the ration is and how it is kept. */
export const rationNotice: INodeProperties = {
	displayName:
		'Rationed by Tencent: at most 100 pushes a day (a day in China Standard Time, standard plan) and more than 1 second apart. A push that would break the ration is refused before sending with the time the next one is allowed; a push refused by Tencent (another workflow or n8n process pushed) is reported the same way. Either way nothing was pushed. A push with an unclear outcome is never resent.',
	name: 'rationNotice',
	type: 'notice',
	default: '',
};

export const contentFields: INodeProperties[] = [
	{
		displayName: 'Message Text',
		name: 'text',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		description: 'The text message every matching user receives',
	},
	{
		displayName: 'Notification Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Title of the notification shown on devices that are offline',
	},
	{
		displayName: 'Notification Description',
		name: 'desc',
		type: 'string',
		default: '',
		description: 'Text of the notification shown on devices that are offline',
	},
	{
		displayName: 'Notification Extra Data',
		name: 'ext',
		type: 'string',
		default: '',
		description: 'Data passed to the app when the notification is opened (often JSON)',
	},
];

export const pushOptions = optionsCollection([
	{
		displayName: 'Online Only',
		name: 'onlineOnly',
		type: 'boolean',
		default: false,
		description:
			'Whether to push only, without keeping the message in conversations, history and unread counts',
	},
	rateLimitWaitOption,
	{
		displayName: 'Sender UserID',
		name: 'fromAccount',
		type: 'string',
		default: '',
		description: 'The account users see as the sender (default: the Admin Identifier)',
	},
]);

/** The push's message, offline notification and options from one item's parameters. */
export function pushContent(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const text = readRequiredString(ctx, 'text', 'Message Text', itemIndex);
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		MsgRandom: Math.floor(Math.random() * 0xffffffff),
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
	};
	const fromAccount = String(options.fromAccount ?? '').trim();
	if (fromAccount) body.From_Account = fromAccount;
	if (options.onlineOnly === true) body.OnlineOnlyFlag = 1;
	const notification: IDataObject = { PushFlag: 0 };
	for (const [parameter, field] of [
		['title', 'Title'],
		['desc', 'Desc'],
		['ext', 'Ext'],
	]) {
		const value = String(ctx.getNodeParameter(parameter, itemIndex, '') ?? '');
		if (value) notification[field] = value;
	}
	if (Object.keys(notification).length > 1) body.OfflinePushInfo = notification;
	return body;
}

/** An output item of a push: Tencent's task id and when it was sent. */
export function pushOutput(taskId: string, sentAt: number, extra: IDataObject = {}): IDataObject {
	return { taskId, pushedAt: new Date(sentAt).toISOString(), ...extra };
}
