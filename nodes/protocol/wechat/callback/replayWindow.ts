import { reject } from '../../common/callbackRejection';

/**
 * The timestamp is covered by the signature, so an old-but-valid request can only be a replay.
 * A window of 0 turns the check off. The window is not a dedup: retries inside it still need dedupKey.
 */
export function assertFreshTimestamp(
	timestamp: string,
	nowSeconds: number,
	windowSeconds: number,
): void {
	if (!/^\d{1,12}$/.test(timestamp))
		throw reject(400, 'timestamp query parameter is not a Unix time');
	if (windowSeconds <= 0) return;
	if (Math.abs(nowSeconds - Number(timestamp)) > windowSeconds) {
		throw reject(403, 'timestamp is outside the replay window');
	}
}
