import { createHash } from 'node:crypto';

import type { FakeWeChatServer, Json } from './server';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const D = '/datacube';

export interface FakeAnalyticsState {
	/** Pages the page report lists, busiest first. */
	pages: string[];
}

/**
 * WeChat's analytics reports with deterministic data (the same App ID, report and date always give
 * the same figures) and WeChat's date rules, judged against "yesterday" in China on `now`:
 * 61500 for a date that is not yyyymmdd, 61501 for a range the report does not take.
 */
export function addAnalyticsRoutes(
	server: FakeWeChatServer,
	options: { now?: () => number } = {},
): FakeAnalyticsState {
	const now = options.now ?? (() => server.clock.now());
	const state: FakeAnalyticsState = {
		pages: ['pages/index/index', 'pages/store/store', 'pages/goods/detail', 'pages/order/list'],
	};
	const yesterday = () => Math.floor((now() + CHINA_OFFSET_MS) / DAY_MS) - 1;

	type Shape = 'day' | 'week' | 'month' | 'span';
	const report = (path: string, shape: Shape, answer: (range: Range, appId: string) => Json) =>
		server.route(path, ({ body, appId }) => {
			const range = readRange(body);
			if (!range) return { errcode: 61500, errmsg: 'date format error' };
			if (!fits(range, shape, yesterday())) return { errcode: 61501, errmsg: 'date range error' };
			return answer(range, appId);
		});

	report(`${D}/getweanalysisappiddailysummarytrend`, 'day', (range, appId) => ({
		list: [
			{
				ref_date: range.begin,
				visit_total: figure(appId, 'total', range.begin, 90_000),
				share_pv: figure(appId, 'share_pv', range.begin, 900),
				share_uv: figure(appId, 'share_uv', range.begin, 600),
			},
		],
	}));
	const trend = (refDate: string, appId: string): Json => ({
		ref_date: refDate,
		session_cnt: figure(appId, 'session', refDate, 140_000),
		visit_pv: figure(appId, 'pv', refDate, 470_000),
		visit_uv: figure(appId, 'uv', refDate, 55_000),
		visit_uv_new: figure(appId, 'uv_new', refDate, 5_400),
		stay_time_uv: figure(appId, 'stay_uv', refDate, 20_000) / 100,
		stay_time_session: figure(appId, 'stay_session', refDate, 9_000) / 100,
		visit_depth: figure(appId, 'depth', refDate, 300) / 100,
	});
	report(`${D}/getweanalysisappiddailyvisittrend`, 'day', (range, appId) => ({
		list: [trend(range.begin, appId)],
	}));
	report(`${D}/getweanalysisappidweeklyvisittrend`, 'week', (range, appId) => ({
		list: [trend(`${range.begin}-${range.end}`, appId)],
	}));
	report(`${D}/getweanalysisappidmonthlyvisittrend`, 'month', (range, appId) => ({
		list: [trend(range.begin.slice(0, 6), appId)],
	}));

	const retention = (refDate: string, appId: string, keys: number[]): Json => ({
		ref_date: refDate,
		visit_uv_new: keys.map((key) => ({
			key,
			value: figure(appId, `new${key}`, refDate, 5_000 >> Math.min(key, 8)),
		})),
		visit_uv: keys.map((key) => ({
			key,
			value: figure(appId, `all${key}`, refDate, 50_000 >> Math.min(key, 8)),
		})),
	});
	report(`${D}/getweanalysisappiddailyretaininfo`, 'day', (range, appId) =>
		retention(range.begin, appId, [0, 1, 2, 3, 4, 5, 6, 7, 14, 30]),
	);
	report(`${D}/getweanalysisappidweeklyretaininfo`, 'week', (range, appId) =>
		retention(`${range.begin}-${range.end}`, appId, [0, 1, 2, 3, 4]),
	);
	report(`${D}/getweanalysisappidmonthlyretaininfo`, 'month', (range, appId) =>
		retention(range.begin.slice(0, 6), appId, [0, 1]),
	);

	report(`${D}/getweanalysisappidvisitdistribution`, 'day', (range, appId) => ({
		ref_date: range.begin,
		list: [
			['access_source_session_cnt', [1, 2, 3, 4, 5, 6, 7, 8]],
			['access_staytime_info', [1, 2, 3, 4, 5, 6, 7, 8]],
			['access_depth_info', [1, 2, 3, 4, 5, 6]],
		].map(([index, keys]) => ({
			index,
			item_list: (keys as number[]).map((key) => ({
				key,
				value: figure(appId, `${String(index)}${key}`, range.begin, 10_000),
			})),
		})),
	}));
	report(`${D}/getweanalysisappidvisitpage`, 'day', (range, appId) => ({
		ref_date: range.begin,
		list: state.pages.map((page) => ({
			page_path: page,
			page_visit_pv: figure(appId, `${page}pv`, range.begin, 20_000),
			page_visit_uv: figure(appId, `${page}uv`, range.begin, 5_000),
			page_staytime_pv: figure(appId, `${page}stay`, range.begin, 4_000) / 100,
			entrypage_pv: figure(appId, `${page}entry`, range.begin, 3_000),
			exitpage_pv: figure(appId, `${page}exit`, range.begin, 3_000),
			page_share_pv: figure(appId, `${page}share`, range.begin, 300),
			page_share_uv: figure(appId, `${page}shareu`, range.begin, 200),
		})),
	}));
	report(`${D}/getweanalysisappiduserportrait`, 'span', (range, appId) => {
		const refDate = `${range.begin}-${range.end}`;
		const buckets = (group: string) => ({
			province: [
				{ id: 31, name: '广东省', value: figure(appId, `${group}p31`, refDate, 9_000) },
				{ id: 11, name: '北京', value: figure(appId, `${group}p11`, refDate, 6_000) },
			],
			city: [{ id: 3102, name: '广州', value: figure(appId, `${group}c3102`, refDate, 4_000) }],
			genders: [
				{ id: 1, name: '男', value: figure(appId, `${group}g1`, refDate, 7_000) },
				{ id: 2, name: '女', value: figure(appId, `${group}g2`, refDate, 8_000) },
			],
			platforms: [
				{ id: 1, name: 'iPhone', value: figure(appId, `${group}os1`, refDate, 6_000) },
				{ id: 2, name: 'Android', value: figure(appId, `${group}os2`, refDate, 9_000) },
			],
			devices: [{ name: 'iPhone 15', value: figure(appId, `${group}d`, refDate, 2_000) }],
			ages: [{ id: 2, name: '18-24岁', value: figure(appId, `${group}a2`, refDate, 5_000) }],
		});
		return { ref_date: refDate, visit_uv_new: buckets('new'), visit_uv: buckets('all') };
	});

	server.route('/wxa/business/performance/boot', ({ body, appId }) => {
		const time = (body.time ?? {}) as Json;
		const begin = Number(time.begin_timestamp);
		const end = Number(time.end_timestamp);
		if (
			!Number.isInteger(begin) ||
			!Number.isInteger(end) ||
			end <= begin ||
			end - begin > 30 * 86_400
		)
			return { errcode: 47003, errmsg: 'argument invalid! time span must be 1 to 30 days' };
		if (![10016, 10017, 10021, 10022, 10023].includes(Number(body.module)))
			return { errcode: 47003, errmsg: 'argument invalid! module' };
		const days: string[] = [];
		for (let at = begin; at < end; at += 86_400)
			days.push(new Date(at * 1000 + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, ''));
		const table = (id: string, zh: string) => ({
			id,
			zh,
			lines: [
				{
					fields: days.map((refdate) => ({
						refdate,
						value: String(figure(appId, `${String(body.module)}${id}`, refdate, 3_000)),
					})),
				},
			],
		});
		const tables = [table('costtime', '耗时'), table('count', '次数')];
		// WeChat sends the body as a JSON string inside the JSON answer.
		return { data: { body: JSON.stringify({ tables, count: tables.length }) } };
	});
	return state;
}

interface Range {
	begin: string;
	end: string;
	first: number;
	last: number;
}

function readRange(body: Json): Range | undefined {
	const begin = String(body.begin_date ?? '');
	const end = String(body.end_date ?? '');
	const first = dayOf(begin);
	const last = dayOf(end);
	if (first === undefined || last === undefined) return undefined;
	return { begin, end, first, last };
}

function dayOf(text: string): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, date] = match.slice(1).map(Number);
	const ms = Date.UTC(year, month - 1, date);
	if (new Date(ms).getUTCDate() !== date) return undefined;
	return ms / DAY_MS;
}

function fits(range: Range, shape: 'day' | 'week' | 'month' | 'span', yesterday: number): boolean {
	const { first, last } = range;
	if (last > yesterday || last < first) return false;
	const date = (day: number) => new Date(day * DAY_MS);
	switch (shape) {
		case 'day':
			return first === last;
		case 'week':
			return date(first).getUTCDay() === 1 && last === first + 6;
		case 'month': {
			const start = date(first);
			const nextMonth = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) / DAY_MS;
			return start.getUTCDate() === 1 && last === nextMonth - 1;
		}
		case 'span':
			return [0, 6, 29].includes(last - first);
	}
}

/** A stable figure from 0 to about `scale` for one App ID, metric and date. */
function figure(appId: string, metric: string, refDate: string, scale: number): number {
	const hash = createHash('sha256').update(`${appId}|${metric}|${refDate}`).digest();
	return Math.round((hash.readUInt32BE(0) / 0xffffffff) * scale * 0.5 + scale * 0.5);
}
