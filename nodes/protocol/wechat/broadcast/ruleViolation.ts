/** Input that breaks a documented WeChat rule, found before anything was sent. */
export class BroadcastRuleError extends Error {
	constructor(
		readonly endpoint: string,
		readonly problems: string[],
	) {
		super(`WeChat ${endpoint} was not called: ${problems.join('; ')}`);
		this.name = 'BroadcastRuleError';
	}
}

/** Throws one error listing every problem found, so the user fixes them all at once. */
export function assertNoProblems(endpoint: string, problems: Array<string | undefined>): void {
	const found = problems.filter((problem): problem is string => problem !== undefined);
	if (found.length > 0) throw new BroadcastRuleError(endpoint, found);
}
