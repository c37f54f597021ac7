import type { WeChatClient } from '../weChatClient';

/** Sends one live-start message to at most 2000 followers (push_message); resolves its message_id. */
export async function pushLiveStart(
	client: WeChatClient,
	roomId: number,
	openids: string[],
): Promise<string> {
	// Not idempotent: the client never resends an unclear push.
	const answer = await client.post(
		'/wxa/business/push_message',
		{ room_id: roomId, user_openid: openids },
		{ idempotent: false },
	);
	return String(answer.message_id ?? '');
}
