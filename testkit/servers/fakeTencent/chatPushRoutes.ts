import { fail, ok } from '../fakeTencentChat';
import type { Answer, FakeTencentChat, TencentRoutes } from '../fakeTencentChat';

/**
 * Tencent Cloud Chat's push to all or tagged users (v4/timpush/push) with its ration on the server
 * clock: more than 1 s between pushes (90024) and `perDay` pushes a calendar day in China Standard
 * Time (90047), and Tencent's checks of the condition. Refused pushes are not counted.
 */

export interface AcceptedPush {
	at: number;
	taskId: string;
	body: Answer;
}

export interface PushState {
	pushes: AcceptedPush[];
	perDay: number;
	/** 90045 when false: the Push service is not enabled. */
	enabled: boolean;
}

const states = new WeakMap<FakeTencentChat, PushState>();

export function pushState(server: FakeTencentChat): PushState {
	let state = states.get(server);
	if (!state) states.set(server, (state = { pushes: [], perDay: 100, enabled: true }));
	return state;
}

const CST_OFFSET_MS = 8 * 3600_000;
const cstDay = (ms: number) => Math.floor((ms + CST_OFFSET_MS) / 86_400_000);

function conditionError(condition: unknown): Answer | undefined {
	if (condition === undefined) return undefined;
	const c = condition as Answer;
	const tagLists = [c.TagsAnd, c.TagsOr].filter((list) => list !== undefined) as unknown[][];
	const hasAttrs = c.AttrsAnd !== undefined || c.AttrsOr !== undefined;
	if (tagLists.length && hasAttrs) return fail(90039, 'attrs and tags cannot coexist');
	const tags = tagLists.flat();
	if (tags.some((tag) => typeof tag !== 'string' || tag === '')) return fail(90040, 'empty tag');
	if (tagLists.some((list) => list.length > 10)) return fail(90032, 'too many tags');
	if (tags.some((tag) => Buffer.byteLength(String(tag)) > 50)) return fail(90020, 'tag too long');
	if (new Set(tags).size !== tags.length) return fail(90022, 'duplicate tags');
	return undefined;
}

export function chatPushRoutes(server: FakeTencentChat): TencentRoutes {
	let nextTask = 1;
	return {
		push: (body) => {
			const state = pushState(server);
			if (!state.enabled) return fail(90045, 'push service not enabled');
			if (!Number.isInteger(body.MsgRandom)) return fail(90005, 'MsgRandom is required');
			if (JSON.stringify(body).length > 10_240) return fail(90056, 'body too large');
			const refused = conditionError(body.Condition);
			if (refused) return refused;
			const now = server.clock.now();
			const last = state.pushes[state.pushes.length - 1];
			if (last && now - last.at <= 1000) return fail(90024, 'push too frequent');
			const today = state.pushes.filter((push) => cstDay(push.at) === cstDay(now)).length;
			if (today >= state.perDay) return fail(90047, 'push count exceeds daily limit');
			const taskId = `task-${String(nextTask++).padStart(6, '0')}`;
			state.pushes.push({ at: now, taskId, body });
			return ok({ TaskId: taskId });
		},
	};
}
