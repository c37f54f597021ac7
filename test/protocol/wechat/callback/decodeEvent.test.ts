import { parseCallbackBody } from '../../../../nodes/protocol/wechat/callback/callbackBody';
import { decodeEvent } from '../../../../nodes/protocol/wechat/callback/decodeEvent';
import { dedupKeyFor } from '../../../../nodes/protocol/wechat/callback/dedupKey';
import {
	EVENT_FIXTURES,
	UNKNOWN_EVENT_XML,
} from '../../../../testkit/fixtures/wechatEventFixtures';

describe('event decoding', () => {
	test.each(EVENT_FIXTURES.map((f) => [f.title, f]))('%s', (_title, fixture) => {
		const decoded = decodeEvent(parseCallbackBody(fixture.body, fixture.format));
		expect(decoded).toEqual(fixture.expected);
	});

	test('ids beyond 2^53 stay exact strings in XML and JSON', () => {
		for (const fixture of EVENT_FIXTURES.filter(
			(f) => f.event === 'subscribe_msg_sent_event' || f.event === 'wxalive_push_message_notify',
		)) {
			const decoded = JSON.stringify(decodeEvent(parseCallbackBody(fixture.body, fixture.format)));
			expect(decoded).toMatch(/"(1864323726461255680|1622047360795164672)"/);
		}
	});

	// Issue 12 gave unknown events a digest in their key (Event|FromUserName|CreateTime alone was
	// shared by two messages of one second); issue 16 keeps their XML text as text: only the
	// header's CreateTime is a number, since no table names their fields.
	test('unknown events keep their shape and text, and get a digest in their dedupKey', () => {
		expect(decodeEvent(parseCallbackBody(UNKNOWN_EVENT_XML, 'xml'))).toEqual({
			ToUserName: 'gh_123456789abc',
			FromUserName: 'oSomeone',
			CreateTime: 1700000000,
			MsgType: 'event',
			Event: 'brand_new_event',
			Payload: { Count: '3' },
			dedupKey: 'brand_new_event|oSomeone|1700000000|sha256:1a8d83db4b1ef5d2d85aa7ea4599cb19',
		});
	});

	test('a value that is not an integer stays as sent (e.g. the seed placeholder "xxx")', () => {
		const decoded = decodeEvent({
			Event: 'wxalive_follow_notify',
			CreateTime: 'xxx',
			FollowNotify: { room_id: '12.5' },
		});
		expect(decoded.CreateTime).toBe('xxx');
		expect((decoded.FollowNotify as Record<string, unknown>).room_id).toBe('12.5');
	});

	test('an empty subscription wrapper decodes to an empty List array', () => {
		const decoded = decodeEvent(
			parseCallbackBody(
				'<xml><Event><![CDATA[subscribe_msg_change_event]]></Event><SubscribeMsgChangeEvent></SubscribeMsgChangeEvent></xml>',
				'xml',
			),
		);
		expect(decoded.SubscribeMsgChangeEvent).toEqual({ List: [] });
	});

	describe('dedup keys', () => {
		test('stable across retries and across XML/JSON of the same message', () => {
			const keys = EVENT_FIXTURES.map((f) => [
				f.event,
				decodeEvent(parseCallbackBody(f.body, f.format)).dedupKey,
			]);
			for (const [event, key] of keys) expect(key).toMatch(new RegExp(`^${event}\\|`));
			expect(
				new Set(
					EVENT_FIXTURES.filter((f) => f.title.startsWith('push')).map(
						(f) => decodeEvent(parseCallbackBody(f.body, f.format)).dedupKey,
					),
				).size,
			).toBe(1);
		});

		test('follow: differs by action, so a quick unfollow after a follow is not dropped', () => {
			const [add, del] = ['add_follow', 'del_follow'].map((action) =>
				dedupKeyFor({
					Event: 'wxalive_follow_notify',
					FollowNotify: { room_id: 1, user_openid: 'o', action, time: 5 },
				}),
			);
			expect(add).not.toBe(del);
		});

		test('ordinary messages use MsgId; anything else FromUserName + CreateTime + Event', () => {
			expect(dedupKeyFor({ MsgType: 'text', MsgId: '23456789012345678901' })).toBe(
				'msg:23456789012345678901',
			);
			expect(dedupKeyFor({ Event: 'x', FromUserName: 'o1', CreateTime: 7 })).toMatch(
				/^x\|o1\|7\|sha256:[0-9a-f]{32}$/,
			);
			expect(
				dedupKeyFor({ Event: 'wxalive_push_message_notify', FromUserName: 'o1', CreateTime: 7 }),
			).toMatch(/^wxalive_push_message_notify\|o1\|7\|sha256:[0-9a-f]{32}$/);
		});
	});
});
