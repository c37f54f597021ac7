import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { FakeTencentChat } from '../testkit/servers/fakeTencentChat';
import { runChatOperation } from './chatOperation';
import { measure } from './measure';

const SUBSCRIBERS = 100_000;
const ACCOUNT = '@TOA#_bench';

/**
 * Add Subscribers for 100000 input items through n8n-core's engine against the local Tencent Cloud
 * Chat, which takes 100 subscribers a call and answers 60019 above 200 calls in any second.
 */
export async function runTencentBench(): Promise<void> {
	registerCredentialType(new TencentChatApi());
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeTencentChat().start();
	server.addAccount(ACCOUNT, { MaxSubscriberNum: 1_000_000 });
	const items = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
		userId: `user${String(i).padStart(7, '0')}`,
	}));
	try {
		await measure(
			'Chat Official Account > Add Subscribers',
			'subscribers',
			async () =>
				await runChatOperation(
					server,
					items,
					{
						resource: 'chatOfficialAccount',
						operation: 'addSubscribers',
						officialAccount: ACCOUNT,
						subscriberSource: 'inputItems',
						subscriberField: 'userId',
					},
					{ status: 'added', what: 'subscribers', api: 'add_subscriber' },
				),
		);
		const calls = server.callsTo('add_subscriber');
		const gaps = calls
			.slice(1)
			.map((call, i) => call.at - calls[i].at)
			.sort((a, b) => a - b);
		const rejected = calls.filter((call) => call.answer?.ErrorCode === 60019).length;
		console.log(
			`  add_subscriber: ${calls.length} calls, ${rejected} rate-limited, gap between calls median ${gaps[gaps.length >> 1]} ms, ` +
				`p99 ${gaps[Math.floor(gaps.length * 0.99)]} ms, max ${gaps[gaps.length - 1]} ms`,
		);
	} finally {
		await server.stop();
	}
}
