import {
	busiestSecond,
	GROUP,
	groups,
	importUsers,
	seedGroup,
	useGroupOperation,
} from './chatGroupHarness';

const text = { operation: 'sendMessage', groupId: GROUP, messageType: 'text', text: 'We are live' };

describe('Chat Group > Send Message (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useGroupOperation('sendMessage');

	test('text from fields: MsgBody, Random, From_Account and OfflinePushInfo; MsgSeq and MsgTime out', async () => {
		seedGroup(server(), ['alice']);
		const result = await run([{}], {
			...text,
			options: {
				fromAccount: 'alice',
				pushTitle: 'Live now',
				pushDescription: 'Spring sale',
				pushExtension: '{"room":1}',
				cloudCustomData: 'c1',
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = server().callsTo('send_group_msg');
		expect(call.path).toBe('/v4/group_open_http_svc/send_group_msg');
		expect(call.body).toEqual({
			GroupId: GROUP,
			Random: expect.any(Number),
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'We are live' } }],
			From_Account: 'alice',
			CloudCustomData: 'c1',
			OfflinePushInfo: { Title: 'Live now', Desc: 'Spring sale', Ext: '{"room":1}' },
		});
		expect(call.body.Random as number).toBeLessThanOrEqual(0xffffffff);
		expect(result.output('WeChat')).toEqual([
			{ groupId: GROUP, msgSeq: 1, msgTime: expect.any(Number) },
		]);
		expect(groups(server()).groups.get(GROUP)!.messages).toHaveLength(1);
	});

	test('custom data with description and extension; the JSON body as an option; offline push off', async () => {
		seedGroup(server());
		await run([{}], {
			groupId: GROUP,
			messageType: 'custom',
			customData: '{"type":"shipped"}',
			customDesc: 'Order shipped',
			customExt: 'ext1',
			options: { noOfflinePush: true },
		});
		await run([{}], {
			groupId: GROUP,
			messageType: 'msgBody',
			msgBody: '[{"MsgType":"TIMFaceElem","MsgContent":{"Index":6,"Data":"abc"}}]',
		});
		const [custom, json] = server()
			.callsTo('send_group_msg')
			.map((call) => call.body);
		expect(custom.MsgBody).toEqual([
			{
				MsgType: 'TIMCustomElem',
				MsgContent: { Data: '{"type":"shipped"}', Desc: 'Order shipped', Ext: 'ext1' },
			},
		]);
		expect(custom.OfflinePushInfo).toEqual({ PushFlag: 1 });
		expect(json.MsgBody).toEqual([
			{ MsgType: 'TIMFaceElem', MsgContent: { Index: 6, Data: 'abc' } },
		]);
		expect(json.OfflinePushInfo).toBeUndefined();
	});

	test('a malformed JSON body fails the item before anything is sent', async () => {
		seedGroup(server());
		const result = await run([{}], {
			groupId: GROUP,
			messageType: 'msgBody',
			msgBody: '[{"MsgType":"TIMTextElem"}]',
		});
		expect(result.error?.message).toBe(
			'Message Body element 1 needs a MsgType and a MsgContent object',
		);
		expect(server().callsTo('send_group_msg')).toHaveLength(0);
	});

	test('paced to 40 messages a second per group, by the virtual clock; other groups keep their own pace', async () => {
		seedGroup(server());
		groups(server()).add({ GroupId: '@TGS#other' });
		const items = Array.from({ length: 130 }, (_, i) => ({
			group: i % 13 === 0 ? '@TGS#other' : GROUP,
		}));
		const result = await run(items, { ...text, groupId: '={{ $json.group }}' });
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toHaveLength(130);
		const calls = server().callsTo('send_group_msg');
		expect(calls.every((call) => call.answer?.ErrorCode === 0)).toBe(true);
		expect(busiestSecond(server(), 'send_group_msg', GROUP)).toBe(40);
		// 120 messages to one group at 40 a second: the last goes out 2 s or more after the first.
		const ours = calls.filter((call) => call.body.GroupId === GROUP);
		expect(ours).toHaveLength(120);
		expect(ours[119].at - ours[0].at).toBeGreaterThanOrEqual(2000);
		expect(groups(server()).groups.get('@TGS#other')!.messages).toHaveLength(10);
	});

	test("a frequency refusal (10023, another process's messages) sent nothing: waited out and resent", async () => {
		const group = seedGroup(server());
		const now = server().clock.now();
		group.acceptedAt.push(...Array.from({ length: 40 }, () => now));
		const result = await run([{}], text);
		expect(result.error).toBeUndefined();
		const answers = server()
			.callsTo('send_group_msg')
			.map((call) => call.answer?.ErrorCode);
		expect(answers[0]).toBe(10023);
		expect(answers[answers.length - 1]).toBe(0);
		expect(group.messages).toHaveLength(1);
	});

	test('with Rate Limit Wait 0 a frequency refusal fails at once, saying nothing was sent', async () => {
		seedGroup(server());
		server().inject({ type: 'errorCode', code: 10023 }, 1, 'send_group_msg');
		const result = await run([{}], { ...text, options: { rateLimitWait: 0 } });
		expect(result.error?.message).toContain('group_open_http_svc/send_group_msg');
		expect(result.error?.message).toContain('ErrorCode 10023');
		expect(result.error?.message).toContain('nothing was carried out');
		expect(server().callsTo('send_group_msg')).toHaveLength(1);
	});

	test('an unclear outcome is never resent: reported as such', async () => {
		const group = seedGroup(server());
		server().inject({ type: 'reset', acted: true }, 1, 'send_group_msg');
		const result = await run([{}], text);
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(server().callsTo('send_group_msg')).toHaveLength(1);
		expect(group.messages).toHaveLength(1);
	});

	test("Tencent's refusal names the API, the code, its meaning and the item", async () => {
		seedGroup(server());
		importUsers(server(), ['stranger']);
		const result = await run([{}, {}], {
			...text,
			groupId: '={{ $itemIndex === 1 ? "@TGS#gone" : "' + GROUP + '" }}',
		});
		expect(result.error?.message).toContain(
			'Tencent Cloud Chat group_open_http_svc/send_group_msg',
		);
		expect(result.error?.message).toContain('ErrorCode 10015');
		expect(result.error?.message).toContain('Invalid group ID');
		expect(String(result.error?.description)).toMatch(/item/i);
		const notMember = await run([{}], {
			...text,
			options: { fromAccount: 'stranger' },
		});
		expect(notMember.error?.message).toContain('ErrorCode 10007');
		expect(notMember.error?.message).toContain('the sender is not a member');
	});
});
