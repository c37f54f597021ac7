import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { answerCarryingFile, readFileOrJsonAnswer } from '../../protocol/common/fileAnswer';
import { readJsonObject } from '../../protocol/common/losslessJson';
import type { RequestOutcome } from '../../protocol/common/retryLoop';
import { classifyNetworkError } from '../../protocol/common/transientFailures';

/**
 * Sends one request and sorts what came back for the retry loop (callWithRetries). The raw error of a
 * failed request holds the URL with the access token or UserSig, so only its classification leaves here.
 */
export async function sendClassified(
	ctx: Context,
	request: IHttpRequestOptions,
	label: string,
): Promise<RequestOutcome> {
	return await sendAndSort(ctx, { ...request, json: true, encoding: 'text' }, label, (response) => {
		const answer = readJsonObject(response.body);
		// A 200 that is not the service's JSON (a proxy page, a cut-off body) says nothing about what happened.
		if (!answer) return { kind: 'ambiguous', reason: 'an answer that is not JSON' };
		return { kind: 'answer', answer };
	});
}

/**
 * The same for an API that answers a file on success and JSON on failure (Mini Program codes,
 * temporary media): a JSON answer is judged as usual, a file is carried in the answer for the
 * caller (fileCarriedBy).
 */
export async function sendClassifiedExpectingFile(
	ctx: Context,
	request: IHttpRequestOptions,
	label: string,
): Promise<RequestOutcome> {
	return await sendAndSort(
		ctx,
		{ ...request, json: false, encoding: 'arraybuffer' },
		label,
		(response) => {
			const contentType = String(response.headers?.['content-type'] ?? '');
			const read = readFileOrJsonAnswer(Buffer.from(response.body as ArrayBuffer), contentType);
			if (!read)
				return {
					kind: 'ambiguous',
					reason: `an answer that is neither JSON nor a file (${contentType})`,
				};
			return {
				kind: 'answer',
				answer: read.kind === 'json' ? read.answer : answerCarryingFile(read.file),
			};
		},
	);
}

type Context = IExecuteFunctions | ILoadOptionsFunctions;

interface FullResponse {
	statusCode: number;
	body: unknown;
	headers?: Record<string, string>;
}

async function sendAndSort(
	ctx: Context,
	request: IHttpRequestOptions,
	label: string,
	readBody: (response: FullResponse) => RequestOutcome,
): Promise<RequestOutcome> {
	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequest({
			...request,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as FullResponse;
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
	return readBody(response);
}
