import {
	NodeOperationError,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';

import { readJsonObject } from '../../protocol/common/losslessJson';
import type { RequestOutcome } from '../../protocol/common/retryLoop';
import { classifyNetworkError } from '../../protocol/common/transientFailures';

/**
 * Sends one request and sorts what came back for the retry loop (callWithRetries). The raw error of a
 * failed request holds the URL with the access token or UserSig, so only its classification leaves here.
 */
export async function sendClassified(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	request: IHttpRequestOptions,
	label: string,
): Promise<RequestOutcome> {
	let response: { statusCode: number; body: unknown };
	try {
		response = (await ctx.helpers.httpRequest({
			...request,
			json: true,
			encoding: 'text',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as typeof response;
	} catch (error) {
		// An unrecognised failure may have happened after the request left, so it counts as unclear.
		const failure = classifyNetworkError(error);
		return { kind: failure.kind === 'notSent' ? 'notSent' : 'ambiguous', reason: failure.reason };
	}
	const { statusCode } = response;
	if (statusCode === 429) return { kind: 'refused', reason: 'HTTP 429 Too Many Requests' };
	if (statusCode >= 500) return { kind: 'ambiguous', reason: `HTTP ${statusCode}` };
	if (statusCode >= 300)
		throw new NodeOperationError(ctx.getNode(), `${label} answered HTTP ${statusCode}`);
	const answer = readJsonObject(response.body);
	// A 200 that is not the service's JSON (a proxy page, a cut-off body) says nothing about what happened.
	if (!answer) return { kind: 'ambiguous', reason: 'an answer that is not JSON' };
	return { kind: 'answer', answer };
}
