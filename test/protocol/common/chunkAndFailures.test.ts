import { chunk } from '../../../nodes/protocol/common/chunk';
import {
	backoffDelay,
	classifyNetworkError,
} from '../../../nodes/protocol/common/transientFailures';

describe('chunk', () => {
	test('splits into full chunks and a short last one', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 2000)).toEqual([]);
	});
	test('refuses a size that is not a positive integer', () => {
		expect(() => chunk([1], 0)).toThrow('Chunk size must be a positive integer, got 0');
	});
});

describe('classifyNetworkError', () => {
	test('a refused connection never reached the server', () => {
		expect(classifyNetworkError({ code: 'ECONNREFUSED' })).toMatchObject({
			kind: 'notSent',
			reason: 'connection refused',
		});
	});
	test('a reset or a timeout may have been acted upon', () => {
		expect(classifyNetworkError({ code: 'ECONNRESET' }).kind).toBe('ambiguous');
		expect(classifyNetworkError({ cause: { code: 'ETIMEDOUT' } }).kind).toBe('ambiguous');
		expect(classifyNetworkError(new Error('timeout of 300ms exceeded')).kind).toBe('ambiguous');
	});
	test('reasons are words, never raw codes (n8n rewrites messages that contain them)', () => {
		for (const code of [
			'ECONNREFUSED',
			'ECONNRESET',
			'ETIMEDOUT',
			'ECONNABORTED',
			'ENOTFOUND',
			'EAI_AGAIN',
		]) {
			expect(classifyNetworkError({ code }).reason).not.toMatch(/^E[A-Z_]+$/);
		}
	});
});

describe('backoffDelay', () => {
	test('doubles per attempt around the base', () => {
		expect([0, 1, 2].map((attempt) => backoffDelay(attempt, 100, () => 0.5))).toEqual([
			100, 200, 400,
		]);
	});
});
