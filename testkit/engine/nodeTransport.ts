import type { RetryPolicy } from '../../nodes/protocol/common/retryLoop';
import { defaultClock } from '../clock/defaultClock';
import {
	TransportCaches,
	transportOptions,
} from '../../nodes/WeChatMiniProgram/transport/transportOptions';
import type { TransportOptions } from '../../nodes/WeChatMiniProgram/transport/transportOptions';

/** Short waits; refusals are waited out for up to 3 s, at most 100 ms at a time. */
const TEST_RETRY: RetryPolicy = {
	maxAttempts: 4,
	baseDelayMs: 5,
	timeoutMs: 30_000,
	rateLimitWaitMs: 3_000,
	rateLimitMaxDelayMs: 100,
};

/** The local WeChat answers a token request in a few milliseconds, not WeChat's ~100. */
const TEST_LEASE_POLL_MS = 5;

/**
 * The transport options of every node the testkit builds: short retry waits, the local servers'
 * clock (defaultClock) and one cache scope shared by all runs of a test file, as one n8n process
 * shares them (a simulated second process gets its own from processTransport).
 */
const shared: TransportOptions = transportOptions({
	retry: { ...TEST_RETRY },
	clock: defaultClock(),
	leasePollMs: TEST_LEASE_POLL_MS,
});

export function testTransport(): TransportOptions {
	return shared;
}

/**
 * Starts over as a freshly started n8n process would: no cached token, UserSig or pacer, and the
 * test retry policy with `retry` applied. Nodes built earlier see the change.
 */
export function resetTransport(retry: Partial<RetryPolicy> = {}): TransportOptions {
	shared.retry = { ...TEST_RETRY, ...retry };
	shared.clock = defaultClock();
	shared.caches = new TransportCaches(shared.clock);
	return shared;
}

/** The transport of another simulated n8n process (a worker): test retry waits, caches of its own. */
export function processTransport(retry: Partial<RetryPolicy> = {}): TransportOptions {
	return transportOptions({
		retry: { ...TEST_RETRY, ...retry },
		clock: defaultClock(),
		leasePollMs: TEST_LEASE_POLL_MS,
	});
}
