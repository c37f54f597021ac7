/** Tencent Cloud Chat services and commands of the Chat Account and Chat Push resources, with their per-call limits. */
export const ACCOUNT_SERVICE = 'im_open_login_svc';
export const OPENIM_SERVICE = 'openim';
export const PUSH_SERVICE = 'timpush';

export const ChatAccountCommand = {
	importOne: 'account_import',
	importMany: 'multiaccount_import',
	delete: 'account_delete',
	check: 'account_check',
	kick: 'kick',
	queryOnlineStatus: 'query_online_status',
} as const;

export const ChatPushCommand = { push: 'push' } as const;

/** multiaccount_import, account_delete and account_check: at most 100 UserIDs a call. */
export const MAX_ACCOUNTS_PER_IMPORT = 100;
export const MAX_ACCOUNTS_PER_DELETE = 100;
export const MAX_ACCOUNTS_PER_CHECK = 100;
/** query_online_status: at most 500 UserIDs a call. */
export const MAX_ACCOUNTS_PER_STATUS_QUERY = 500;

/** v4/timpush/push (all users, tags, attributes): two pushes must be more than 1 s apart... */
export const PUSH_MIN_SPACING_MS = 1000;
/** ...and at most 100 a day (the standard edition's ration; more is bought per day). */
export const PUSHES_PER_DAY = 100;
/** Tencent's day for the ration: a calendar day in China Standard Time (UTC+8). */
export const PUSH_DAY_OFFSET_MS = 8 * 3600_000;
