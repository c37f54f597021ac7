import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inflateSync } from 'node:zlib';

import { defaultClock } from '../clock/defaultClock';
import type { ServerClock } from '../clock/serverClock';
import { pushChatCallback } from './fakeTencent/callbackPusher';
import type { PushedCallback } from './fakeTencent/callbackPusher';
import { chatAccountRoutes } from './fakeTencent/chatAccountRoutes';
import { chatMessageRoutes } from './fakeTencent/chatMessageRoutes';
import { chatGroupRoutes } from './fakeTencent/chatGroupRoutes';
import { chatPushRoutes } from './fakeTencent/chatPushRoutes';
import { InFlightGauge } from './inFlightGauge';
import { NO_LATENCY, travel } from './latency';
import type { Latency } from './latency';
import { listenOnLoopback } from './loopback';
import type { Loopback } from './loopback';

/**
 * A local Tencent Cloud Chat REST service (official-account commands) for tests: checks the query
 * and really verifies the UserSig, keeps accounts, subscribers and messages in memory, enforces the
 * documented limits, and can be told to fail the next calls.
 */

export type Fault =
	| { type: 'http500'; acted?: boolean }
	| { type: 'reset'; acted?: boolean }
	| { type: 'slow'; ms: number }
	/** Never answered: the caller's own timeout (real time) ends the request. */
	| { type: 'noAnswer' }
	| { type: 'errorCode'; code: number; info?: string };

export interface RecordedCall {
	command: string;
	/** The whole path, e.g. /v4/im_open_login_svc/account_check. */
	path: string;
	query: Record<string, string>;
	body: Record<string, unknown>;
	answer?: Record<string, unknown>;
	status: number;
	at: number;
}

export interface FakeAccount {
	id: string;
	info: Record<string, unknown>;
	subscribers: Map<string, { SubscribeTime: number; CustomString: string }>;
	messages: Array<{
		MsgSeq: number;
		MsgKey: string;
		MsgTimeStamp: number;
		MsgBody: unknown;
		recalled: boolean;
	}>;
}

/** A Chat user (UserID) imported by account_import / multiaccount_import. */
export interface FakeChatUser {
	id: string;
	nick?: string;
	faceUrl?: string;
	importedAt: number;
}

export type Answer = Record<string, unknown>;

/** A module of commands (one per resource, in testkit/servers/fakeTencent/<resource>Routes.ts). */
export type TencentRoutes = Record<string, (body: Answer) => Answer>;

export const ok = (extra: Answer = {}): Answer => ({
	ActionStatus: 'OK',
	ErrorInfo: '',
	ErrorCode: 0,
	...extra,
});
export const fail = (code: number, info: string): Answer => ({
	ActionStatus: 'FAIL',
	ErrorInfo: info,
	ErrorCode: code,
});

export class FakeTencentChat {
	readonly sdkAppId = 1400000001;
	readonly secretKey = 'fake-tencent-secret-5f0c1e2d3c4b5a69788796a5b4c3d2e1f00112233';
	readonly admins = new Set(['administrator']);
	readonly accounts = new Map<string, FakeAccount>();
	/** Chat users by UserID, shared by the account, message and group commands. */
	readonly chatUsers = new Map<string, FakeChatUser>();
	/** UserIDs Tencent answers Result 0 for (e.g. never imported). */
	readonly unknownUsers = new Set<string>();
	readonly calls: RecordedCall[] = [];
	/** Every callback this service pushed to an app, with the answer it got. */
	readonly pushedCallbacks: PushedCallback[] = [];
	callsPerSecond = 200;
	/** Seconds added to the server clock when checking UserSig expiry. */
	clockOffsetSeconds = 0;
	/** UserSigs issued before this Unix second are answered 70001 (expired). */
	userSigNotBefore = 0;
	/** When set, get_subscriber_info always answers this Next, like a broken cursor. */
	stuckCursor?: string;
	private readonly faults: Array<{ fault: Fault; command?: string }> = [];
	private readonly accepted: number[] = [];
	private loopback?: Loopback;
	/** Added to every answer, as over a real network (0 by default). */
	latency: Latency = NO_LATENCY;
	/** Requests being answered at once (from the body's arrival to the answer), and the most ever. */
	readonly inFlight = new InFlightGauge();
	/** What `at`, the per-second limit, UserSig expiry and latency are counted on. */
	readonly clock: ServerClock = defaultClock();
	private nextId = 1;
	private nextSeq = 1;
	private port = 0;

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Listens on 127.0.0.1, on `port` or (default) any free port. */
	async start(port = 0): Promise<this> {
		this.loopback = await listenOnLoopback((req, res) => void this.handle(req, res), port);
		this.port = this.loopback.port;
		this.clock.serve(this.port);
		return this;
	}

	async stop(): Promise<void> {
		await this.loopback?.close();
	}

	/**
	 * Pushes a callback (e.g. C2C.CallbackBeforeSendMsg) to the app's callback URL as Tencent does,
	 * signed with `callbackToken`, and records the answer in pushedCallbacks.
	 */
	async pushCallback(
		url: string,
		callbackToken: string | undefined,
		command: string,
		payload: Record<string, unknown>,
	): Promise<PushedCallback> {
		const pushed = await pushChatCallback(
			{ url, sdkAppId: this.sdkAppId, callbackToken },
			command,
			payload,
		);
		this.pushedCallbacks.push(pushed);
		return pushed;
	}

	/** The next `count` calls (of `command`, or of any command) meet `fault`. */
	inject(fault: Fault, count = 1, command?: string): void {
		for (let i = 0; i < count; i++) this.faults.push({ fault, command });
	}

	callsTo(command: string): RecordedCall[] {
		return this.calls.filter((call) => call.command === command);
	}

	callCounts(): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const call of this.calls) counts[call.command] = (counts[call.command] ?? 0) + 1;
		return counts;
	}

	addAccount(
		id: string,
		info: Record<string, unknown> = {},
		subscribers: string[] = [],
	): FakeAccount {
		const account: FakeAccount = {
			id,
			info: {
				Name: id,
				Owner_Account: 'owner',
				MaxSubscriberNum: 100000,
				CreateTime: 1700000000,
				...info,
			},
			subscribers: new Map(
				subscribers.map((user) => [user, { SubscribeTime: 1700000000, CustomString: '' }]),
			),
			messages: [],
		};
		this.accounts.set(id, account);
		return account;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const outcome = await this.inFlight.during(async () => {
			await travel(this.latency, this.clock);
			const answer = await this.process(req, Buffer.concat(chunks).toString('utf8'));
			await travel(this.latency, this.clock);
			return answer;
		});
		if (outcome.status === 0) return void req.socket.destroy();
		if (outcome.status === 500)
			return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
		res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome.answer));
	}

	/** What Tencent does with one request: status 0 drops the connection. */
	private async process(
		req: IncomingMessage,
		raw: string,
	): Promise<{ status: number; answer?: Answer }> {
		const url = new URL(req.url ?? '/', this.url);
		const command = url.pathname.split('/').pop() ?? '';
		const query = Object.fromEntries(url.searchParams);
		let body: Record<string, unknown> = {};
		try {
			body = JSON.parse(raw || '{}') as Record<string, unknown>;
		} catch {
			return { status: 200, answer: fail(60003, 'json parse error') };
		}
		const call: RecordedCall = {
			command,
			path: url.pathname,
			query,
			body,
			status: 200,
			at: this.clock.now(),
		};
		this.calls.push(call);

		const index = this.faults.findIndex((entry) => !entry.command || entry.command === command);
		const fault = index >= 0 ? this.faults.splice(index, 1)[0].fault : undefined;
		if (fault?.type === 'slow') await this.clock.hold(fault.ms);
		if (fault?.type === 'noAnswer') {
			await new Promise((resolve) => req.socket.once('close', resolve));
			return { status: 0 };
		}
		if (fault?.type === 'errorCode')
			return this.reply(call, fail(fault.code, fault.info ?? 'injected error'));
		if (fault && (fault.type === 'http500' || fault.type === 'reset')) {
			if (fault.acted) this.answer(command, query, body);
			call.status = fault.type === 'reset' ? 0 : 500;
			return { status: call.status };
		}
		return this.reply(call, this.answer(command, query, body));
	}

	private reply(call: RecordedCall, answer: Answer): { status: number; answer: Answer } {
		call.answer = answer;
		return { status: 200, answer };
	}

	private answer(command: string, query: Record<string, string>, body: Answer): Answer {
		const rejected = this.checkQuery(query) ?? this.checkRate();
		if (rejected) return rejected;
		const handler = this.commands[command];
		return handler ? handler(body) : fail(60009, `unknown command ${command}`);
	}

	private checkQuery(query: Record<string, string>): Answer | undefined {
		if (query.contenttype !== 'json') return fail(60002, 'contenttype must be json');
		const random = Number(query.random);
		if (!/^\d+$/.test(query.random ?? '') || random > 0xffffffff)
			return fail(60002, 'random must be a 32-bit unsigned integer');
		if (!query.sdkappid) return fail(60012, 'sdkappid is required');
		if (Number(query.sdkappid) !== this.sdkAppId) return fail(70020, 'sdkappid not found');
		const sig = this.decodeUserSig(query.usersig ?? '');
		if (!sig) return fail(70003, 'usersig decode failed');
		if (Number(sig['TLS.sdkappid']) !== this.sdkAppId)
			return fail(70014, 'sdkappid in usersig mismatch');
		if (sig['TLS.identifier'] !== query.identifier)
			return fail(70013, 'identifier in usersig mismatch');
		const signed =
			`TLS.identifier:${sig['TLS.identifier']}\nTLS.sdkappid:${sig['TLS.sdkappid']}\n` +
			`TLS.time:${sig['TLS.time']}\nTLS.expire:${sig['TLS.expire']}\n`;
		if (createHmac('sha256', this.secretKey).update(signed).digest('base64') !== sig['TLS.sig']) {
			return fail(70009, 'usersig verify failed');
		}
		const now = Math.floor(this.clock.now() / 1000) + this.clockOffsetSeconds;
		const issued = Number(sig['TLS.time']);
		if (issued + Number(sig['TLS.expire']) < now || issued < this.userSigNotBefore)
			return fail(70001, 'usersig expired');
		if (!this.admins.has(query.identifier)) return fail(90009, 'not app admin');
		return undefined;
	}

	private decodeUserSig(userSig: string): Record<string, unknown> | undefined {
		try {
			const base64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
			return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('utf8')) as Record<
				string,
				unknown
			>;
		} catch {
			return undefined;
		}
	}

	private checkRate(): Answer | undefined {
		const now = this.clock.now();
		while (this.accepted.length && this.accepted[0] <= now - 1000) this.accepted.shift();
		if (this.accepted.length >= this.callsPerSecond)
			return fail(60019, 'request frequency limit exceeded');
		this.accepted.push(now);
		return undefined;
	}

	private readonly commands: Record<string, (body: Answer) => Answer> = {
		...chatAccountRoutes(this),
		...chatMessageRoutes(this),
		...chatGroupRoutes(this),
		...chatPushRoutes(this),
		create_official_account: (body) => {
			if (!body.Owner_Account || !body.Name)
				return fail(6017, 'Owner_Account and Name are required');
			const custom = body.OfficialAccountUserID as string | undefined;
			if (custom !== undefined && !custom.startsWith('@TOA#_'))
				return fail(130007, 'invalid official account id');
			const id = custom ?? `@TOA#_${this.nextId++}`;
			if (this.accounts.has(id)) return fail(130008, 'official account id used');
			const { OfficialAccountUserID: _ignored, ...info } = body;
			this.addAccount(id, info);
			return ok({ OfficialAccountUserID: id });
		},
		destroy_official_account: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			this.accounts.delete(account.id);
			return ok();
		},
		modify_official_account_base_info: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const { Official_Account: _id, ...changes } = body;
			Object.assign(account.info, changes);
			return ok();
		},
		get_official_account_info: (body) => {
			const list = (body.OfficialAccountIdList as Answer[]) ?? [];
			if (list.length === 0 || list.length > 50)
				return fail(6017, 'OfficialAccountIdList takes 1 to 50 accounts');
			return ok({
				OfficialAccountInfoList: list.map(({ Official_Account: id }) => {
					const account = this.accounts.get(String(id));
					if (!account) return { Official_Account: id, ErrorCode: 130004 };
					return { Official_Account: id, ...account.info, SubscriberNum: account.subscribers.size };
				}),
			});
		},
		add_subscriber: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const list = (body.SubscriberList as Answer[]) ?? [];
			if (list.length === 0 || list.length > 100)
				return fail(6017, 'SubscriberList takes 1 to 100 subscribers');
			const max = Number(account.info.MaxSubscriberNum ?? 100000);
			const incoming = list.map((entry) => String(entry.Subscriber_Account));
			if (
				account.subscribers.size >= max &&
				incoming.some((user) => !account.subscribers.has(user))
			) {
				return fail(130006, 'subscriber number reached limit');
			}
			return ok({
				SubscriberList: incoming.map((user) => {
					if (account.subscribers.has(user)) return { Subscriber_Account: user, Result: 2 };
					if (this.unknownUsers.has(user) || account.subscribers.size >= max)
						return { Subscriber_Account: user, Result: 0 };
					account.subscribers.set(user, {
						SubscribeTime: Math.floor(this.clock.now() / 1000),
						CustomString: '',
					});
					return { Subscriber_Account: user, Result: 1 };
				}),
			});
		},
		delete_subscriber: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const list = (body.SubscriberToDel_Account as unknown[]) ?? [];
			if (list.length === 0 || list.length > 100)
				return fail(6017, 'SubscriberToDel_Account takes 1 to 100 UserIDs');
			return ok({
				SubscriberList: list.map((user) => ({
					Subscriber_Account: user,
					Result: account.subscribers.delete(String(user)) ? 1 : 2,
				})),
			});
		},
		get_subscriber_info: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const limit = Number(body.Limit ?? 200);
			if (limit > 200) return fail(6017, 'Limit is at most 200');
			const start = body.Next ? Number(Buffer.from(String(body.Next), 'base64').toString()) : 0;
			const all = [...account.subscribers];
			const page = all.slice(start, start + limit);
			const end = start + page.length;
			const next =
				this.stuckCursor ?? (end < all.length ? Buffer.from(String(end)).toString('base64') : '');
			return ok({
				Next: next,
				SubscriberNum: all.length,
				SubscriberList: page.map(([user, info]) => ({
					Subscriber_Account: user,
					...info,
					MsgFlag: 'AcceptAndNotify',
				})),
			});
		},
		get_subscribed_official_account_list: (body) => {
			const user = String(body.Subscriber_Account ?? '');
			const limit = Math.min(Number(body.Limit ?? 200), 200);
			const offset = Number(body.Offset ?? 0);
			const subscribed = [...this.accounts.values()].filter((account) =>
				account.subscribers.has(user),
			);
			const page = subscribed.slice(offset, offset + limit);
			const complete = offset + page.length >= subscribed.length;
			return ok({
				OfficialAccountInfoList: page.map((account) => ({
					Official_Account: account.id,
					Name: account.info.Name,
					SelfInfo: account.subscribers.get(user),
				})),
				TotalCount: subscribed.length,
				CompleteFlag: complete ? 1 : 0,
				Next: offset + page.length,
			});
		},
		modify_subscriber_info: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const subscriber = account.subscribers.get(String(body.Subscriber_Account));
			if (!subscriber) return fail(6017, 'not a subscriber of this official account');
			subscriber.CustomString = String(body.CustomString ?? '');
			return ok();
		},
		send_official_account_msg: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			if (!Array.isArray(body.MsgBody) || body.MsgBody.length === 0)
				return fail(6017, 'MsgBody is required');
			const seq = this.nextSeq++;
			const time = Math.floor(this.clock.now() / 1000);
			const MsgKey = `${seq}_1_${time}`;
			account.messages.push({
				MsgSeq: seq,
				MsgKey,
				MsgTimeStamp: time,
				MsgBody: body.MsgBody,
				recalled: false,
			});
			return ok({ MsgKey, MsgTime: time });
		},
		official_account_msg_recall: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const keys = (body.MsgKeyList as string[]) ?? [];
			if (keys.length === 0 || keys.length > 10) return fail(6017, 'MsgKeyList takes 1 to 10 keys');
			return ok({
				RecallRetList: keys.map((key) => {
					const message = account.messages.find((m) => m.MsgKey === key);
					if (!message || message.recalled) return { MsgKey: key, RetCode: 10030 };
					message.recalled = true;
					return { MsgKey: key, RetCode: 0 };
				}),
			});
		},
		official_account_msg_get_simple: (body) => {
			const account = this.accounts.get(String(body.Official_Account ?? ''));
			if (!account) return fail(130004, 'official account not exist');
			const wanted = Number(body.ReqMsgNumber ?? 20);
			const visible = account.messages
				.filter((m) => body.WithRecalledMsg === 1 || !m.recalled)
				.reverse();
			const start = body.LastMsgKey
				? visible.findIndex((m) => m.MsgKey === body.LastMsgKey) + 1
				: 0;
			const page = visible.slice(start, start + wanted);
			return ok({
				Official_Account: account.id,
				IsFinished: start + page.length >= visible.length ? 1 : 0,
				LastMsgKey: page.length ? page[page.length - 1].MsgKey : '',
				RspMsgList: page.map(({ recalled: _recalled, ...m }) => ({
					From_Account: account.id,
					IsPlaceMsg: 0,
					...m,
				})),
			});
		},
	};
}
