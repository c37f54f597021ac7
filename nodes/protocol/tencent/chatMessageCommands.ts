/** Tencent Cloud Chat one-to-one message commands (openim) of the Chat Message resource, with their limits. */
export const ChatMessageCommand = {
	send: 'sendmsg',
	sendBatch: 'batchsendmsg',
	recall: 'admin_msgwithdraw',
	markRead: 'admin_set_msg_read',
	getUnreadCount: 'get_c2c_unread_msg_num',
	getHistory: 'admin_getroammsg',
} as const;

/** batchsendmsg: at most 500 recipients a call... */
export const MAX_RECIPIENTS_PER_BATCH_SEND = 500;
/** ...and, since 2023-08-01, 12,000 messages a minute per SDKAppID, each recipient counting one. */
export const RECIPIENTS_PER_MINUTE = 12_000;
export const RECIPIENT_WINDOW_MS = 60_000;
/** admin_getroammsg: at most 100 messages a page. */
export const MESSAGES_PER_ROAMING_PAGE = 100;

/** SyncOtherMachine: 1 syncs the message to the sender's devices and roaming, 2 does not. */
export const SYNC_TO_SENDER = 1;
export const NO_SYNC_TO_SENDER = 2;

/** Meanings of the codes these commands answer, shown instead of the generic ones. */
export const CHAT_MESSAGE_ERROR_MEANINGS: Readonly<Record<number, string>> = {
	10030: 'The message to recall does not exist (check From Account, To Account and the MsgKey)',
	10031: 'The message is too old to recall (the recall time limit has passed)',
	20003: 'The UserID of the sender or the recipient is invalid or was never imported',
	70107: 'The recipient account does not exist (was never imported)',
	90018: 'Too many recipients in one call (batch send takes at most 500)',
	60018:
		'Messages a minute above the limit of the SDKAppID (12,000 recipients a minute); nothing was sent',
};

/** The cursor of admin_getroammsg: the last page's LastMsgTime and LastMsgKey. */
export interface RoamingCursor {
	lastMsgTime: number;
	lastMsgKey: string;
}
