/**
 * A request that is not safe to repeat (a push, a message send) reached the service but no clear
 * answer came back: it may or may not have been carried out. It is reported, never resent.
 */
export class OutcomeUnknownError extends Error {
	constructor(
		readonly endpoint: string,
		readonly reason: string,
	) {
		super(
			`${endpoint}: no clear answer (${reason}); the request may or may not have been carried out, ` +
				'so it was not resent (resending could deliver it twice)',
		);
		this.name = 'OutcomeUnknownError';
	}
}
