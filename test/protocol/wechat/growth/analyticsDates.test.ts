import {
	chinaToday,
	parseDay,
	presetRange,
	reportCalls,
	unixSecondsOf,
} from '../../../../nodes/protocol/wechat/growth/analyticsDates';

/** Wednesday 2026-12-02 00:30 in China is still Tuesday 2026-12-01 16:30 UTC. */
const JUST_AFTER_CHINA_MIDNIGHT = Date.parse('2026-12-01T16:30:00Z');
const day = (text: string) => parseDay(text)!;

describe('China calendar days', () => {
	it('counts the day in China, eight hours ahead of UTC', () => {
		expect(chinaToday(JUST_AFTER_CHINA_MIDNIGHT)).toBe(day('2026-12-02'));
		expect(chinaToday(Date.parse('2026-12-01T15:59:59Z'))).toBe(day('2026-12-01'));
	});

	it('reads dates as written, and refuses ones that do not exist', () => {
		expect(parseDay('2026-11-30T00:00:00')).toBe(parseDay('20261130'));
		expect(parseDay('2026-02-30')).toBeUndefined();
		expect(parseDay('yesterday')).toBeUndefined();
	});
});

describe('presets, seen from just after midnight in China', () => {
	const range = (preset: Parameters<typeof presetRange>[0]) => {
		const { first, last } = presetRange(preset, JUST_AFTER_CHINA_MIDNIGHT);
		return [first, last].map((d) => new Date(d * 86400000).toISOString().slice(0, 10));
	};
	it('names the days a user means', () => {
		expect(range('yesterday')).toEqual(['2026-12-01', '2026-12-01']);
		expect(range('last7Days')).toEqual(['2026-11-25', '2026-12-01']);
		expect(range('last30Days')).toEqual(['2026-11-02', '2026-12-01']);
		// 2026-12-02 is a Wednesday: last week ran Monday 11-23 to Sunday 11-29.
		expect(range('lastWeek')).toEqual(['2026-11-23', '2026-11-29']);
		expect(range('lastMonth')).toEqual(['2026-11-01', '2026-11-30']);
	});
	it('on a Monday, last week ended yesterday', () => {
		const monday = Date.parse('2026-11-30T01:00:00Z');
		const { first, last } = presetRange('lastWeek', monday);
		expect([first, last]).toEqual([day('2026-11-23'), day('2026-11-29')]);
	});
	it('on the first of a month, last month ended yesterday', () => {
		const { first, last } = presetRange('lastMonth', Date.parse('2026-03-01T02:00:00+08:00'));
		expect([first, last]).toEqual([day('2026-02-01'), day('2026-02-28')]);
	});
});

describe('reportCalls: the calls WeChat accepts', () => {
	const now = JUST_AFTER_CHINA_MIDNIGHT;
	it('splits days into one call each', () => {
		expect(reportCalls({ first: day('2026-11-29'), last: day('2026-12-01') }, 'day', now)).toEqual([
			{ begin_date: '20261129', end_date: '20261129' },
			{ begin_date: '20261130', end_date: '20261130' },
			{ begin_date: '20261201', end_date: '20261201' },
		]);
	});
	it('splits whole weeks into Monday-to-Sunday calls', () => {
		expect(reportCalls({ first: day('2026-11-16'), last: day('2026-11-29') }, 'week', now)).toEqual(
			[
				{ begin_date: '20261116', end_date: '20261122' },
				{ begin_date: '20261123', end_date: '20261129' },
			],
		);
	});
	it('splits whole months into calendar-month calls, short months included', () => {
		expect(
			reportCalls({ first: day('2026-01-01'), last: day('2026-02-28') }, 'month', now),
		).toEqual([
			{ begin_date: '20260101', end_date: '20260131' },
			{ begin_date: '20260201', end_date: '20260228' },
		]);
	});
	it('refuses what WeChat would refuse, naming the rule', () => {
		expect(reportCalls({ first: day('2026-11-25'), last: day('2026-12-01') }, 'week', now)).toBe(
			'Weekly reports take whole weeks, Monday to Sunday: 2026-11-25 is not a Monday and 2026-12-01 is not a Sunday (the weeks around it run 2026-11-23 to 2026-12-06)',
		);
		expect(
			reportCalls({ first: day('2026-11-02'), last: day('2026-11-30') }, 'month', now),
		).toMatch(
			/^Monthly reports take whole calendar months: 2026-11-02 is not the first day of a month/,
		);
		expect(reportCalls({ first: day('2026-12-01'), last: day('2026-12-02') }, 'day', now)).toBe(
			'The range ends on 2026-12-02, but WeChat has data up to yesterday (2026-12-01, China time) at the latest',
		);
		expect(reportCalls({ first: day('2026-11-20'), last: day('2026-11-10') }, 'day', now)).toMatch(
			/ends \(2026-11-10\) before it starts/,
		);
		expect(reportCalls({ first: day('2026-11-20'), last: day('2026-11-30') }, 'span', now)).toBe(
			'This report covers the last 1, 7 or 30 days; 2026-11-20 to 2026-11-30 is 11 days',
		);
		expect(reportCalls({ first: day('2025-01-01'), last: day('2026-11-30') }, 'day', now)).toMatch(
			/holds 699 days; one run reads at most 366/,
		);
	});
	it('takes a user portrait span of 1, 7 or 30 days as one call', () => {
		expect(reportCalls({ first: day('2026-11-25'), last: day('2026-12-01') }, 'span', now)).toEqual(
			[{ begin_date: '20261125', end_date: '20261201' }],
		);
	});
});

describe('unixSecondsOf', () => {
	it('runs from the first midnight to the midnight after the last day, in China', () => {
		// WeChat's own sample: 2021-01-03 as 1609603200 to 1609689600.
		expect(unixSecondsOf({ first: day('2021-01-03'), last: day('2021-01-03') })).toEqual({
			begin: 1609603200,
			end: 1609689600,
		});
	});
});
