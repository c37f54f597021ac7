import type { Clock } from '../../protocol/common/clock';
import { RatePacer } from '../../protocol/common/ratePacer';
import { DEFAULT_RETRY_POLICY } from '../../protocol/common/retryLoop';
import type { RetryPolicy } from '../../protocol/common/retryLoop';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import type { ProcessTokens } from '../../protocol/wechat/component/platformTokens';
import type { SecretSealer } from '../../protocol/wechat/component/sealedSecrets';
import { PushRation } from '../../protocol/tencent/pushRation';
import { UserSigCache } from '../../protocol/tencent/userSigCache';
import { systemClock } from '../../shared/systemClock';

/**
 * The in-memory state both clients keep between executions: an optimisation only, correct across
 * n8n processes because tokens come from stable_token, UserSigs are signed locally and a
 * third-party platform's tokens are kept in its Data Table (these copies are checked against it).
 */
export class TransportCaches {
	readonly weChatTokens: AccessTokenCache;
	readonly userSigs: UserSigCache;
	/** Per third-party platform: the tokens this process holds, and its sealer (derived once). */
	readonly platforms = new Map<string, { tokens: ProcessTokens; sealer: SecretSealer }>();
	/** The ids of the platforms' Data Tables, by project and table name. */
	readonly platformTables = new Map<string, string>();
	private readonly pacers = new Map<string, RatePacer>();
	private readonly pushRations = new Map<string, PushRation>();

	/** Token and UserSig lifetimes and the pacers' windows are counted on `clock` (the transport's). */
	constructor(private readonly clock: Clock = systemClock) {
		this.weChatTokens = new AccessTokenCache(() => clock.now());
		this.userSigs = new UserSigCache(() => Math.floor(clock.now() / 1000));
	}

	/**
	 * The process's one pacer for a limit of one app (Tencent's 200 calls/s per SDKAppID, WeChat's
	 * 2000 openids/s per App ID): every execution in the process shares it. Other processes keep
	 * their own, and the refusals their excess meets are waited out (see callWithRetries).
	 */
	/** The process's ledger of one SDKAppID's pushes to all or tagged users (see PushRation). */
	pushRation(key: string): PushRation {
		let ration = this.pushRations.get(key);
		if (!ration) this.pushRations.set(key, (ration = new PushRation()));
		return ration;
	}

	pacer(key: string, unitsPerSecond: number, windowMs = 1000): RatePacer {
		let pacer = this.pacers.get(key);
		if (!pacer) this.pacers.set(key, (pacer = new RatePacer(unitsPerSecond, this.clock, windowMs)));
		return pacer;
	}
}

/** What the node's clients are built with. The node passes production values unless given others. */
export interface TransportOptions {
	retry: RetryPolicy;
	/** What the pacers, retry waits and token expiries read and wait on. */
	clock: Clock;
	caches: TransportCaches;
	/** How often a process waiting for another's platform token renewal re-reads the Data Table. */
	leasePollMs: number;
}

/** Production values, each replaceable: n8n builds the node with none, tests with shorter waits. */
export function transportOptions(overrides: Partial<TransportOptions> = {}): TransportOptions {
	const clock = overrides.clock ?? systemClock;
	return {
		retry: { ...DEFAULT_RETRY_POLICY },
		clock,
		caches: new TransportCaches(clock),
		leasePollMs: 100,
		...overrides,
	};
}
