import { reject } from '../../common/callbackRejection';
import { digest } from '../callback/dedupKey';
import { sealPushedTicket } from './pushedTicket';
import type { SecretSealer } from './sealedSecrets';

export const AUTHORIZATION_INFO_TYPES = [
	'component_verify_ticket',
	'authorized',
	'updateauthorized',
	'unauthorized',
] as const;

/**
 * An item for a decrypted push to the authorization-event URL. The ticket is replaced by its
 * sealed form (for Store Verify Ticket); the authorization code stays, it is single use and
 * only worth something with the component App Secret.
 */
export function authorizationEventItem(
	message: Record<string, unknown>,
	sealer: SecretSealer,
): Record<string, unknown> {
	const infoType = text(message.InfoType);
	if (!infoType) throw reject(400, 'the authorization event has no InfoType');
	const createTime = Number(message.CreateTime);
	const { ComponentVerifyTicket: ticket, ...rest } = message;
	const item: Record<string, unknown> = { ...rest, InfoType: infoType };
	if (Number.isFinite(createTime)) item.CreateTime = createTime;
	if (infoType === 'component_verify_ticket') {
		if (typeof ticket !== 'string' || ticket === '')
			throw reject(400, 'the component_verify_ticket push holds no ticket');
		item.sealedVerifyTicket = sealPushedTicket(sealer, {
			ticket,
			createTime: Number.isFinite(createTime) ? createTime : Math.floor(Date.now() / 1000),
		});
	}
	for (const field of ['AuthorizationCodeExpiredTime']) {
		const value = Number(message[field]);
		if (Number.isFinite(value)) item[field] = value;
	}
	const authorizer = text(message.AuthorizerAppid);
	if (authorizer) item.authorizerAppId = authorizer;
	// As for every WeChat event without an id of its own: a readable header plus a digest of the
	// decoded message, so WeChat's retries share a key and two pushes of one second do not.
	item.dedupKey = [infoType, authorizer, text(message.CreateTime), digest(message)]
		.filter(Boolean)
		.join('|');
	return item;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
