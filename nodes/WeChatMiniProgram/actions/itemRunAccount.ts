import { OutcomeUnknownError } from '../../protocol/common/outcomeUnknownError';
import type { JobOutcome } from '../../protocol/common/runInOrder';

export interface ItemWords {
	/** One item's result in words: "message", "item". */
	noun: string;
	/** What a successful item was: "sent", "done". */
	done: string;
}

/**
 * The exact account of a per-item run that stopped at item `failedIndex` (the first failure in
 * input order, so every earlier item succeeded): how many earlier items succeeded, what became of
 * the later ones that were already in flight, and how many were never tried.
 */
export function describeStoppedRun(
	outcomes: JobOutcome<unknown>[],
	failedIndex: number,
	words: ItemWords,
): string {
	const later = outcomes.slice(failedIndex + 1).map((outcome, offset) => ({
		outcome,
		item: failedIndex + 1 + offset,
	}));
	const notTried = later.filter(({ outcome }) => outcome.state === 'notStarted').length;
	const inFlight = later
		.filter(({ outcome }) => outcome.state !== 'notStarted')
		.map(({ outcome, item }) => `item ${item} ${inFlightResult(outcome, words)}`);
	let text = `${failedIndex} earlier ${words.noun}(s) were ${words.done}; the ${notTried} later item(s) were not tried.`;
	if (inFlight.length > 0)
		text += ` Already in flight when it failed, and finished: ${inFlight.join('; ')}.`;
	return text;
}

function inFlightResult(outcome: JobOutcome<unknown>, words: ItemWords): string {
	if (outcome.state === 'done') return words.done;
	if (outcome.state !== 'failed') return 'not tried';
	const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
	return outcome.error instanceof OutcomeUnknownError
		? `outcome unknown, not resent (${message})`
		: `failed (${message})`;
}
