/**
 * Tencent Cloud Chat official-account callbacks (CallbackCommand values), as named on Tencent's
 * "公众号系统相关回调" pages (cloud.tencent.com/document/product/269/102314 and its sub-pages,
 * trtc.io/document/60795 to 60805). Every name and payload field below was checked there.
 * "Before" callbacks let the app veto the action: the trigger allows at once, or lets the workflow
 * decide (beforeCallbackAnswer.ts).
 */
export interface OfficialAccountCallback {
	command: string;
	/** Option name in the node (title case). */
	name: string;
	description: string;
}

export const OFFICIAL_ACCOUNT_CALLBACKS = [
	{
		command: 'OfficialAccount.CallbackBeforeCreateOfficialAccount',
		name: 'Before Official Account Created',
		description:
			'Owner_Account, Name, Operator_Account (the trigger allows, or the workflow decides)',
	},
	{
		command: 'OfficialAccount.CallbackAfterCreateOfficialAccount',
		name: 'Official Account Created',
		description: 'Official_Account, Owner_Account, Name, Operator_Account',
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged',
		name: 'Official Account Info Changed',
		description: 'Official_Account and the changed Name, Introduction, FaceUrl, Organization',
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountDestroyed',
		name: 'Official Account Destroyed',
		description: 'Official_Account, Owner_Account, Name',
	},
	{
		command: 'OfficialAccount.CallbackBeforeAddSubscriber',
		name: 'Before Subscribers Added',
		description:
			'Official_Account, SubscribeAccountList (the trigger allows, or the workflow decides)',
	},
	{
		command: 'OfficialAccount.CallbackAfterAddSubscriber',
		name: 'Subscribers Added',
		description: 'Official_Account, Operator_Account, SubscribeAccountList[].Subscriber_Account',
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountFull',
		name: 'Official Account Full',
		description: 'Official_Account reached its maximum number of subscribers',
	},
	{
		command: 'OfficialAccount.CallbackAfterDeleteSubscriber',
		name: 'Subscribers Removed',
		description: 'Official_Account, Operator_Account, SubscribeAccountList[].Subscriber_Account',
	},
	{
		command: 'OfficialAccount.CallbackBeforeSendMsg',
		name: 'Before Message Sent',
		description:
			'Official_Account, MsgBody, CloudCustomData (the trigger allows, or the workflow decides)',
	},
	{
		command: 'OfficialAccount.CallbackAfterSendMsg',
		name: 'Message Sent',
		description: 'Official_Account, MsgKey, MsgTime, MsgBody, CloudCustomData',
	},
	{
		command: 'OfficialAccount.CallbackAfterMsgWithDraw',
		name: 'Messages Recalled',
		description: 'Official_Account, WithdrawMsgList[].MsgKey',
	},
] as const satisfies readonly OfficialAccountCallback[];

export type OfficialAccountCallbackCommand = (typeof OFFICIAL_ACCOUNT_CALLBACKS)[number]['command'];

/**
 * Tencent Cloud Chat message, state and relation-chain callbacks, as named on Tencent's pages
 * "Before/After a One-to-One Message Is Sent" (tencentcloud.com/document/product/1047/34364,
 * 34365), "Before/After a Group Message Is Sent" (34372, 34373), "State Change" (34354) and the
 * relation-chain callbacks (34358 to 34361; cloud.tencent.com/document/product/269/1654). The two
 * before-send callbacks can be answered by the workflow (beforeCallbackAnswer.ts).
 */
export const CHAT_CALLBACKS = [
	{
		command: 'C2C.CallbackBeforeSendMsg',
		name: 'Before One-to-One Message Sent',
		description:
			'From_Account, To_Account, MsgSeq, MsgRandom, MsgTime, MsgKey, MsgBody, CloudCustomData (the trigger allows, or the workflow decides)',
	},
	{
		command: 'C2C.CallbackAfterSendMsg',
		name: 'One-to-One Message Sent',
		description:
			'From_Account, To_Account, MsgSeq, MsgRandom, MsgTime, MsgKey, SendMsgResult, UnreadMsgNum, MsgBody, CloudCustomData',
	},
	{
		command: 'Group.CallbackBeforeSendMsg',
		name: 'Before Group Message Sent',
		description:
			'GroupId, Type, From_Account, Operator_Account, Random, MsgBody, CloudCustomData (the trigger allows, or the workflow decides)',
	},
	{
		command: 'Group.CallbackAfterSendMsg',
		name: 'Group Message Sent',
		description:
			'GroupId, Type, From_Account, Operator_Account, Random, MsgSeq, MsgTime, MsgBody, CloudCustomData',
	},
	{
		command: 'State.StateChange',
		name: 'User Online State Changed',
		description:
			'Info with Action (Login, Logout, Disconnect), To_Account and Reason; KickedDevice',
	},
	{
		command: 'Sns.CallbackFriendAdd',
		name: 'Friends Added',
		description: 'PairList[].From_Account, To_Account, Initiator_Account, ClientCmd, ForceFlag',
	},
	{
		command: 'Sns.CallbackFriendDelete',
		name: 'Friends Deleted',
		description: 'PairList[].From_Account, To_Account, ClientCmd',
	},
	{
		command: 'Sns.CallbackBlackListAdd',
		name: 'Blocklist Entries Added',
		description: 'PairList[].From_Account (who blocks), To_Account (who is blocked)',
	},
	{
		command: 'Sns.CallbackBlackListDelete',
		name: 'Blocklist Entries Removed',
		description: 'PairList[].From_Account, To_Account',
	},
] as const satisfies readonly OfficialAccountCallback[];

/** Every callback the Tencent mode names in its filter. */
export const TENCENT_CALLBACKS: readonly OfficialAccountCallback[] = [
	...OFFICIAL_ACCOUNT_CALLBACKS,
	...CHAT_CALLBACKS,
];

/** Payload fields decoded to numbers when they hold a safe integer (EventTime is in milliseconds). */
export const NUMERIC_PAYLOAD_FIELDS: ReadonlySet<string> = new Set([
	'EventTime',
	'MsgTime',
	'OnlineOnlyFlag',
]);
