import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, ILoadOptionsFunctions, JsonObject } from 'n8n-workflow';

import { RateLimitedError } from '../../protocol/common/rateLimitedError';
import { WeChatApiError } from '../../protocol/wechat/apiError';

/**
 * Turns any failure into the n8n error shown to the user. Messages were written secret-free at
 * their source; the original error objects (which may hold request URLs and tokens) are dropped.
 */
export function toNodeError(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (itemIndex !== undefined && error.context.itemIndex === undefined)
			error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof WeChatApiError) {
		return new NodeApiError(
			ctx.getNode(),
			{ errcode: error.errcode, errmsg: error.errmsg, ...error.details } as JsonObject,
			{
				message: error.message,
				description: `errcode ${error.errcode}: ${error.meaning}`,
				itemIndex,
			},
		);
	}
	if (error instanceof RateLimitedError) {
		return new NodeOperationError(ctx.getNode(), error.message, {
			description:
				'Another workflow or worker is probably spending the same limit. Raise "Rate Limit Wait (Seconds)" under Options to wait longer.',
			itemIndex,
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/** Runs a whole operation or editor method, showing whatever escapes it as an n8n error. */
export async function withNodeErrors<T>(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	run: () => Promise<T>,
): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw toNodeError(ctx, error);
	}
}
