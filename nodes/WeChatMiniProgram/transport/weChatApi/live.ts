import type { WeChatClient } from '../weChatClient';

/** errcode 2 and 268489001 are specific to applyliveinfo. */
const APPLY_ERRCODES: Record<number, string> = {
	268489001:
		'WeChat no longer opens live broadcast capability for new Mini Programs ("system maintenance"); accounts that already have it keep it. Channels (视频号) live broadcasting is the alternative WeChat suggests',
	2: 'the Mini Program has had no paid transaction in the last 90 days, so it cannot apply for live broadcasting (the data refreshes at T+1: try again tomorrow)',
};

/** Asks WeChat to open the live capability (applyliveinfo); WeChat then asks the administrator. */
export async function applyForLiveCapability(
	client: WeChatClient,
): Promise<{ action: string; errmsg: string }> {
	// Not idempotent: each accepted call sends the administrator another confirmation message.
	const answer = await client.post(
		'/wxa/business/applyliveinfo',
		{ action: 'apply' },
		{ idempotent: false, errorMeanings: APPLY_ERRCODES },
	);
	return { action: String(answer.action ?? 'apply'), errmsg: String(answer.errmsg ?? 'ok') };
}
