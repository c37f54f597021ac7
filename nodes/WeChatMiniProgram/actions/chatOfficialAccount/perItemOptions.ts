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
 * The Options of the official-account operations that make one call per item: items go out several
 * at a time. Send Message stays one at a time: its messages must keep their order per account.
 */
export const perItemOptions = optionsCollection([
	rateLimitWaitOption,
	requestsInFlightOption(DEFAULT_TENCENT_REQUESTS_IN_FLIGHT, TENCENT_LIMIT_NOTE),
]);

export function readPerItemInFlight(ctx: IExecuteFunctions): number {
	return readRequestsInFlight(ctx, DEFAULT_TENCENT_REQUESTS_IN_FLIGHT);
}
