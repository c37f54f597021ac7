import { MEDIA_ERRCODES } from '../../../protocol/wechat/broadcast/errcodes';
import { multipartFile } from '../../../protocol/wechat/broadcast/multipart';
import type { FilePart } from '../../../protocol/wechat/broadcast/multipart';
import type { WeChatClient } from '../weChatClient';

/**
 * Uploads an image as temporary media (valid 3 days; live room and live goods images go this way) and returns its media_id. Treated as
 * idempotent: a resent upload only creates another temporary media id, which nothing refers to
 * and which expires on its own, so retrying a timed-out upload is harmless.
 */
export async function uploadTemporaryImage(
	client: WeChatClient,
	image: Omit<FilePart, 'field'>,
): Promise<string> {
	const { body, contentType } = multipartFile({ ...image, field: 'media' });
	const answer = await client.postRaw(
		'/cgi-bin/media/upload',
		{ body, contentType, query: { type: 'image' } },
		{ idempotent: true, errorMeanings: MEDIA_ERRCODES },
	);
	return String(answer.media_id);
}
