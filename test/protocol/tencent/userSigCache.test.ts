import {
	UserSigCache,
	USER_SIG_LIFETIME_SECONDS,
} from '../../../nodes/protocol/tencent/userSigCache';

const SECRET = 'test-secret-key-0123456789abcdef0123456789abcdef0123456789abcdef';

describe('UserSigCache', () => {
	const credentials = { sdkAppId: 1400000001, identifier: 'administrator', secretKey: SECRET };

	it('reuses a UserSig until an hour before expiry, then issues a new one', () => {
		let now = 1_700_000_000;
		const cache = new UserSigCache(() => now);
		const first = cache.get(credentials);
		now += USER_SIG_LIFETIME_SECONDS - 2 * 3600;
		expect(cache.get(credentials)).toBe(first);
		now += 3600 + 1;
		expect(cache.get(credentials)).not.toBe(first);
	});

	it('renews a rejected UserSig once, and hands later callers the renewed one', () => {
		let now = 1_700_000_000;
		const cache = new UserSigCache(() => now);
		const rejected = cache.get(credentials);
		now += 5;
		const renewed = cache.renew(credentials, rejected);
		expect(renewed).not.toBe(rejected);
		expect(cache.renew(credentials, rejected)).toBe(renewed);
	});
});
