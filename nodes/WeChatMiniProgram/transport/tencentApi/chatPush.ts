import { ChatPushCommand, PUSH_SERVICE } from '../../../protocol/tencent/chatCommands';
import { TencentChatApiError } from '../../../protocol/tencent/apiError';
import { PushRationError } from '../../../protocol/tencent/pushRation';
import type { TencentChatClient } from '../tencentChatClient';
import type { TransportOptions } from '../transportOptions';

/**
 * Tencent Cloud Chat pushes to all or tagged users (timpush). A push reaches every matching user
 * and is never resent on an unclear outcome. Tencent rations it (1 a second, 100 a day): the
 * process's ledger refuses a push that would break the ration before sending, waiting out the
 * 1-second spacing when it is shorter than the run's rate-limit wait; Tencent's own refusal
 * (another process pushed) is reported the same way. Either way nothing was pushed.
 */

export interface SentPush {
	taskId: string;
	/** When the push was sent (ms), on the transport's clock. */
	sentAt: number;
}

export async function rationedPush(
	client: TencentChatClient,
	transport: TransportOptions,
	body: Record<string, unknown>,
): Promise<SentPush> {
	const { clock } = transport;
	const ration = transport.caches.pushRation(client.appKey);
	let refusal = ration.check(clock.now());
	while (
		refusal?.reason === 'spacing' &&
		refusal.nextAllowedAt - clock.now() <= transport.retry.rateLimitWaitMs
	) {
		await clock.sleep(refusal.nextAllowedAt - clock.now());
		refusal = ration.check(clock.now());
	}
	if (refusal) throw new PushRationError(refusal);
	const sentAt = clock.now();
	ration.record(sentAt);
	const answer = await client
		.call(ChatPushCommand.push, body, { idempotent: false, service: PUSH_SERVICE })
		.catch(async (error: unknown) => {
			const tencentRefusal =
				error instanceof TencentChatApiError
					? ration.refusedByTencent(error.errorCode, clock.now())
					: undefined;
			return await Promise.reject(
				tencentRefusal
					? new PushRationError(tencentRefusal, (error as TencentChatApiError).errorCode)
					: error,
			);
		});
	return { taskId: String(answer.TaskId ?? ''), sentAt };
}
