import { platformOperationsSuite } from './platformOperationsSuite';
import { runAction } from './thirdPartyPlatformHarness';

const MERCHANTS = ['wxshop0000000001', 'wxshop0000000002'];
const NEW_SECRET = 'component-app-secret-rotated-98765';

/**
 * Rotating the Component App Secret: every row of the platform's Data Table was sealed with the
 * old one. The error names the rotation, and Import Refresh Tokens stores each merchant's
 * refresh token again from WeChat's authorizer list, sealed with the new secret.
 */
describe('Third-Party Platform > Import Refresh Tokens, after the App Secret was rotated', () => {
	const { worker, setUp } = platformOperationsSuite();
	const apply = (authorizerAppId: string) => ({
		resource: 'live',
		operation: 'apply',
		authentication: 'thirdPartyPlatform',
		authorizerAppId,
	});

	it('names the rotation, then re-imports every refresh token sealed with the new secret', async () => {
		const { fake, live, platform, dataTables, credential, trigger, errors, stop } =
			await setUp(MERCHANTS);
		try {
			expect(errors).toEqual([]);
			const sealedBefore = dataTables.allRows().map((row) => row.sealed);

			// The owner resets the App Secret in the console and pastes it into the credential.
			platform.rotateAppSecret(NEW_SECRET);
			credential.componentAppSecret = NEW_SECRET;
			const refused = await runAction(worker, dataTables, credential, apply(MERCHANTS[0]));
			expect(refused.error?.message).toContain(
				`The authorizer_refresh_token stored for authorizer ${MERCHANTS[0]} does not open with this credential's Component App Secret: the App Secret was probably rotated`,
			);
			expect(refused.error?.message).toContain('Import Refresh Tokens');
			expect(refused.error?.message).not.toMatch(/not authori[sz]ed/);

			// Before WeChat's next ticket, the component token cannot be had either: said so.
			const early = await runAction(worker, dataTables, credential, {
				resource: 'thirdPartyPlatform',
				operation: 'importRefreshTokens',
			});
			expect(early.error?.message).toContain(
				'The stored component_verify_ticket does not open with this credential',
			);

			await platform.pushTicket(trigger.authorizationUrl);
			await trigger.idle();
			expect(errors).toEqual([]);
			const imported = await runAction(worker, dataTables, credential, {
				resource: 'thirdPartyPlatform',
				operation: 'importRefreshTokens',
			});
			expect(imported.error).toBeUndefined();
			expect(imported.output('WeChat')).toEqual(
				MERCHANTS.map((authorizerAppId) => ({ authorizerAppId, refreshTokenStored: true })),
			);
			expect(JSON.stringify(imported.output('WeChat'))).not.toMatch(/refreshtoken@@@/);

			for (const merchant of MERCHANTS) {
				const applied = await runAction(worker, dataTables, credential, apply(merchant));
				expect(applied.error).toBeUndefined();
			}
			expect(live.applications).toEqual(MERCHANTS);
			// Each grant carried the refresh token WeChat's list handed out.
			const carried = fake
				.callsTo('/cgi-bin/component/api_authorizer_token')
				.map((call) => call.body.authorizer_refresh_token);
			expect(carried).toEqual(
				MERCHANTS.map((merchant) => platform.authorizers.get(merchant)!.refreshToken),
			);
			// No row still holds a seal of the old secret's era for a refresh token.
			const refreshRows = dataTables.allRows().filter((row) => row.kind === 'refreshToken');
			expect(refreshRows.some((row) => sealedBefore.includes(row.sealed))).toBe(false);
		} finally {
			await stop();
		}
	});
});
