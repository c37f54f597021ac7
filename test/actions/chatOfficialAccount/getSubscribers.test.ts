import { officialAccountSuite, ACCOUNT } from './officialAccountSuite';
import { resetTransport } from '../../../testkit/engine/nodeTransport';
import { runChat } from './chatOfficialAccountHarness';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	const suite = officialAccountSuite();

	test('get subscribers follows Next (200 a page) for Return All, and stops at the Limit', async () => {
		const all = await runChat(suite.server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(all.output('WeChat')).toHaveLength(450);
		expect(suite.server.callsTo('get_subscriber_info').map((c) => c.body.Limit)).toEqual([
			200, 200, 200,
		]);
		suite.server.calls.length = 0;
		const some = await runChat(suite.server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: false,
			limit: 250,
		});
		expect(some.output('WeChat')).toHaveLength(250);
		expect(suite.server.callsTo('get_subscriber_info').map((c) => c.body.Limit)).toEqual([200, 50]);
	});

	test('a cursor that does not advance stops with an error instead of looping', async () => {
		suite.server.stuckCursor = 'MjAw';
		const result = await runChat(suite.server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(result.error?.message).toContain('again after 2 pages');
		expect(suite.server.callsTo('get_subscriber_info')).toHaveLength(2);
	});

	test('a read left unanswered past the timeout is retried', async () => {
		resetTransport({ timeoutMs: 300 });
		suite.server.inject({ type: 'noAnswer' }, 1, 'get_subscriber_info');
		const result = await runChat(suite.server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: false,
			limit: 5,
		});
		expect(result.error).toBeUndefined();
		expect(suite.server.callsTo('get_subscriber_info')).toHaveLength(2);
	});
});
