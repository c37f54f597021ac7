import { officialAccountSuite } from './officialAccountSuite';
import { runChat } from './chatOfficialAccountHarness';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	const suite = officialAccountSuite();

	test('create with a generated and a custom ID; a used ID answers 130008', async () => {
		const made = await runChat(suite.server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Offers',
		});
		expect(made.output('WeChat')[0].officialAccount).toMatch(/^@TOA#_/);
		const custom = await runChat(suite.server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Mine',
			additionalFields: { OfficialAccountUserID: '@TOA#_mine', MaxSubscriberNum: 10 },
		});
		expect(custom.output('WeChat')[0]).toEqual({ officialAccount: '@TOA#_mine' });
		expect(suite.server.accounts.get('@TOA#_mine')!.info.MaxSubscriberNum).toBe(10);
		const again = await runChat(suite.server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Mine',
			additionalFields: { OfficialAccountUserID: '@TOA#_mine' },
		});
		expect(again.error?.message).toContain('ErrorCode 130008');
	});
});
