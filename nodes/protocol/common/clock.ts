/**
 * Time as the transport sees it: the pacer's windows, the retry loop's waits and the platform's
 * token expiries all read and wait on one clock. Production passes the system's; tests pass a
 * virtual one that the local servers share, so limits are proven in virtual seconds.
 */
export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	sleep(ms: number): Promise<void>;
}
