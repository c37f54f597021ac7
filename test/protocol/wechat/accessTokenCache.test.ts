import type { AccessTokenGrant } from '../../../nodes/protocol/wechat/accessToken';
import { AccessTokenCache } from '../../../nodes/protocol/wechat/accessTokenCache';

describe('AccessTokenCache', () => {
	test('concurrent callers share one request, and the token is reused until near expiry', async () => {
		let now = 0;
		const cache = new AccessTokenCache(() => now);
		let requests = 0;
		const fetch = async (): Promise<AccessTokenGrant> => ({
			accessToken: `t${++requests}`,
			expiresInSeconds: 7200,
		});
		const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', fetch)));
		expect(new Set(tokens)).toEqual(new Set(['t1']));
		expect(requests).toBe(1);
		now = (7200 - 5 * 60) * 1000 - 1;
		expect(await cache.get('k', fetch)).toBe('t1');
		now += 2;
		expect(await cache.get('k', fetch)).toBe('t2');
	});

	test('a rejected token is refetched normally first, and force-refreshed only if WeChat repeats it', async () => {
		const cache = new AccessTokenCache();
		const forced: boolean[] = [];
		let current = 'old';
		const fetch = async (force: boolean): Promise<AccessTokenGrant> => {
			forced.push(force);
			if (force) current = 'forced';
			return { accessToken: current, expiresInSeconds: 7200 };
		};
		await cache.get('k', async () => await fetch(false));
		current = 'rotated-elsewhere';
		expect(await cache.replaceRejected('k', 'old', fetch)).toBe('rotated-elsewhere');
		expect(forced).toEqual([false, false]);
		expect(await cache.replaceRejected('k', 'rotated-elsewhere', fetch)).toBe('forced');
		expect(forced).toEqual([false, false, false, true]);
	});

	test('a token already replaced by a concurrent caller is not refetched', async () => {
		const cache = new AccessTokenCache();
		let requests = 0;
		await cache.get('k', async () => ({ accessToken: `t${++requests}`, expiresInSeconds: 7200 }));
		await cache.replaceRejected('k', 't1', async () => ({
			accessToken: `t${++requests}`,
			expiresInSeconds: 7200,
		}));
		expect(
			await cache.replaceRejected('k', 't1', async () => ({
				accessToken: `t${++requests}`,
				expiresInSeconds: 7200,
			})),
		).toBe('t2');
		expect(requests).toBe(2);
	});

	test('keys are hashes: the secret never sits in the cache as text', () => {
		const key = AccessTokenCache.keyFor('https://api.weixin.qq.com', 'my-app-secret');
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(key).not.toContain('secret');
	});
});
