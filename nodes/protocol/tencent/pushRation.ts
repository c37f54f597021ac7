import { PUSH_DAY_OFFSET_MS, PUSH_MIN_SPACING_MS, PUSHES_PER_DAY } from './chatCommands';
import { describeTencentChatErrorCode, PUSH_DAILY_LIMIT, PUSH_TOO_FREQUENT } from './errorCodes';

const DAY_MS = 86_400_000;

/** The start (ms) of the ration day after the one holding `now`: midnight China Standard Time. */
export function nextPushDay(now: number): number {
	return Math.floor((now + PUSH_DAY_OFFSET_MS) / DAY_MS + 1) * DAY_MS - PUSH_DAY_OFFSET_MS;
}

const pushDay = (now: number) => Math.floor((now + PUSH_DAY_OFFSET_MS) / DAY_MS);

/** Why a push may not go now, and the first moment it may. */
export interface PushRefusal {
	reason: 'spacing' | 'daily';
	nextAllowedAt: number;
}

/**
 * This process's ledger of pushes to all or tagged users, per SDKAppID: at most PUSHES_PER_DAY a
 * day, more than PUSH_MIN_SPACING_MS apart. Only an optimisation that spares a refused call: other
 * n8n processes push too, and Tencent's own refusal (90024, 90047) is the authority.
 */
export class PushRation {
	private lastAt?: number;
	private day = -1;
	private count = 0;

	/** The refusal if a push now would break the ration, else undefined. */
	check(now: number): PushRefusal | undefined {
		if (pushDay(now) === this.day && this.count >= PUSHES_PER_DAY)
			return { reason: 'daily', nextAllowedAt: nextPushDay(now) };
		if (this.lastAt !== undefined && now - this.lastAt <= PUSH_MIN_SPACING_MS)
			return { reason: 'spacing', nextAllowedAt: this.lastAt + PUSH_MIN_SPACING_MS + 1 };
		return undefined;
	}

	/** Counts a push about to be sent (sent or unclear, it may have used the ration). */
	record(now: number): void {
		if (pushDay(now) !== this.day) {
			this.day = pushDay(now);
			this.count = 0;
		}
		this.count += 1;
		this.lastAt = now;
	}

	/** Learns from Tencent's refusal (another process pushed); resolves the refusal it means. */
	refusedByTencent(code: number, now: number): PushRefusal | undefined {
		if (code === PUSH_DAILY_LIMIT) {
			this.day = pushDay(now);
			this.count = PUSHES_PER_DAY;
			return { reason: 'daily', nextAllowedAt: nextPushDay(now) };
		}
		if (code === PUSH_TOO_FREQUENT) {
			this.lastAt = now;
			return { reason: 'spacing', nextAllowedAt: now + PUSH_MIN_SPACING_MS + 1 };
		}
		return undefined;
	}
}

/** A push refused for the ration, before sending or by Tencent: nothing was pushed. */
export class PushRationError extends Error {
	constructor(
		readonly refusal: PushRefusal,
		/** Tencent's code when Tencent refused it; undefined when refused before sending. */
		readonly errorCode?: number,
	) {
		const when = new Date(refusal.nextAllowedAt).toISOString();
		const rule =
			refusal.reason === 'daily'
				? `the ration of ${PUSHES_PER_DAY} pushes a day (counted per day in China Standard Time) is used up`
				: 'pushes to all or tagged users must be more than 1 second apart';
		const source =
			errorCode === undefined
				? 'refused before sending'
				: `refused by Tencent with ErrorCode ${errorCode} (${describeTencentChatErrorCode(errorCode)})`;
		const earliest = errorCode === PUSH_TOO_FREQUENT ? 'at the earliest ' : '';
		super(
			`Tencent Cloud Chat timpush/push ${source}: ${rule}. Nothing was pushed; the next push is allowed ${earliest}at ${when}`,
		);
		this.name = 'PushRationError';
	}
}
