/**
 * Dates for WeChat's analytics reports (datacube), which count days in China's time zone
 * (UTC+8, no daylight saving) and serve data up to yesterday at the latest. A day is a number
 * of days since 1970-01-01 on China's calendar, so arithmetic on dates is arithmetic on numbers.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type ChinaDay = number;

/** How a report's data is grouped, and so which ranges WeChat takes for one call. */
export type ReportPeriod =
	/** One call a day (begin = end). */
	| 'day'
	/** One call a natural week, Monday to Sunday. */
	| 'week'
	/** One call a calendar month. */
	| 'month'
	/** One call for the last 1, 7 or 30 days (the user portrait). */
	| 'span';

export type DatePreset =
	| 'yesterday'
	| 'last7Days'
	| 'last30Days'
	| 'lastWeek'
	| 'lastMonth'
	| 'custom';

export interface DayRange {
	first: ChinaDay;
	last: ChinaDay;
}

/** One call's dates as WeChat writes them. */
export interface ReportDates {
	begin_date: string;
	end_date: string;
}

/** The spans the user portrait takes, in days. */
export const PORTRAIT_SPANS = [1, 7, 30] as const;
/** The most daily calls one run makes: a year of days. */
export const MAX_DAILY_CALLS = 366;

export function chinaToday(nowMs: number): ChinaDay {
	return Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS);
}

export function formatDay(day: ChinaDay): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** "2026-11-30", "2026-11-30T00:00:00" or "20261130" as a day; the date as written, in China. */
export function parseDay(text: string): ChinaDay | undefined {
	const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(text.trim());
	if (!match) return undefined;
	const [year, month, date] = match.slice(1).map(Number);
	const ms = Date.UTC(year, month - 1, date);
	const check = new Date(ms);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
	return ms / DAY_MS;
}

/** Monday is 0, Sunday 6. */
function weekday(day: ChinaDay): number {
	return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

function monthStart(day: ChinaDay): ChinaDay {
	const date = new Date(day * DAY_MS);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

function nextMonthStart(day: ChinaDay): ChinaDay {
	const date = new Date(day * DAY_MS);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

function show(day: ChinaDay): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days a preset names, seen from `nowMs` (China's today is not yet complete, so never in it). */
export function presetRange(preset: Exclude<DatePreset, 'custom'>, nowMs: number): DayRange {
	const yesterday = chinaToday(nowMs) - 1;
	switch (preset) {
		case 'yesterday':
			return { first: yesterday, last: yesterday };
		case 'last7Days':
			return { first: yesterday - 6, last: yesterday };
		case 'last30Days':
			return { first: yesterday - 29, last: yesterday };
		case 'lastWeek': {
			const thisMonday = chinaToday(nowMs) - weekday(chinaToday(nowMs));
			return { first: thisMonday - 7, last: thisMonday - 1 };
		}
		case 'lastMonth': {
			const thisMonth = monthStart(chinaToday(nowMs));
			return { first: monthStart(thisMonth - 1), last: thisMonth - 1 };
		}
	}
}

/**
 * The calls a report needs for `range`, or the reason WeChat would refuse it (said before anything
 * is sent). Weeks and months must be whole; a range of several is split into one call each.
 */
export function reportCalls(
	range: DayRange,
	period: ReportPeriod,
	nowMs: number,
): ReportDates[] | string {
	const { first, last } = range;
	const yesterday = chinaToday(nowMs) - 1;
	if (last < first) return `The range ends (${show(last)}) before it starts (${show(first)})`;
	if (last > yesterday)
		return `The range ends on ${show(last)}, but WeChat has data up to yesterday (${show(yesterday)}, China time) at the latest`;
	const call = (begin: ChinaDay, end: ChinaDay): ReportDates => ({
		begin_date: formatDay(begin),
		end_date: formatDay(end),
	});
	switch (period) {
		case 'day': {
			const days = last - first + 1;
			if (days > MAX_DAILY_CALLS)
				return `The range holds ${days} days; one run reads at most ${MAX_DAILY_CALLS} daily reports`;
			return Array.from({ length: days }, (_, index) => call(first + index, first + index));
		}
		case 'week': {
			const problems: string[] = [];
			if (weekday(first) !== 0) problems.push(`${show(first)} is not a Monday`);
			if (weekday(last) !== 6) problems.push(`${show(last)} is not a Sunday`);
			if (problems.length > 0) {
				const monday = first - weekday(first);
				const sunday = last + 6 - weekday(last);
				return `Weekly reports take whole weeks, Monday to Sunday: ${problems.join(' and ')} (the weeks around it run ${show(monday)} to ${show(sunday)})`;
			}
			return Array.from({ length: (last - first + 1) / 7 }, (_, index) =>
				call(first + 7 * index, first + 7 * index + 6),
			);
		}
		case 'month': {
			const problems: string[] = [];
			if (monthStart(first) !== first)
				problems.push(`${show(first)} is not the first day of a month`);
			if (nextMonthStart(last) !== last + 1)
				problems.push(`${show(last)} is not the last day of a month`);
			if (problems.length > 0)
				return `Monthly reports take whole calendar months: ${problems.join(' and ')} (the months around it run ${show(monthStart(first))} to ${show(nextMonthStart(last) - 1)})`;
			const calls: ReportDates[] = [];
			for (let start = first; start <= last; start = nextMonthStart(start))
				calls.push(call(start, nextMonthStart(start) - 1));
			return calls;
		}
		case 'span': {
			const days = last - first + 1;
			if (!(PORTRAIT_SPANS as readonly number[]).includes(days))
				return `This report covers the last 1, 7 or 30 days; ${show(first)} to ${show(last)} is ${days} days`;
			return [call(first, last)];
		}
	}
}

/** Unix seconds of a day range from its first midnight to the midnight after it (China time). */
export function unixSecondsOf(range: DayRange): { begin: number; end: number } {
	return {
		begin: (range.first * DAY_MS - CHINA_OFFSET_MS) / 1000,
		end: ((range.last + 1) * DAY_MS - CHINA_OFFSET_MS) / 1000,
	};
}

export { show as showDay };
