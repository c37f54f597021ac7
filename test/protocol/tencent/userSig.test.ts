import { inflateSync } from 'node:zlib';

import { Api } from 'tls-sig-api-v2/TLSSigAPIv2';

import {
	generateUserSig,
	unescapeBase64,
	userSigHmac,
} from '../../../nodes/protocol/tencent/userSig';

const SECRET = 'test-secret-key-0123456789abcdef0123456789abcdef0123456789abcdef';

function decode(userSig: string): Record<string, unknown> {
	return JSON.parse(
		inflateSync(Buffer.from(unescapeBase64(userSig), 'base64')).toString('utf8'),
	) as Record<string, unknown>;
}

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
