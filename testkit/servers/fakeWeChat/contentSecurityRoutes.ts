import { randomBytes } from 'node:crypto';

import type { FakeWeChatServer, Json } from './server';

export type Suggest = 'pass' | 'review' | 'risky';

export interface PendingMediaCheck {
	traceId: string;
	appId: string;
	openid: string;
	mediaUrl: string;
	mediaType: number;
	scene: number;
	/** When the verdict is due (WeChat: within 30 minutes). */
	dueAt: number;
}

export interface FakeContentSecurityState {
	/** Users who opened the Mini Program, by openid, with when (WeChat checks only the last 2 hours). */
	visits: Map<string, number>;
	/** Words whose presence makes a text risky (label 20006) or to review (label 21000). */
	riskyWords: string[];
	reviewWords: string[];
	/** Verdicts of media by URL (default pass). */
	mediaVerdicts: Map<string, { suggest: Suggest; label: number }>;
	pending: PendingMediaCheck[];
	/** Every text checked, in order. */
	textChecks: Json[];
	now: () => number;
	/** How long after the call a media verdict is due. */
	mediaVerdictDelayMs: number;
}

const TWO_HOURS = 2 * 3_600_000;
const MAX_TEXT_CHARACTERS = 2500;

/**
 * Content security 2.0 of the local WeChat: msg_sec_check judges texts by word lists, media_check_async
 * queues a job whose verdict is due a while later on the clock; dueMediaVerdicts hands the due
 * ones over as wxa_media_check messages for a pusher to deliver to the trigger.
 */
export function addContentSecurityRoutes(
	server: FakeWeChatServer,
	now: () => number = Date.now,
): FakeContentSecurityState {
	const state: FakeContentSecurityState = {
		visits: new Map(),
		riskyWords: ['赌博', 'casino'],
		reviewWords: ['代购', 'giveaway'],
		mediaVerdicts: new Map(),
		pending: [],
		textChecks: [],
		now,
		mediaVerdictDelayMs: 60_000,
	};
	const refusal = (body: Json): Json | undefined => {
		if (Number(body.version) !== 2) return { errcode: 47001, errmsg: 'data format error: version' };
		const scene = Number(body.scene);
		if (![1, 2, 3, 4].includes(scene)) return { errcode: 40129, errmsg: 'invalid scene' };
		const visited = state.visits.get(String(body.openid ?? ''));
		if (visited === undefined || state.now() - visited > TWO_HOURS)
			return { errcode: 40003, errmsg: 'invalid openid' };
		return undefined;
	};

	server.route('/wxa/msg_sec_check', ({ body }) => {
		const content = typeof body.content === 'string' ? body.content : '';
		if (!content) return { errcode: 44002, errmsg: 'empty post data' };
		const refused = refusal(body);
		if (refused) return refused;
		if ([...content].length > MAX_TEXT_CHARACTERS)
			return { errcode: 47001, errmsg: 'data format error: content too long' };
		state.textChecks.push(body);
		const text = [body.title, body.nickname, body.signature, content]
			.filter((part) => typeof part === 'string')
			.join('\n')
			.toLowerCase();
		const risky = state.riskyWords.find((word) => text.includes(word.toLowerCase()));
		const review = state.reviewWords.find((word) => text.includes(word.toLowerCase()));
		const [suggest, label] = risky ? ['risky', 20006] : review ? ['review', 21000] : ['pass', 100];
		return {
			trace_id: traceId(),
			result: { suggest, label },
			detail: [
				{
					strategy: 'content_model',
					errcode: 0,
					suggest,
					label,
					prob: suggest === 'pass' ? 0 : 90,
				},
				risky || review
					? { strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword: risky ?? review }
					: { strategy: 'keyword', errcode: 0 },
			],
		};
	});

	server.route('/wxa/media_check_async', ({ body, appId }) => {
		const mediaUrl = typeof body.media_url === 'string' ? body.media_url : '';
		if (!mediaUrl) return { errcode: 44002, errmsg: 'empty post data' };
		const refused = refusal(body);
		if (refused) return refused;
		const mediaType = Number(body.media_type);
		if (mediaType !== 1 && mediaType !== 2) return { errcode: 47001, errmsg: 'invalid media_type' };
		const id = traceId();
		state.pending.push({
			traceId: id,
			appId,
			openid: String(body.openid),
			mediaUrl,
			mediaType,
			scene: Number(body.scene),
			dueAt: state.now() + state.mediaVerdictDelayMs,
		});
		return { trace_id: id };
	});
	return state;
}

/** Records that a user opened the Mini Program now (the checks accept their openid for 2 hours). */
export function userVisited(state: FakeContentSecurityState, openid: string): void {
	state.visits.set(openid, state.now());
}

/**
 * Takes the media verdicts due by now off the queue, as the wxa_media_check messages WeChat
 * pushes (JSON, as WeChat's docs show them; label a string in detail, as real pushes carry it).
 */
export function dueMediaVerdicts(
	state: FakeContentSecurityState,
	toUserName = 'gh_38cd8b2a9c05',
): Json[] {
	const at = state.now();
	const due = state.pending.filter((check) => check.dueAt <= at);
	state.pending = state.pending.filter((check) => check.dueAt > at);
	return due.map((check) => {
		const verdict = state.mediaVerdicts.get(check.mediaUrl) ?? { suggest: 'pass', label: 100 };
		return {
			ToUserName: toUserName,
			FromUserName: check.openid,
			CreateTime: Math.floor(at / 1000),
			MsgType: 'event',
			Event: 'wxa_media_check',
			appid: check.appId,
			trace_id: check.traceId,
			version: 2,
			detail: [
				{
					strategy: 'content_model',
					errcode: 0,
					suggest: verdict.suggest,
					label: String(verdict.label),
					prob: 90,
				},
			],
			errcode: 0,
			errmsg: 'ok',
			result: { suggest: verdict.suggest, label: verdict.label },
		};
	});
}

function traceId(): string {
	const hex = randomBytes(12).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}
