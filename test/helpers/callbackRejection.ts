import { CallbackRejection } from '../../nodes/protocol/common/callbackRejection';

/** The CallbackRejection that `run` throws; anything else it throws, or nothing, fails the test. */
export function rejectionOf(run: () => unknown): CallbackRejection {
	try {
		run();
	} catch (error) {
		if (error instanceof CallbackRejection) return error;
		throw error;
	}
	throw new Error('expected a CallbackRejection');
}
