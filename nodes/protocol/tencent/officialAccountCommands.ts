/** Commands of the official_account_open_http_svc service and their per-call limits. */
export const OFFICIAL_ACCOUNT_SERVICE = 'official_account_open_http_svc';

export const OfficialAccountCommand = {
	create: 'create_official_account',
	destroy: 'destroy_official_account',
	modify: 'modify_official_account_base_info',
	getInfo: 'get_official_account_info',
	addSubscriber: 'add_subscriber',
	deleteSubscriber: 'delete_subscriber',
	getSubscribers: 'get_subscriber_info',
	getSubscribedAccounts: 'get_subscribed_official_account_list',
	modifySubscriber: 'modify_subscriber_info',
	sendMessage: 'send_official_account_msg',
	recallMessages: 'official_account_msg_recall',
	getMessages: 'official_account_msg_get_simple',
} as const;

export const MAX_ACCOUNTS_PER_INFO_CALL = 50;
export const MAX_SUBSCRIBERS_PER_PAGE = 200;
export const MAX_SUBSCRIBED_ACCOUNTS_PER_PAGE = 200;
export const MAX_MESSAGES_PER_RECALL = 10;
/** Tencent documents no page size for history pulls; 20 keeps answers small. */
export const MESSAGES_PER_HISTORY_PAGE = 20;
/** Every REST command: 200 calls per second per SDKAppID. */
export const MAX_CALLS_PER_SECOND = 200;
/** send_official_account_msg: at most one message per second per official account. */
export const MAX_MESSAGES_PER_SECOND_PER_ACCOUNT = 1;
