import type { TencentCallbackConfig } from '../nodes/protocol/tencent/callback/callbackConfig';
import { receiveTencentCallback } from '../nodes/protocol/tencent/callback/receiveCallback';
import type { CallbackConfig } from '../nodes/protocol/wechat/callback/callbackConfig';
import { receiveWeChatCallback } from '../nodes/protocol/wechat/callback/receiveCallback';
import { EVENT_FIXTURES } from '../testkit/fixtures/wechatEventFixtures';
import {
	safeJsonEnvelope,
	safeXmlEnvelope,
	signedQuery,
	TEST_AES_KEY,
	TEST_APP_ID,
	TEST_TOKEN,
	wechatEncrypt,
} from '../testkit/fixtures/wechatTestCrypto';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SDK_APP_ID,
} from '../testkit/fixtures/tencentCallbackFixtures';

const EVENTS = 20000;

const config: CallbackConfig = {
	token: TEST_TOKEN,
	encodingAESKey: TEST_AES_KEY,
	appIds: [TEST_APP_ID],
	mode: 'safe',
	bodyFormat: 'auto',
	replayWindowSeconds: 300,
	maxBodyBytes: 1024 * 1024,
};

/**
 * Decrypt + verify + decode throughput of safe-mode callbacks, the work the trigger does per request
 * before answering WeChat (HTTP and n8n overhead excluded). Requests are prepared up front.
 */
export async function runTriggerBench(): Promise<void> {
	for (const format of ['xml', 'json'] as const) {
		const fixtures = EVENT_FIXTURES.filter((f) => f.format === format);
		const requests = Array.from({ length: EVENTS }, (_, i) => {
			const fixture = fixtures[i % fixtures.length];
			const encrypt = wechatEncrypt(fixture.body);
			const body = format === 'xml' ? safeXmlEnvelope(encrypt) : safeJsonEnvelope(encrypt);
			return {
				query: { ...signedQuery({ encrypt }) },
				contentType: format === 'xml' ? 'text/xml' : 'application/json',
				rawBody: Buffer.from(body),
			};
		});
		const nowSeconds = Math.floor(Date.now() / 1000);
		measureEvents(`safe-mode ${format.toUpperCase().padEnd(4)} decrypt+verify+decode`, (i) =>
			String(receiveWeChatCallback(requests[i], config, nowSeconds).item.dedupKey),
		);
	}
	runTencentCallbackBench();
}

const tencentConfig: TencentCallbackConfig = {
	sdkAppId: String(TEST_SDK_APP_ID),
	callbackToken: TEST_CALLBACK_TOKEN,
	replayWindowSeconds: 300,
	maxBodyBytes: 1024 * 1024,
};

/**
 * Tencent Cloud Chat callbacks: SdkAppid + Sign (SHA-256) + RequestTime checks, strict JSON read,
 * decode and dedupKey, cycling through every official-account command. HTTP and n8n excluded.
 */
function runTencentCallbackBench(): void {
	const requests = Array.from({ length: EVENTS }, (_, i) => {
		const fixture = TENCENT_FIXTURES[i % TENCENT_FIXTURES.length];
		return {
			query: tencentQuery({ command: fixture.command }),
			contentType: 'application/json',
			rawBody: Buffer.from(fixtureBody(fixture)),
		};
	});
	const nowSeconds = Math.floor(Date.now() / 1000);
	measureEvents('Tencent Chat JSON sign+verify+decode', (i) =>
		String(receiveTencentCallback(requests[i], tencentConfig, nowSeconds).item.dedupKey),
	);
}

/** Warms up, then times `handle` over EVENTS prepared requests and prints throughput, latency and memory. */
function measureEvents(label: string, handle: (index: number) => string): void {
	for (let i = 0; i < 500; i++) handle(i);
	const latencies = new Float64Array(EVENTS);
	const heapBefore = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	let checksum = 0;
	for (let i = 0; i < EVENTS; i++) {
		const t0 = process.hrtime.bigint();
		checksum += handle(i).length;
		latencies[i] = Number(process.hrtime.bigint() - t0) / 1000;
	}
	const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
	const memory = process.memoryUsage();
	latencies.sort();
	const pct = (p: number) => latencies[Math.min(EVENTS - 1, Math.floor(EVENTS * p))].toFixed(1);
	console.log(
		`${label}: ${EVENTS} events in ${elapsedMs.toFixed(0)} ms | ` +
			`${Math.round(EVENTS / (elapsedMs / 1000)).toLocaleString('en-US')} events/s | ` +
			`latency p50 ${pct(0.5)} µs, p99 ${pct(0.99)} µs, max ${latencies[EVENTS - 1].toFixed(0)} µs | ` +
			`heap +${((memory.heapUsed - heapBefore) / 2 ** 20).toFixed(1)} MB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MB` +
			(checksum === 0 ? ' (no keys?)' : ''),
	);
}
