import { virtualClock } from '../../../testkit/clock/defaultClock';
import { testTransport } from '../../../testkit/engine/nodeTransport';
import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';
import { makeFollowers } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { useLiveWeChat } from '../liveHarness';
import { runOnWeChat } from '../operationHarness';

const PUSH = '/wxa/business/push_message';

describe('Live Message > Push (through the n8n engine, against a local WeChat)', () => {
	const weChat = useLiveWeChat([1, 2]);

	const followerItems = (count: number, roomIds = [1]) =>
		makeFollowers(count, roomIds).map((follower) => ({ ...follower }));
	const push = (items: object[], parameters: Record<string, unknown>, settings = {}) =>
		runOnWeChat(
			weChat().server,
			{ resource: 'liveMessage', operation: 'push', ...parameters },
			{ items: items as never, settings },
		);

	test('input items become batches of at most 2000, paced under 2000 openids a second, one report each', async () => {
		const started = virtualClock().now();
		const result = await push(followerItems(4500), {
			roomId: { __rl: true, mode: 'id', value: 1 },
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		const elapsed = virtualClock().now() - started;
		expect(result.error).toBeUndefined();
		expect(
			weChat()
				.server.callsTo(PUSH)
				.map((call) => (call.body.user_openid as string[]).length),
		).toEqual([2000, 2000, 500]);
		expect(
			weChat()
				.server.callsTo(PUSH)
				.every((call) => call.answer && (call.answer as { errcode: number }).errcode === 0),
		).toBe(true);
		expect(elapsed).toBeGreaterThan(2000); // 4500 openids at 2000 in any second: batches 2 and 3 wait
		const reports = result.output('WeChat');
		expect(
			reports.map((report) => [
				report.batch,
				report.status,
				report.count,
				report.firstIndex,
				report.lastIndex,
			]),
		).toEqual([
			[1, 'accepted', 2000, 1, 2000],
			[2, 'accepted', 2000, 2001, 4000],
			[3, 'accepted', 500, 4001, 4500],
		]);
		expect(reports.map((report) => report.messageId)).toEqual(
			weChat().live.pushes.map((pushed) => pushed.messageId),
		);
		expect(typeof reports[0].messageId).toBe('string');
		expect((reports[2].openids as string[])[499]).toBe('o0004499FakeOpenid');
	});

	test('repeated and empty openids are dropped; items are grouped by their room', async () => {
		const items = [
			{ openid: 'a', room: 1 },
			{ openid: 'b', room: 2 },
			{ openid: 'a', room: 1 },
			{ openid: ['c', 'd', ''], room: 1 },
		];
		const result = await push(items, {
			roomId: '={{ $json.room }}',
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(weChat().live.pushes.map((pushed) => [pushed.roomId, pushed.openids])).toEqual([
			[1, ['a', 'c', 'd']],
			[2, ['b']],
		]);
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([[{ item: 0 }, { item: 2 }, { item: 3 }], [{ item: 1 }]]);
	});

	test('a room picker holding an expression is read for each item', async () => {
		await push(
			[
				{ openid: 'a', room: 1 },
				{ openid: 'b', room: 2 },
			],
			{
				roomId: { __rl: true, mode: 'id', value: '={{ $json.room }}' },
				openidSource: 'inputItems',
				openidField: 'openid',
			},
		);
		expect(weChat().live.pushes.map((pushed) => [pushed.roomId, pushed.openids])).toEqual([
			[1, ['a']],
			[2, ['b']],
		]);
	});

	test('a list in each item is pushed per item', async () => {
		const result = await push([{ ids: 'x, y\nz' }, { ids: ['w'] }], {
			roomId: 2,
			openidSource: 'list',
			openids: '={{ $json.ids }}',
		});
		expect(result.output('WeChat').map((report) => report.openids)).toEqual([
			['x', 'y', 'z'],
			['w'],
		]);
	});

	test('a rejected batch stops the job: earlier batches accepted, the rest reported not sent, nothing resent', async () => {
		const items = followerItems(5000);
		// the second call is rejected outright
		let calls = 0;
		weChat().server.route(PUSH, ({ body }) => {
			calls++;
			if (calls === 2) return { errcode: 300036, errmsg: 'room not exist' };
			weChat().live.pushes.push({
				roomId: 1,
				openids: body.user_openid as string[],
				messageId: String(calls),
				at: weChat().server.clock.now(),
			});
			return { message_id: String(calls) };
		});
		const result = await push(items, {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(calls).toBe(2);
		expect(result.error?.message).toMatch(
			/Push to room 1 stopped at batch 2 of 3: .*errcode 300036 \(the live room does not exist\)/,
		);
		const description = (result.error as { description?: string }).description;
		expect(description).toContain('Accepted by WeChat: batch 1 (openids 1-2000); 2000 openids');
		expect(description).toContain(
			'Rejected, nothing delivered: batch 2 (openids 2001-4000); 2000 openids',
		);
		expect(description).toContain('Not sent: batch 3 (openids 4001-5000); 1000 openids');
	});

	test('a batch whose answer was lost is reported outcome-unknown and never resent (Continue On Fail)', async () => {
		const items = followerItems(5000);
		weChat().server.injectFault(PUSH, { kind: 'delay', ms: 0 }); // first call normal
		weChat().server.injectFault(PUSH, { kind: 'resetAfterHandling' }); // second delivered, answer lost
		const result = await push(
			items,
			{ roomId: 1, openidSource: 'inputItems', openidField: 'openid' },
			{ onError: 'continueRegularOutput' },
		);
		expect(weChat().server.callsTo(PUSH)).toHaveLength(2);
		expect(weChat().live.pushes).toHaveLength(2);
		const reports = result.output('WeChat');
		expect(reports.map((report) => report.status)).toEqual([
			'accepted',
			'outcomeUnknown',
			'notSent',
		]);
		expect(reports[1].error).toMatch(/may or may not have been carried out, so it was not resent/);
		expect(reports[2].openids).toHaveLength(1000);
	});

	test('a 200 answer that is not WeChat JSON is outcome-unknown for a push, not resent', async () => {
		let calls = 0;
		weChat().server.route(PUSH, () =>
			++calls === 1 ? '<html>gateway page</html>' : { message_id: 'm' },
		);
		const result = await push(followerItems(10), {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(calls).toBe(1);
		expect(result.error?.message).toMatch(/no clear answer \(an answer that is not JSON\)/);
	});

	test('errcode -1 (system busy) on a push is outcome-unknown, not retried', async () => {
		weChat().server.injectFault(PUSH, { kind: 'errcode', errcode: -1 });
		const result = await push(followerItems(10), {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(weChat().server.callsTo(PUSH)).toHaveLength(1);
		expect(result.error?.message).toMatch(/errcode -1, WeChat system busy/);
	});

	test('a timeout on a push is outcome-unknown, not retried', async () => {
		testTransport().retry.timeoutMs = 300;
		try {
			weChat().server.injectFault(PUSH, { kind: 'noAnswer' });
			const result = await push(followerItems(10), {
				roomId: 1,
				openidSource: 'inputItems',
				openidField: 'openid',
			});
			expect(weChat().server.callsTo(PUSH)).toHaveLength(1);
			expect(result.error?.message).toMatch(/no clear answer .*not resent/);
		} finally {
			testTransport().retry.timeoutMs = 30_000;
		}
	});

	test('provable rejections are resent: frequency limit, refused token, HTTP 429', async () => {
		weChat().server.injectFault(PUSH, { kind: 'errcode', errcode: 45011 });
		weChat().server.injectFault(PUSH, { kind: 'http', status: 429 });
		const result = await push(followerItems(10), {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(result.output('WeChat')[0].status).toBe('accepted');
		expect(weChat().live.pushes).toHaveLength(1);
		weChat().server.rotateToken();
		const again = await push(followerItems(10), {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(again.output('WeChat')[0].status).toBe('accepted');
		expect(weChat().live.pushes).toHaveLength(2);
	});

	test('items without the openid field fail clearly, naming the item', async () => {
		const result = await push([{ openid: 'a' }, { name: 'no id' }], {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(result.error?.message).toBe('Item 1 has no "openid" field');
		expect(weChat().server.callsTo(PUSH)).toHaveLength(0);
	});

	test('with Continue On Fail an item without the openid field becomes an error item; the others are pushed', async () => {
		const result = await push(
			[{ openid: 'a' }, { name: 'no id' }, { openid: 'b' }],
			{ roomId: 1, openidSource: 'inputItems', openidField: 'openid' },
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(weChat().live.pushes.map((push) => push.openids)).toEqual([['a', 'b']]);
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 1 }, [{ item: 0 }, { item: 2 }]]);
		expect(items[0].json).toEqual({
			error: 'Item 1 has no "openid" field',
			description:
				'Set "Openid Field" to the field that holds the openid, or remove items without one.',
		});
		expect(items[1].json).toMatchObject({ status: 'accepted', count: 2 });
	});

	test('with Continue On Fail an item with an invalid room id (list mode) is isolated', async () => {
		const result = await push(
			[
				{ room: 1, ids: ['a'] },
				{ room: -3, ids: ['b'] },
				{ room: 2, ids: ['c'] },
			],
			{
				roomId: { __rl: true, mode: 'id', value: '={{ $json.room }}' },
				openidSource: 'list',
				openids: '={{ $json.ids }}',
			},
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(weChat().live.pushes.map((push) => [push.roomId, push.openids])).toEqual([
			[1, ['a']],
			[2, ['c']],
		]);
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 1 },
			[{ item: 0 }],
			[{ item: 2 }],
		]);
		expect(items[0].json.error).toMatch(/Item 1: Room ID must be a positive whole number/);
	});

	test('an invalid room id is refused before anything is sent', async () => {
		const fromExpression = { __rl: true, mode: 'id', value: '={{ $json.room }}' };
		const result = await push([{ openid: 'a', room: 0 }], {
			roomId: fromExpression,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		expect(result.error?.message).toMatch(/Room ID must be a positive whole number/);
		// a fixed invalid id is already refused by n8n's check of the "By ID" mode
		await expect(
			push([{ openid: 'a' }], {
				roomId: { __rl: true, mode: 'id', value: 0 },
				openidSource: 'inputItems',
				openidField: 'openid',
			}),
		).rejects.toThrow(/A room ID is a positive whole number/);
		expect(weChat().server.callsTo(PUSH)).toHaveLength(0);
	});

	test('no secret shows in outputs or errors', async () => {
		weChat().server.injectFault(PUSH, {
			kind: 'errcode',
			errcode: 40003,
			errmsg: 'invalid openid',
		});
		const result = await push(followerItems(3), {
			roomId: 1,
			openidSource: 'inputItems',
			openidField: 'openid',
		});
		const shown = JSON.stringify(result.run.data.resultData);
		for (const secret of secretsOf(weChat().server)) expect(shown).not.toContain(secret);
		expect(result.error?.message).toMatch(/errcode 40003 \(invalid openid\)/);
	});
});
