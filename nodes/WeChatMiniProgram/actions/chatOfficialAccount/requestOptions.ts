import type { IExecuteFunctions } from 'n8n-workflow';

import { readRequestsInFlight } from '../callOptions';
import {
	DEFAULT_TENCENT_REQUESTS_IN_FLIGHT,
	TENCENT_LIMIT_NOTE,
	optionsCollection,
	rateLimitWaitOption,
	requestsInFlightOption,
} from '../common.descriptions';

/**
 * The Options of the official-account operations whose calls go out several at a time: one call
 * per item, or Add and Remove Subscribers' batches of 100. Send Message stays one at a time: its
 * messages must keep their order per account.
 */
export const requestOptions = optionsCollection([
	rateLimitWaitOption,
	requestsInFlightOption(DEFAULT_TENCENT_REQUESTS_IN_FLIGHT, TENCENT_LIMIT_NOTE),
]);

/** The run's "Requests in Flight" from requestOptions. */
export function readTencentRequestsInFlight(ctx: IExecuteFunctions): number {
	return readRequestsInFlight(ctx, DEFAULT_TENCENT_REQUESTS_IN_FLIGHT);
}
