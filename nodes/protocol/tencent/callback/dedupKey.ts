import { createHash } from 'crypto';

type Json = Record<string, unknown>;

/** Longer list parts are replaced by a digest so keys stay short. */
const MAX_LIST_PART = 256;

/**
 * A key that is the same for repeated deliveries of one callback and different between callbacks,
 * for downstream de-duplication. Built from the identifiers each command carries; EventTime (ms) is
 * the time Tencent recorded the event, so it is the same in every delivery of that event.
 * Nothing from the query string (RequestTime, Sign, ClientIP) is used: those change per delivery.
 */
export function tencentDedupKey(command: string, payload: Json): string {
	const account = text(payload.Official_Account);
	const eventTime = text(payload.EventTime);
	switch (command) {
		case 'OfficialAccount.CallbackAfterSendMsg':
			if (text(payload.MsgKey)) return join(command, account, payload.MsgKey);
			break;
		case 'OfficialAccount.CallbackAfterMsgWithDraw':
			return join(
				command,
				account,
				listPart(entries(payload.WithdrawMsgList).map((e) => text(e.MsgKey))),
				eventTime,
			);
		case 'OfficialAccount.CallbackBeforeAddSubscriber':
		case 'OfficialAccount.CallbackAfterAddSubscriber':
		case 'OfficialAccount.CallbackAfterDeleteSubscriber':
			return join(
				command,
				account,
				eventTime,
				listPart(entries(payload.SubscribeAccountList).map((e) => text(e.Subscriber_Account))),
			);
		case 'OfficialAccount.CallbackBeforeSendMsg':
			// No MsgKey exists yet: the content tells two messages of one millisecond apart.
			return join(command, account, eventTime, digest([payload.MsgBody, payload.CloudCustomData]));
		case 'OfficialAccount.CallbackBeforeCreateOfficialAccount':
			return join(command, payload.Owner_Account, payload.Name, eventTime);
		case 'OfficialAccount.CallbackAfterCreateOfficialAccount':
		case 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged':
		case 'OfficialAccount.CallbackAfterOfficialAccountDestroyed':
		case 'OfficialAccount.CallbackAfterOfficialAccountFull':
			if (account && eventTime) return join(command, account, eventTime);
			break;
		case 'C2C.CallbackAfterSendMsg':
		case 'C2C.CallbackBeforeSendMsg':
			// MsgKey names a one-to-one message (the before-callback already carries it); without
			// it, sender, receiver, MsgSeq and MsgRandom do.
			if (text(payload.MsgKey)) return join(command, payload.MsgKey);
			if (text(payload.MsgSeq) && text(payload.MsgRandom))
				return join(
					command,
					payload.From_Account,
					payload.To_Account,
					payload.MsgSeq,
					payload.MsgRandom,
				);
			break;
		case 'Group.CallbackAfterSendMsg':
			if (text(payload.GroupId) && text(payload.MsgSeq))
				return join(command, payload.GroupId, payload.MsgSeq);
			break;
		case 'Group.CallbackBeforeSendMsg':
			// No MsgSeq before the group message exists: the sender's Random and the content decide.
			if (text(payload.GroupId) && text(payload.Random))
				return join(
					command,
					payload.GroupId,
					payload.From_Account,
					payload.Random,
					eventTime,
					digest([payload.MsgBody, payload.CloudCustomData]),
				);
			break;
		case 'State.StateChange': {
			const info = isObject(payload.Info) ? payload.Info : {};
			if (text(info.To_Account) && eventTime)
				return join(command, info.To_Account, info.Action, eventTime);
			break;
		}
		case 'Sns.CallbackFriendAdd':
		case 'Sns.CallbackFriendDelete':
		case 'Sns.CallbackBlackListAdd':
		case 'Sns.CallbackBlackListDelete': {
			const pairs = entries(payload.PairList).map(
				(e) => `${text(e.From_Account)}>${text(e.To_Account)}`,
			);
			if (pairs.length > 0) return join(command, listPart(pairs), eventTime);
			break;
		}
		default:
			break;
	}
	// Unknown commands, or known ones missing their identifiers: the whole payload decides.
	return join(command, account, eventTime, digest(payload));
}

function entries(value: unknown): Json[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listPart(values: string[]): string {
	const joined = [...values].sort().join(',');
	return joined.length > MAX_LIST_PART ? `sha256:${sha256(joined).slice(0, 32)}` : joined;
}

/** A digest of JSON with sorted keys, so the same content always gives the same digest. */
function digest(value: unknown): string {
	return `sha256:${sha256(canonicalJson(value)).slice(0, 32)}`;
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Json)[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

function sha256(textValue: string): string {
	return createHash('sha256').update(textValue, 'utf8').digest('hex');
}

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function join(...parts: unknown[]): string {
	return parts.map(text).join('|');
}
