import { randomBytes } from 'node:crypto';

import type { FakeWeChatServer, Json } from './server';

export interface FakeMedia {
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

export interface FakeMediaState {
	media: Map<string, FakeMedia>;
}

/** WeChat's limit for temporary images. */
export const MAX_TEMPORARY_IMAGE_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = /^image\/(bmp|png|jpeg|jpg|gif)$/i;

/** Temporary media upload (/cgi-bin/media/upload, multipart/form-data, field "media"). */
export function addMediaRoutes(server: FakeWeChatServer): FakeMediaState {
	const state: FakeMediaState = { media: new Map() };
	server.route('/cgi-bin/media/upload', ({ query, rawBody, contentType, bodyFormat }): Json => {
		if (query.get('type') !== 'image') return { errcode: 40004, errmsg: 'invalid media type' };
		if (bodyFormat !== 'multipart') return { errcode: 41005, errmsg: 'media data missing' };
		const file = readFilePart(rawBody, contentType, 'media');
		if (!file) return { errcode: 41005, errmsg: 'media data missing' };
		if (!IMAGE_TYPES.test(file.contentType)) return { errcode: 40005, errmsg: 'invalid file type' };
		if (file.bytes.length === 0 || file.bytes.length > MAX_TEMPORARY_IMAGE_BYTES)
			return { errcode: 40006, errmsg: 'invalid meida size' };
		const mediaId = `MEDIA_${randomBytes(12).toString('hex')}`;
		state.media.set(mediaId, file);
		return { type: 'image', media_id: mediaId, created_at: Math.floor(server.clock.now() / 1000) };
	});
	return state;
}

/** Finds one file part of a multipart/form-data body, byte-exact. */
function readFilePart(body: Buffer, contentType: string, field: string): FakeMedia | undefined {
	const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
	if (!boundary) return undefined;
	const delimiter = Buffer.from(`--${boundary}`);
	let position = body.indexOf(delimiter);
	while (position >= 0) {
		const headStart = position + delimiter.length + 2;
		const headEnd = body.indexOf('\r\n\r\n', headStart);
		const next = body.indexOf(delimiter, headStart);
		if (headEnd < 0 || next < 0) return undefined;
		const head = body.subarray(headStart, headEnd).toString('utf8');
		if (new RegExp(`name="${field}"`).test(head)) {
			return {
				fileName: /filename="([^"]*)"/.exec(head)?.[1] ?? '',
				contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? '',
				bytes: body.subarray(headEnd + 4, next - 2),
			};
		}
		position = next;
	}
	return undefined;
}
