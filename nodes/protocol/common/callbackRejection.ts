/**
 * A callback request the trigger refuses. `reason` is a fixed sentence written by us:
 * it never quotes the request, the credential or the decrypted content, so it is safe to send back.
 */
export class CallbackRejection extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 413 | 415 | 500,
		readonly reason: string,
	) {
		super(reason);
		this.name = 'CallbackRejection';
	}
}

export function reject(status: CallbackRejection['status'], reason: string): CallbackRejection {
	return new CallbackRejection(status, reason);
}
