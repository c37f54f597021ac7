import { officialAccountSuite, ACCOUNT } from './officialAccountSuite';
import { runChat } from './chatOfficialAccountHarness';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	const suite = officialAccountSuite();

	test('update sends only the fields set; get reads 60 accounts in calls of 50; delete, then 130004', async () => {
		await runChat(suite.server, [{}], {
			operation: 'update',
			officialAccount: ACCOUNT,
			updateFields: { Introduction: 'Daily news' },
		});
		expect(suite.server.callsTo('modify_official_account_base_info')[0].body).toEqual({
			Official_Account: ACCOUNT,
			Introduction: 'Daily news',
		});
		const ids = [ACCOUNT, ...Array.from({ length: 59 }, (_, i) => `@TOA#_x${i}`)];
		ids.slice(1).forEach((id) => suite.server.addAccount(id));
		const got = await runChat(suite.server, [{}], {
			operation: 'get',
			officialAccounts: ids.join(','),
		});
		expect(
			suite.server
				.callsTo('get_official_account_info')
				.map((c) => (c.body.OfficialAccountIdList as unknown[]).length),
		).toEqual([50, 10]);
		expect(got.output('WeChat')[0]).toMatchObject({
			Official_Account: ACCOUNT,
			Introduction: 'Daily news',
			SubscriberNum: 450,
		});
		await runChat(suite.server, [{}], { operation: 'delete', officialAccount: ACCOUNT });
		expect(suite.server.accounts.has(ACCOUNT)).toBe(false);
		const gone = await runChat(suite.server, [{}], {
			operation: 'delete',
			officialAccount: ACCOUNT,
		});
		expect(gone.error?.message).toContain('ErrorCode 130004');
	});
});
