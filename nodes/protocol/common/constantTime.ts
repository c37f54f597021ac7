import { timingSafeEqual } from 'crypto';

/** Compares without leaking where the strings differ; only the length (public) can short-circuit. */
export function constantTimeEqual(expected: string, provided: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(provided, 'utf8');
	if (a.length !== b.length) return false;
	return timingSafeEqual(a, b);
}
