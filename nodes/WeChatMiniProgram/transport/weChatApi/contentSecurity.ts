import type { MediaCheck, TextCheck } from '../../../protocol/wechat/contentSecurity/checkRules';
import { CONTENT_SECURITY_ERRCODES } from '../../../protocol/wechat/contentSecurity/errcodes';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';

/** Content security 2.0: a text checked at once, an image or audio checked asynchronously. */

/** Checks a text (msg_sec_check, version 2). A check changes nothing: retried on transient failures. */
export async function checkText(client: WeChatClient, check: TextCheck): Promise<WeChatAnswer> {
	return await client.post(
		'/wxa/msg_sec_check',
		{ ...check, version: 2 },
		{ idempotent: true, errorMeanings: CONTENT_SECURITY_ERRCODES },
	);
}

/**
 * Starts the check of an image or audio by URL (media_check_async, version 2); its verdict is
 * pushed as wxa_media_check with the trace_id returned here. Sent once: a resent check would be
 * a second job whose verdict arrives under a trace_id nobody recorded.
 */
export async function checkMediaAsync(
	client: WeChatClient,
	check: MediaCheck,
): Promise<{ traceId: string }> {
	const answer = await client.post(
		'/wxa/media_check_async',
		{ ...check, version: 2 },
		{ idempotent: false, errorMeanings: CONTENT_SECURITY_ERRCODES },
	);
	return { traceId: String(answer.trace_id ?? '') };
}
