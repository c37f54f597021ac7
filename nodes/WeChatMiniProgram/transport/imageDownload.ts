import type { IExecuteFunctions } from 'n8n-workflow';

import { callWithRetries } from '../../protocol/common/retryLoop';
import type { RequestOutcome } from '../../protocol/common/retryLoop';
import { classifyNetworkError } from '../../protocol/common/transientFailures';
import type { TransportOptions } from './transportOptions';

export interface DownloadedImage {
	data: Buffer;
	contentType: string;
}

/**
 * Downloads an image WeChat returned a URL for (the share code's cdnUrl). The URL carries no token.
 * A read, so every transient failure (network, HTTP 5xx) is retried by the one retry loop.
 */
export async function downloadImage(
	ctx: IExecuteFunctions,
	transport: TransportOptions,
	url: string,
): Promise<DownloadedImage> {
	const label = `Downloading the image at ${url}`;
	const answer = await callWithRetries({
		label,
		idempotent: true,
		policy: transport.retry,
		clock: transport.clock,
		send: async () => await fetchImage(ctx, transport, url, label),
		judge: () => ({ kind: 'success' }),
		renewAuth: async () => {},
	});
	return answer.image as DownloadedImage;
}

async function fetchImage(
	ctx: IExecuteFunctions,
	transport: TransportOptions,
	url: string,
	label: string,
): Promise<RequestOutcome> {
	let response: { body: ArrayBuffer; headers: Record<string, string>; statusCode: number };
	try {
		response = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: transport.retry.timeoutMs,
		})) as typeof response;
	} catch (error) {
		// A GET changes nothing, so even an unrecognised failure is worth another attempt.
		return { kind: 'ambiguous', reason: classifyNetworkError(error).reason };
	}
	const { statusCode } = response;
	if (statusCode >= 500) return { kind: 'ambiguous', reason: `HTTP ${statusCode}` };
	if (statusCode >= 300) throw new Error(`${label} failed: HTTP ${statusCode}`);
	const image: DownloadedImage = {
		data: Buffer.from(response.body),
		contentType: String(response.headers['content-type'] ?? 'image/jpeg').split(';')[0],
	};
	return { kind: 'answer', answer: { image } };
}
