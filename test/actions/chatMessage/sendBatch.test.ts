import { virtualClock } from '../../../testkit/clock/defaultClock';
import { chatMessageState } from '../../../testkit/servers/fakeTencent/chatMessageRoutes';
import type { RecordedCall } from '../../../testkit/servers/fakeTencentChat';
import {
	batchSizes,
	importUsers,
	pairedItems,
	runChatMessage,
	useChatUsers,
	users,
} from './chatMessageHarness';

const sendBatch = {
	operation: 'sendBatch',
	fromAccount: 'shop',
	toAccount: '={{ $json.userId }}',
	messageType: 'text',
	text: 'We are live: the spring sale starts now',
};

const items = (ids: string[]) => ids.map((userId) => ({ userId }));

/** The most recipients any 60 s window of accepted batchsendmsg calls held. */
function busiestMinute(calls: RecordedCall[]): number {
	let most = 0;
	for (const start of calls) {
		const inWindow = calls.filter((c) => c.at >= start.at && c.at < start.at + 60_000);
		const recipients = inWindow.reduce(
			(sum, c) => sum + (c.body.To_Account as unknown[]).length,
			0,
		);
		most = Math.max(most, recipients);
	}
	return most;
}

describe('Chat Message > Send Batch (n8n engine against a local Tencent Cloud Chat)', () => {
	const server = useChatUsers(['shop']);

	test('recipients from input items go out in calls of at most 500, each once, one result per recipient paired with its item', async () => {
		const ids = users(1200);
		importUsers(server(), ids);
		const result = await runChatMessage(server(), items([...ids, ids[0]]), {
			...sendBatch,
			options: { pushTitle: 'Live', syncToSender: false },
		});
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'batchsendmsg', 'To_Account')).toEqual([500, 500, 200]);
		const [first] = server().callsTo('batchsendmsg');
		expect(first.path).toBe('/v4/openim/batchsendmsg');
		expect(first.body).toMatchObject({
			From_Account: 'shop',
			SyncOtherMachine: 2,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: sendBatch.text } }],
			OfflinePushInfo: { Title: 'Live' },
		});
		const randoms = server()
			.callsTo('batchsendmsg')
			.map((call) => call.body.MsgRandom);
		expect(new Set(randoms).size).toBe(3);
		const out = result.output('WeChat');
		expect(out).toHaveLength(1200);
		expect(out[0]).toMatchObject({
			toAccount: 'user000000',
			status: 'sent',
			batch: 1,
			batchCount: 3,
		});
		expect(out[0].msgKey).toBe(String(first.answer?.MsgKey));
		expect(pairedItems(result)[1199]).toEqual({ item: 1199 });
		expect(chatMessageState(server()).messages).toHaveLength(1200);
	});

	test("paced under 12,000 recipients a minute on the clock: the server's records never hold more in any 60 s, and it refused none", async () => {
		const ids = users(13_000);
		importUsers(server(), ids);
		const started = virtualClock().now();
		const result = await runChatMessage(server(), items(ids), sendBatch);
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('batchsendmsg');
		expect(calls).toHaveLength(26);
		expect(calls.every((call) => call.answer?.ErrorCode === 0)).toBe(true);
		expect(busiestMinute(calls)).toBeLessThanOrEqual(12_000);
		// The 25th batch waits for the first minute's recipients to leave the window.
		expect(calls[24].at - calls[0].at).toBeGreaterThanOrEqual(60_000);
		expect(calls[23].at - started).toBeLessThan(60_000);
		expect(result.output('WeChat').every((item) => item.status === 'sent')).toBe(true);
	});

	test("Tencent's quota refusal (another process spent the minute) is waited out: nothing was sent, so the batch is resent", async () => {
		importUsers(server(), users(500));
		// Another process sent 11,800 recipients just now.
		chatMessageState(server()).accepted.push({ at: virtualClock().now(), count: 11_800 });
		const result = await runChatMessage(server(), items(users(500)), {
			...sendBatch,
			options: { rateLimitWait: 120 },
		});
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('batchsendmsg');
		expect(calls.length).toBeGreaterThan(1);
		expect(calls.slice(0, -1).every((call) => call.answer?.ErrorCode === 60018)).toBe(true);
		expect(calls[calls.length - 1].answer?.ErrorCode).toBe(0);
		expect(calls[calls.length - 1].at - calls[0].at).toBeGreaterThanOrEqual(59_000);
		expect(chatMessageState(server()).messages).toHaveLength(500);
	});

	test('a quota refusal that outlasts Rate Limit Wait fails the batch as refused: failed, nothing sent, the rest not processed', async () => {
		importUsers(server(), users(600));
		chatMessageState(server()).accepted.push({ at: virtualClock().now(), count: 12_000 });
		const result = await runChatMessage(
			server(),
			items(users(600)),
			{ ...sendBatch, options: { rateLimitWait: 5 } },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.slice(0, 500).every((item) => item.status === 'failed')).toBe(true);
		expect(String(out[0].error)).toContain('openim/batchsendmsg');
		expect(out.slice(500).every((item) => item.status === 'notProcessed')).toBe(true);
		expect(chatMessageState(server()).messages).toHaveLength(0);
	});

	test("per recipient: Tencent's ErrorList entries fail with their code and meaning, the others are sent", async () => {
		importUsers(server(), ['a', 'c']);
		const result = await runChatMessage(server(), items(['a', 'ghost', 'c']), sendBatch);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.map((item) => item.status)).toEqual(['sent', 'failed', 'sent']);
		expect(out[1]).toMatchObject({ toAccount: 'ghost', errorCode: 70107, batch: 1 });
		expect(String(out[1].error)).toContain('ErrorCode 70107');
		expect(String(out[1].error)).toContain('never imported');
	});

	test('an unclear batch is never resent: it is outcomeUnknown, later batches are not processed, the error says which', async () => {
		const ids = users(1500);
		importUsers(server(), ids);
		server().inject({ type: 'http500', acted: true }, 1, 'batchsendmsg');
		server().inject({ type: 'reset', acted: true }, 1, 'batchsendmsg');
		// The first call is answered 500 after Tencent acted: unclear. Nothing later goes out.
		const stopped = await runChatMessage(server(), items(ids), sendBatch);
		expect(server().callsTo('batchsendmsg')).toHaveLength(1);
		expect(stopped.error?.message).toContain('Send Batch (batchsendmsg) stopped at batch 1 of 3');
		expect(stopped.error?.message).toContain('openim/batchsendmsg');
		const summary = String(stopped.error?.description);
		expect(summary).toContain('500 outcomeUnknown, 1000 notProcessed');
		expect(summary).toContain('starting with "user000500"');

		server().calls.length = 0;
		const kept = await runChatMessage(server(), items(ids), sendBatch, {
			settings: { continueOnFail: true },
		});
		expect(kept.error).toBeUndefined();
		expect(server().callsTo('batchsendmsg')).toHaveLength(1);
		const out = kept.output('WeChat');
		expect(out.slice(0, 500).every((item) => item.status === 'outcomeUnknown')).toBe(true);
		expect(out.slice(500).every((item) => item.status === 'notProcessed')).toBe(true);
	});

	test('a refused batch names the API, the code, its meaning and the batch; batches before it stay sent', async () => {
		importUsers(server(), users(1000));
		server().calls.length = 0;
		const result = await runChatMessage(server(), items(users(1000)), sendBatch);
		expect(result.error).toBeUndefined();
		server().inject(
			{ type: 'errorCode', code: 90018, info: 'too many accounts' },
			1,
			'batchsendmsg',
		);
		const refused = await runChatMessage(server(), items(users(1000)), sendBatch, {
			settings: { continueOnFail: true },
		});
		const out = refused.output('WeChat');
		expect(out.slice(0, 500).every((item) => item.status === 'failed')).toBe(true);
		expect(String(out[0].error)).toContain(
			'Tencent Cloud Chat openim/batchsendmsg failed with ErrorCode 90018 (Too many recipients in one call',
		);
		expect(out.slice(500).every((item) => item.status === 'notProcessed')).toBe(true);
	});

	test('the local Tencent refuses more than 500 recipients in one call with 90018', async () => {
		importUsers(server(), users(501));
		const routes = server() as unknown as {
			commands: Record<string, (body: Record<string, unknown>) => Record<string, unknown>>;
		};
		const answer = routes.commands.batchsendmsg({
			To_Account: users(501),
			MsgRandom: 1,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }],
		});
		expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 90018 });
		expect(chatMessageState(server()).messages).toHaveLength(0);
	});

	test('an item without a To Account is an error item with Continue On Fail; the others are sent', async () => {
		importUsers(server(), ['a']);
		const result = await runChatMessage(server(), [{ userId: 'a' }, { other: 1 }], sendBatch, {
			settings: { continueOnFail: true },
		});
		const out = result.output('WeChat');
		expect(out).toHaveLength(2);
		expect(String(out[0].error)).toContain('To Account is required');
		expect(out[1]).toMatchObject({ toAccount: 'a', status: 'sent' });
	});
});
