/**
 * The live-started chat example as a user imports it, run through n8n's engine: the trigger becomes
 * Emit Items of the item the trigger emits for WeChat's live push result (same node name, so
 * `$('Live Start Announced')` reads it), against the local WeChat (followers) and the local Tencent
 * Cloud Chat (Send Batch).
 */
import type { IDataObject } from 'n8n-workflow';

import { EVENT_FIXTURES } from '../../testkit/fixtures/wechatEventFixtures';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import { chatMessageState } from '../../testkit/servers/fakeTencent/chatMessageRoutes';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes, makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { chatCredentials } from '../actions/chatOfficialAccount/chatOfficialAccountHarness';
import { startFakeWeChat } from '../helpers/startFakeWeChat';
import { afterTrigger, readExample } from './exampleFiles';

describe('Example: a live room started, tell its followers in Tencent Cloud Chat', () => {
	let weChat: FakeWeChatServer;
	let tencent: FakeTencentChat;
	beforeEach(async () => {
		weChat = await startFakeWeChat();
		tencent = await new FakeTencentChat().start();
	});
	afterEach(async () => {
		await weChat.stop();
		await tencent.stop();
	});

	test("the room's followers get one chat message each, 500 a call; one never imported is reported failed", async () => {
		const pushResult = EVENT_FIXTURES.find(
			(fixture) => fixture.event === 'wxalive_push_message_notify',
		)!.expected as IDataObject;
		const room = (pushResult.PushMessageApiNotify as IDataObject).room_id as number;
		const live = addLiveRoutes(weChat);
		// 2400 followers over rooms 7 and 8: 1200 follow the room that started.
		live.followers = makeFollowers(2400, [room, room + 1]);
		const ofRoom = live.followers.filter((f) => f.room_id === room).map((f) => f.openid);
		for (const openid of ofRoom.slice(1))
			tencent.chatUsers.set(`wx_${openid}`, { id: `wx_${openid}`, importedAt: 0 });

		const result = await runWorkflow({
			...afterTrigger(readExample('live-started-chat-batch.json'), pushResult),
			credentials: {
				...weChatCredentials(weChat),
				tencentChatApi: chatCredentials(tencent) as never,
			},
		});
		expect(result.error).toBeUndefined();
		const calls = tencent.callsTo('batchsendmsg');
		expect(calls.map((call) => (call.body.To_Account as unknown[]).length)).toEqual([
			500, 500, 200,
		]);
		expect(calls[0].body.MsgBody).toEqual([
			{
				MsgType: 'TIMTextElem',
				MsgContent: { Text: `We are live now in room ${room}: come and join!` },
			},
		]);
		expect(calls[0].body.OfflinePushInfo).toMatchObject({ Title: 'We are live' });
		const out = result.output('Message Their Chat Accounts');
		expect(out).toHaveLength(1200);
		expect(out[0]).toMatchObject({
			toAccount: `wx_${ofRoom[0]}`,
			status: 'failed',
			errorCode: 70107,
		});
		expect(out.slice(1).every((item) => item.status === 'sent')).toBe(true);
		expect(chatMessageState(tencent).messages).toHaveLength(1199);
	});
});
