import { inflateSync } from 'node:zlib';

import { Api } from 'tls-sig-api-v2/TLSSigAPIv2';

import { generateUserSig, unescapeBase64, userSigHmac } from '../../nodes/protocol/tencent/userSig';
import { UserSigCache, USER_SIG_LIFETIME_SECONDS } from '../../nodes/protocol/tencent/userSigCache';
import { adler32, zlibStoredStream } from '../../nodes/protocol/tencent/zlibStored';

const SECRET = 'test-secret-key-0123456789abcdef0123456789abcdef0123456789abcdef';

function decode(userSig: string): Record<string, unknown> {
	return JSON.parse(
		inflateSync(Buffer.from(unescapeBase64(userSig), 'base64')).toString('utf8'),
	) as Record<string, unknown>;
}

describe('zlib stored stream', () => {
	it.each([0, 1, 200, 65535, 65536, 200_000])(
		'node zlib inflates %i bytes back unchanged',
		(size) => {
			const data = Buffer.alloc(size, 0).map((_, i) => (i * 31 + 7) & 0xff);
			expect(inflateSync(zlibStoredStream(data)).equals(Buffer.from(data))).toBe(true);
		},
	);

	it('has a valid zlib header and Adler-32 trailer', () => {
		const stream = zlibStoredStream(Buffer.from('Wikipedia'));
		expect(((stream[0] << 8) | stream[1]) % 31).toBe(0);
		expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
		expect(stream.readUInt32BE(stream.length - 4)).toBe(0x11e60398);
	});
});

describe('UserSig (TLSSigAPIv2)', () => {
	const input = {
		sdkAppId: 1400000001,
		identifier: 'administrator',
		secretKey: SECRET,
		expireSeconds: 86400,
		issuedAt: 1_700_000_000,
	};

	it('matches what tls-sig-api-v2 signs for the same inputs and time', () => {
		jest.spyOn(Date, 'now').mockReturnValue(input.issuedAt * 1000);
		try {
			const reference = new Api(input.sdkAppId, SECRET).genUserSig(
				input.identifier,
				input.expireSeconds,
			);
			const ours = generateUserSig(input);
			expect(decode(ours)).toEqual(decode(reference));
			expect(decode(ours)['TLS.sig']).toBe(userSigHmac(input));
			// Same JSON, different (uncompressed) deflate: the encoded strings differ, the content does not.
			expect(ours).not.toBe(reference);
		} finally {
			jest.restoreAllMocks();
		}
	});

	it('uses only the UserSig alphabet (+ -> *, / -> -, = -> _)', () => {
		expect(generateUserSig(input)).toMatch(/^[A-Za-z0-9*\-_]+$/);
	});

	it('note: tls-sig-api-v2 1.0.2 ships no verify function, so the fake server checks the HMAC instead', () => {
		expect(Object.keys(Api.prototype)).not.toContain('verifySig');
	});
});

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
