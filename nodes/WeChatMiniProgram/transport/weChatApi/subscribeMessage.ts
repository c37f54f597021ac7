import type { MessageData } from '../../../protocol/wechat/subscribe/messageData';
import type { WeChatClient } from '../weChatClient';

export interface SubscribeMessageBody {
	touser: string;
	template_id: string;
	data: MessageData;
	page?: string;
	miniprogram_state?: string;
	lang?: string;
}

const SEND_ERRCODES: Record<number, string> = {
	40003: 'the recipient openid is empty or not a user of this Mini Program',
	40037: 'the template id is empty or not a template of this Mini Program',
	41030: 'the page does not exist in the published Mini Program (it must match app.json)',
	43101:
		'the user has not subscribed to this template: never accepted it, cancelled it, or already received the one message a one-time subscription allows',
	47003: 'a keyword value is empty or breaks its rule (errmsg names the keyword)',
};

/** Sends one subscription message (subscribeMessage.send). */
export async function sendSubscribeMessage(
	client: WeChatClient,
	body: SubscribeMessageBody,
): Promise<{ msgid: string; errmsg: string }> {
	// Never resent on an unclear answer: the user could get the message twice.
	const answer = await client.post(
		'/cgi-bin/message/subscribe/send',
		{ ...body },
		{
			idempotent: false,
			errorMeanings: SEND_ERRCODES,
		},
	);
	return { msgid: String(answer.msgid ?? ''), errmsg: String(answer.errmsg ?? 'ok') };
}
