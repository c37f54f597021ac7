import type { IExecuteFunctions } from 'n8n-workflow';

import type { TransportOptions } from '../transport/transportOptions';
import { DEFAULT_WECHAT_REQUESTS_IN_FLIGHT, MAX_REQUESTS_IN_FLIGHT } from './common.descriptions';

/**
 * The transport of one run with the operation's "Rate Limit Wait (Seconds)" applied. Operations
 * without the option keep the default. Read once, from the first item: it bounds the run's waits.
 */
export function withRateLimitWait(
	ctx: IExecuteFunctions,
	transport: TransportOptions,
): TransportOptions {
	const fallback = transport.retry.rateLimitWaitMs / 1000;
	const seconds = Number(ctx.getNodeParameter('options.rateLimitWait', 0, fallback));
	if (!Number.isFinite(seconds) || seconds < 0 || seconds === fallback) return transport;
	return { ...transport, retry: { ...transport.retry, rateLimitWaitMs: seconds * 1000 } };
}

/** The operation's "Requests in Flight", within 1 and the maximum. */
export function readRequestsInFlight(ctx: IExecuteFunctions, defaultValue: number): number {
	const value = Math.floor(
		Number(ctx.getNodeParameter('options.requestsInFlight', 0, defaultValue)),
	);
	if (!Number.isFinite(value)) return defaultValue;
	return Math.min(MAX_REQUESTS_IN_FLIGHT, Math.max(1, value));
}

/** The "Requests in Flight" of a WeChat operation's weChatInFlightOptions. */
export function readWeChatRequestsInFlight(ctx: IExecuteFunctions): number {
	return readRequestsInFlight(ctx, DEFAULT_WECHAT_REQUESTS_IN_FLIGHT);
}
