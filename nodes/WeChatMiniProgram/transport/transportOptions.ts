import { sleep } from 'n8n-workflow';

import type { RatePacer } from '../../protocol/common/ratePacer';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../protocol/common/retryLoop';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import type { ProcessTokens } from '../../protocol/wechat/component/platformTokens';
import type { SecretSealer } from '../../protocol/wechat/component/sealedSecrets';
import { UserSigCache } from '../../protocol/tencent/userSigCache';

/**
 * The in-memory state both clients keep between executions: an optimisation only, correct across
 * n8n processes because tokens come from stable_token, UserSigs are signed locally and a
 * third-party platform's tokens are kept in its Data Table (these copies are checked against it).
 */
export class TransportCaches {
	readonly weChatTokens = new AccessTokenCache();
	readonly userSigs = new UserSigCache();
	/** 200 calls/s is a per-SDKAppID limit, so executions share one pacer per app. */
	readonly tencentPacers = new Map<string, RatePacer>();
	/** Per third-party platform: the tokens this process holds, and its sealer (derived once). */
	readonly platforms = new Map<string, { tokens: ProcessTokens; sealer: SecretSealer }>();
	/** The ids of the platforms' Data Tables, by project and table name. */
	readonly platformTables = new Map<string, string>();
}

/** What the node's clients are built with. The node passes production values unless given others. */
export interface TransportOptions {
	retry: RetryPolicy;
	sleep: (ms: number) => Promise<void>;
	caches: TransportCaches;
	/** How often a process waiting for another's platform token renewal re-reads the Data Table. */
	leasePollMs: number;
}

/** Production values, each replaceable: n8n builds the node with none, tests with shorter waits. */
export function transportOptions(overrides: Partial<TransportOptions> = {}): TransportOptions {
	return {
		retry: { ...DEFAULT_RETRY_POLICY },
		sleep,
		caches: new TransportCaches(),
		leasePollMs: 100,
		...overrides,
	};
}
