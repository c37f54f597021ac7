/** What the live broadcast API files (liveRoom, liveRoomGoods, liveGoods, liveRole) share. */

/** The live broadcast API's paths are under this, unless given in full. */
export const BROADCAST = '/wxaapi/broadcast';

/** A call sent once: an unclear outcome is reported, never resent. */
export const once = (meanings: Record<number, string>) => ({
	idempotent: false,
	errorMeanings: meanings,
});

/** A call that leaves the same state when repeated: retried on transient failures. */
export const repeatable = (meanings: Record<number, string>) => ({
	idempotent: true,
	errorMeanings: meanings,
});
