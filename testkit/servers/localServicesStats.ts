/**
 * What the end-to-end run and the latency benchmarks read from the local servers' process: every
 * accepted push and message, the limit answers and the token requests, straight from the fakes' own
 * records.
 */
import type { FakeTencentChat } from './fakeTencentChat';
import type { FakeCustomerServiceState } from './fakeWeChat/customerServiceRoutes';
import type { FakeLiveState } from './fakeWeChat/liveRoutes';
import type { FakeWeChatServer } from './fakeWeChat/server';
import type { FakeSubscribeState } from './fakeWeChat/subscribeRoutes';

export interface CallWindow {
	calls: number;
	/** Epoch ms of the first and last call received (undefined without calls). */
	firstAt?: number;
	lastAt?: number;
}

export interface ServerStats {
	weChat: {
		tokenRequests: number;
		forceRefreshes: number;
		push: CallWindow & {
			accepted: number;
			frequencyLimited45011: number;
			otherErrors: Record<string, number>;
			/** room id -> openids in the order WeChat accepted them (duplicates included). */
			deliveredByRoom: Record<string, string[]>;
		};
		subscribeSend: CallWindow & { sent: string[]; otherErrors: Record<string, number> };
		/** Customer service messages accepted (recipient and text), and the refusals by errcode. */
		customerServiceSend: CallWindow & {
			sent: { touser: string; text: string }[];
			otherErrors: Record<string, number>;
		};
	};
	tencent: {
		addSubscriber: CallWindow & { frequencyLimited60019: number };
		/** official account -> number of subscribers it holds now. */
		subscribers: Record<string, number>;
	};
}

export interface FakeServices {
	weChat: FakeWeChatServer;
	live: FakeLiveState;
	subscribe: FakeSubscribeState;
	tencent: FakeTencentChat;
	customerService: FakeCustomerServiceState;
}

type Errcode = { errcode?: number };

export function collectStats({
	weChat,
	live,
	subscribe,
	tencent,
	customerService,
}: FakeServices): ServerStats {
	const pushCalls = weChat.callsTo('/wxa/business/push_message');
	const customerCalls = weChat.callsTo('/cgi-bin/message/custom/send');
	const sendCalls = weChat.callsTo('/cgi-bin/message/subscribe/send');
	const addCalls = tencent.callsTo('add_subscriber');
	const deliveredByRoom: Record<string, string[]> = {};
	for (const push of live.pushes) (deliveredByRoom[push.roomId] ??= []).push(...push.openids);
	return {
		weChat: {
			tokenRequests: weChat.tokenRequests.length,
			forceRefreshes: weChat.tokenRequests.filter((request) => request.force_refresh === true)
				.length,
			push: {
				...window(pushCalls.map((call) => call.at)),
				accepted: live.pushes.length,
				frequencyLimited45011: pushCalls.filter(
					(call) => (call.answer as Errcode | undefined)?.errcode === 45011,
				).length,
				otherErrors: errcodesBesides(pushCalls, [0, 45011]),
				deliveredByRoom,
			},
			subscribeSend: {
				...window(sendCalls.map((call) => call.at)),
				sent: subscribe.sent.map((message) => message.touser),
				otherErrors: errcodesBesides(sendCalls, [0]),
			},
			customerServiceSend: {
				...window(customerCalls.map((call) => call.at)),
				sent: customerService.sent.map((message) => ({
					touser: message.touser,
					text: String((message.body.text as { content?: unknown } | undefined)?.content ?? ''),
				})),
				otherErrors: errcodesBesides(customerCalls, [0]),
			},
		},
		tencent: {
			addSubscriber: {
				...window(addCalls.map((call) => call.at)),
				frequencyLimited60019: addCalls.filter((call) => call.answer?.ErrorCode === 60019).length,
			},
			subscribers: Object.fromEntries(
				[...tencent.accounts].map(([id, account]) => [id, account.subscribers.size]),
			),
		},
	};
}

/** Forgets every call, push and message so far (accounts, rooms, templates and users stay). */
export function resetRecords({
	weChat,
	live,
	subscribe,
	tencent,
	customerService,
}: FakeServices): void {
	customerService.sent.length = 0;
	weChat.calls.length = 0;
	weChat.tokenRequests.length = 0;
	live.pushes.length = 0;
	subscribe.sent.length = 0;
	tencent.calls.length = 0;
}

function window(times: number[]): CallWindow {
	if (times.length === 0) return { calls: 0 };
	return {
		calls: times.length,
		firstAt: times.reduce((a, b) => Math.min(a, b)),
		lastAt: times.reduce((a, b) => Math.max(a, b)),
	};
}

function errcodesBesides(
	calls: { answer?: unknown }[],
	expected: number[],
): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const call of calls) {
		const answer = call.answer;
		const errcode =
			typeof answer === 'string'
				? Number(/"errcode":(-?\d+)/.exec(answer)?.[1] ?? NaN)
				: (answer as Errcode | undefined)?.errcode;
		if (errcode === undefined || !expected.includes(errcode))
			counts[String(errcode)] = (counts[String(errcode)] ?? 0) + 1;
	}
	return counts;
}
