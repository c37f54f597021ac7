import { ACCOUNT } from '../actions/chatOfficialAccount/officialAccountSuite';
import { virtualClock } from '../../testkit/clock/defaultClock';
import type { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import {
	runChat,
	startChatServer,
} from '../actions/chatOfficialAccount/chatOfficialAccountHarness';

describe('Tencent Cloud Chat authentication (UserSig really checked by the fake server)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		server.addAccount(ACCOUNT);
	});
	afterEach(async () => await server.stop());
	const getInfo = { operation: 'get', officialAccounts: ACCOUNT };

	test('an expired UserSig (70001) is renewed once and the call resent', async () => {
		await runChat(server, [{}], getInfo);
		server.userSigNotBefore = Math.floor(virtualClock().now() / 1000) + 1;
		await virtualClock().sleep(1100);
		server.calls.length = 0;
		const result = await runChat(server, [{}], getInfo);
		expect(result.error).toBeUndefined();
		expect(server.calls.map((c) => c.answer?.ErrorCode)).toEqual([70001, 0]);
		expect(server.calls[0].query.usersig).not.toBe(server.calls[1].query.usersig);
	});

	test('70001 again after renewing (server clock far ahead) is reported, not looped', async () => {
		server.clockOffsetSeconds = 3 * 86400;
		const result = await runChat(server, [{}], getInfo);
		expect(result.error?.message).toContain('ErrorCode 70001 (UserSig expired');
		expect(server.calls).toHaveLength(2);
	});

	test('a wrong Secret Key (70009) and an SDKAppID of another region (70020) are explained', async () => {
		const wrongKey = await runChat(server, [{}], getInfo, {
			credentials: { secretKey: 'not-the-key' },
		});
		expect(wrongKey.error?.message).toContain('ErrorCode 70009');
		expect(wrongKey.error?.message).not.toContain('not-the-key');
		const otherRegion = await runChat(server, [{}], getInfo, {
			credentials: { sdkAppId: 1400000999 },
		});
		expect(otherRegion.error?.message).toContain('ErrorCode 70020');
		expect(otherRegion.error?.message).toContain('pick the region where it was created');
	});

	test('a non-admin identifier answers 90009', async () => {
		const result = await runChat(server, [{}], getInfo, {
			credentials: { adminIdentifier: 'alice' },
		});
		expect(result.error?.message).toContain('ErrorCode 90009');
	});
});
