import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { TencentChatApi } from '../../credentials/TencentChatApi.credentials';
import { testCredential } from '../../testkit/engine/credentialTester';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { chatCredentials } from '../actions/chatOfficialAccount/chatOfficialAccountHarness';

describe('Tencent Cloud Chat credential: the Test button', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await new FakeTencentChat().start();
	});
	afterEach(async () => await server.stop());

	const credential = new TencentChatApi();
	const data = (overrides = {}) =>
		chatCredentials(server, overrides) as ICredentialDataDecryptedObject;

	test('valid SDKAppID, key and admin pass, with the UserSig and the admin resolved into the request', async () => {
		expect(await testCredential(credential, data())).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		const [call] = server.calls.filter((recorded) => recorded.command === 'account_check');
		expect(call.body).toEqual({ CheckItem: [{ UserID: 'administrator' }] });
	});

	test('a wrong secret key is named, and the key is not echoed', async () => {
		const result = await testCredential(credential, data({ secretKey: 'a-wrong-secret-key-000' }));
		expect(result).toEqual({
			status: 'Error',
			message: 'The Secret Key does not match this SDKAppID',
		});
	});

	test('an SDKAppID of another region is explained', async () => {
		const result = await testCredential(credential, data({ sdkAppId: 1400999999 }));
		expect(result.message).toMatch(/belongs to another region|does not match/);
		expect(result.status).toBe('Error');
	});
});
