import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { FakeTencentChat } from '../testkit/servers/fakeTencentChat';
import type { RecordedCall } from '../testkit/servers/fakeTencentChat';
import { runChatOperation } from './chatOperation';
import { measure } from './measure';

/**
 * On the real clock the run is bound by Tencent's 12,000 recipients a minute: 100,000 take about
 * 7.5 minutes, so the default is 20,000 (the first 12,000 at once, the rest at 200 a second);
 * CHAT_MESSAGE_BENCH_RECIPIENTS=100000 runs the full size.
 */
const RECIPIENTS = Number(process.env.CHAT_MESSAGE_BENCH_RECIPIENTS ?? 20_000);
const LATENCY_MS = 50;

/** The most recipients the server accepted in any 60 s (Tencent allows 12,000). */
function busiestMinute(calls: RecordedCall[]): number {
	let most = 0;
	let inWindow = 0;
	for (let start = 0, end = 0; end < calls.length; end++) {
		inWindow += (calls[end].body.To_Account as unknown[]).length;
		while (calls[end].at - calls[start].at >= 60_000)
			inWindow -= (calls[start++].body.To_Account as unknown[]).length;
		most = Math.max(most, inWindow);
	}
	return most;
}

/**
 * Chat Message > Send Batch to RECIPIENTS input items through n8n-core's engine against the local
 * Tencent Cloud Chat answering after 50 ms on the real clock: 500 recipients a batchsendmsg call,
 * paced under 12,000 recipients a minute (the server refuses more with 60018).
 */
export async function runChatMessageBench(): Promise<void> {
	registerCredentialType(new TencentChatApi());
	const ids = Array.from({ length: RECIPIENTS }, (_, i) => `customer${String(i).padStart(7, '0')}`);
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeTencentChat().start();
	server.latency = { ms: LATENCY_MS };
	for (const id of ids) server.chatUsers.set(id, { id, importedAt: 0 });
	try {
		const m = await measure(
			`Chat Message > Send Batch, ${RECIPIENTS} recipients, 50 ms`,
			'recipients',
			async () =>
				await runChatOperation(
					server,
					ids.map((userId) => ({ userId })),
					{
						resource: 'chatMessage',
						operation: 'sendBatch',
						toAccount: '={{ $json.userId }}',
						messageType: 'text',
						text: 'We are live: the spring sale starts now',
					},
					{ status: 'sent', what: 'recipients', api: 'batchsendmsg' },
				),
		);
		const calls = server.callsTo('batchsendmsg');
		const accepted = calls.filter((call) => call.answer?.ErrorCode === 0);
		const refused = calls.filter((call) => call.answer?.ErrorCode === 60018).length;
		const seconds = m.elapsedMs / 1000;
		console.log(
			`  batchsendmsg: ${calls.length} calls (${refused} refused for the minute quota), ` +
				`${(seconds / 60).toFixed(2)} min, ${(RECIPIENTS / seconds).toFixed(1)} recipients/s ` +
				`against Tencent's 12,000/min (200/s); busiest minute ${busiestMinute(accepted)} recipients`,
		);
	} finally {
		await server.stop();
	}
}
