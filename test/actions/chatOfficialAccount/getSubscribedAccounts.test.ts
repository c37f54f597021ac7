import { officialAccountSuite, ACCOUNT } from './officialAccountSuite';
import { runChat, users } from './chatOfficialAccountHarness';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	const suite = officialAccountSuite();

	test('subscribed accounts of a user, remove subscribers in calls of 100, update a subscriber', async () => {
		suite.server.addAccount('@TOA#_b', {}, ['user000003']);
		const subscribed = await runChat(suite.server, [{}], {
			operation: 'getSubscribedAccounts',
			subscriber: 'user000003',
			returnAll: true,
		});
		expect(subscribed.output('WeChat').map((a) => a.Official_Account)).toEqual([
			ACCOUNT,
			'@TOA#_b',
		]);
		const removed = await runChat(suite.server, [{}], {
			operation: 'removeSubscribers',
			officialAccount: ACCOUNT,
			subscriberSource: 'list',
			subscribers: [...users(150), 'stranger'].join(','),
		});
		expect(
			suite.server
				.callsTo('delete_subscriber')
				.map((c) => (c.body.SubscriberToDel_Account as unknown[]).length),
		).toEqual([100, 51]);
		expect(removed.output('WeChat').at(-1)).toMatchObject({
			subscriber: 'stranger',
			status: 'notSubscribed',
		});
		expect(suite.server.accounts.get(ACCOUNT)!.subscribers.size).toBe(300);
		await runChat(suite.server, [{}], {
			operation: 'updateSubscriber',
			officialAccount: ACCOUNT,
			subscriber: 'user000200',
			customString: 'vip',
		});
		expect(suite.server.accounts.get(ACCOUNT)!.subscribers.get('user000200')!.CustomString).toBe(
			'vip',
		);
	});
});
