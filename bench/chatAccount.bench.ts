import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { tencentChatCredentials } from '../testkit/servers/fakeTencent/credentials';
import { FakeTencentChat } from '../testkit/servers/fakeTencentChat';
import { measure } from './measure';

const ACCOUNTS = 100_000;
const LATENCY_MS = 50;

/** The most calls the server accepted in any one second (Tencent allows 200 per SDKAppID). */
function busiestSecond(times: number[]): number {
	let most = 0;
	for (let start = 0, end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= 1000) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

/**
 * Chat Account > Import of 100000 input items through n8n-core's engine against the local Tencent
 * Cloud Chat answering after 50 ms: 100 accounts a multiaccount_import call, several in flight,
 * 60019 above 200 calls in any second.
 */
export async function runChatAccountBench(): Promise<void> {
	registerCredentialType(new TencentChatApi());
	const items = Array.from({ length: ACCOUNTS }, (_, i) => ({
		userId: `customer${String(i).padStart(7, '0')}`,
	}));
	for (const requestsInFlight of [undefined, 50]) {
		resetTransport({ baseDelayMs: 50 });
		const server = await new FakeTencentChat().start();
		server.latency = { ms: LATENCY_MS };
		const label = `Chat Account > Import, 50 ms, ${requestsInFlight ?? 'default'} in flight`;
		try {
			const m = await measure(label, 'accounts', async () => {
				const result = await runWorkflow(
					itemsIntoWeChatNode(
						items,
						{
							resource: 'chatAccount',
							operation: 'import',
							importMode: 'many',
							accountSource: 'inputItems',
							userIdField: 'userId',
							options: requestsInFlight ? { requestsInFlight } : {},
						},
						tencentChatCredentials(server),
					),
				);
				if (result.error) throw result.error;
				const imported = result
					.output('WeChat')
					.filter((item) => item.status === 'imported').length;
				if (imported !== ACCOUNTS || server.chatUsers.size !== ACCOUNTS)
					throw new Error(`only ${imported} of ${ACCOUNTS} accounts were imported`);
				return { items: imported, calls: server.callsTo('multiaccount_import').length };
			});
			const calls = server.callsTo('multiaccount_import');
			const accepted = calls.filter((call) => call.answer?.ErrorCode === 0).map((call) => call.at);
			const rejected = calls.filter((call) => call.answer?.ErrorCode === 60019).length;
			console.log(
				`  multiaccount_import: ${calls.length} calls (${rejected} rate-limited), ` +
					`${(accepted.length / (m.elapsedMs / 1000)).toFixed(1)} calls/s on average against Tencent's 200/s, ` +
					`busiest second ${busiestSecond(accepted)} calls, most in flight ${server.inFlight.most}`,
			);
		} finally {
			await server.stop();
		}
	}
}
