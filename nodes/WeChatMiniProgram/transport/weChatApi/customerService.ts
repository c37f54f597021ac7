import type { CustomerMessageBody } from '../../../protocol/wechat/customerService/customerMessage';
import {
	ALREADY_TYPING,
	CUSTOMER_SERVICE_ERRCODES,
	MEDIA_GET_ERRCODES,
	TYPING_ERRCODES,
} from '../../../protocol/wechat/customerService/errcodes';
import type { AnsweredFile } from '../../../protocol/common/fileAnswer';
import type { WeChatClient } from '../weChatClient';

/**
 * The Mini Program customer service API: messages to a user who wrote to the Mini Program, the
 * "typing" status, and temporary media (uploaded through uploadTemporaryImage in broadcast.ts,
 * the one upload of the package).
 */

/**
 * Sends one customer service message. The Mini Program doc names /cgi-bin/message/custom/business/send,
 * but the path that works is /cgi-bin/message/custom/send. Never resent on an unclear answer: the
 * user could get the message twice, and each message spends one of the few answers WeChat allows.
 */
export async function sendCustomerMessage(
	client: WeChatClient,
	body: CustomerMessageBody,
): Promise<{ errmsg: string }> {
	const answer = await client.post(
		'/cgi-bin/message/custom/send',
		{ ...body },
		{ idempotent: false, errorMeanings: CUSTOMER_SERVICE_ERRCODES },
	);
	return { errmsg: String(answer.errmsg ?? 'ok') };
}

export type TypingCommand = 'Typing' | 'CancelTyping';

/**
 * Shows or cancels "typing" in the user's chat. Resending is harmless: a Typing that went through
 * the first time answers 45081 ("already typing"), which is what was asked for.
 */
export async function setTyping(
	client: WeChatClient,
	touser: string,
	command: TypingCommand,
): Promise<{ errmsg: string }> {
	const answer = await client.post(
		'/cgi-bin/message/custom/business/typing',
		{ touser, command },
		{
			idempotent: true,
			errorMeanings: TYPING_ERRCODES,
			successErrcodes: command === 'Typing' ? [ALREADY_TYPING] : [],
		},
	);
	return { errmsg: String(answer.errmsg ?? 'ok') };
}

/** Downloads a temporary media file (an image a user sent, or one uploaded within 3 days). */
export async function getTemporaryMedia(
	client: WeChatClient,
	mediaId: string,
): Promise<AnsweredFile> {
	return await client.getFile('/cgi-bin/media/get', { media_id: mediaId }, MEDIA_GET_ERRCODES);
}
