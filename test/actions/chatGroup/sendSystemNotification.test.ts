import { GROUP, seedGroup, useGroupOperation, users } from './chatGroupHarness';

const notify = { operation: 'sendSystemNotification', groupId: GROUP, content: 'Live at 20:00' };

describe('Chat Group > Send System Notification (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('sendSystemNotification');

	test('to every member, or to the members listed', async () => {
		const group = seedGroup(server(), ['a', 'b']);
		const all = await run([{}], notify);
		const some = await run([{}], {
			...notify,
			options: { toMembers: 'a, b, a' },
		});
		expect(
			server()
				.callsTo('send_group_system_notification')
				.map((call) => call.body),
		).toEqual([
			{ GroupId: GROUP, Content: 'Live at 20:00' },
			{ GroupId: GROUP, Content: 'Live at 20:00', ToMembers_Account: ['a', 'b'] },
		]);
		expect(all.output('WeChat')).toEqual([
			{ groupId: GROUP, sent: true, allMembers: true, recipients: [] },
		]);
		expect(some.output('WeChat')[0]).toMatchObject({ allMembers: false, recipients: ['a', 'b'] });
		expect(group.notifications).toHaveLength(2);
	});

	test('more than 500 recipients is refused before sending, naming the item', async () => {
		seedGroup(server());
		const result = await run([{}], {
			...notify,
			options: { toMembers: users(501).join(',') },
		});
		expect(result.error?.message).toBe('501 recipients: a system notification takes at most 500');
		expect(String(result.error?.description)).toContain('Item 0');
		expect(server().callsTo('send_group_system_notification')).toHaveLength(0);
	});

	test('an unclear notification is never resent', async () => {
		const group = seedGroup(server());
		server().inject({ type: 'reset', acted: true }, 1, 'send_group_system_notification');
		const result = await run([{}], notify);
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(server().callsTo('send_group_system_notification')).toHaveLength(1);
		expect(group.notifications).toHaveLength(1);
	});
});
