import { readJsonObject } from '../../../protocol/common/losslessJson';
import type { ReportDates } from '../../../protocol/wechat/growth/analyticsDates';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';

const ANALYTICS_ERRCODES: Record<number, string> = {
	61500: "the dates are not in WeChat's yyyymmdd format",
	61501:
		'WeChat does not take this date range for this report (whole days, weeks or months, up to yesterday in China)',
};

/** The analytics reports, by their datacube path. */
export const REPORT_PATHS = {
	dailySummary: '/datacube/getweanalysisappiddailysummarytrend',
	dailyVisitTrend: '/datacube/getweanalysisappiddailyvisittrend',
	weeklyVisitTrend: '/datacube/getweanalysisappidweeklyvisittrend',
	monthlyVisitTrend: '/datacube/getweanalysisappidmonthlyvisittrend',
	dailyRetention: '/datacube/getweanalysisappiddailyretaininfo',
	weeklyRetention: '/datacube/getweanalysisappidweeklyretaininfo',
	monthlyRetention: '/datacube/getweanalysisappidmonthlyretaininfo',
	visitDistribution: '/datacube/getweanalysisappidvisitdistribution',
	pageVisits: '/datacube/getweanalysisappidvisitpage',
	userPortrait: '/datacube/getweanalysisappiduserportrait',
} as const;

export type AnalyticsReport = keyof typeof REPORT_PATHS;

/** One report for one period. Reports change nothing, so every failure that may pass is retried. */
export async function getAnalyticsReport(
	client: WeChatClient,
	report: AnalyticsReport,
	dates: ReportDates,
): Promise<WeChatAnswer> {
	return await client.post(
		REPORT_PATHS[report],
		{ ...dates },
		{
			idempotent: true,
			errorMeanings: ANALYTICS_ERRCODES,
		},
	);
}

export const PERFORMANCE_MODULES = {
	openRate: 10016,
	launchStages: 10017,
	pageSwitch: 10021,
	memory: 10022,
	memoryErrors: 10023,
} as const;

export type PerformanceModule = keyof typeof PERFORMANCE_MODULES;

export interface PerformanceTable {
	id: string;
	zh?: string;
	lines: Array<{ fields: Array<{ refdate: string; value: string }> }>;
}

/** Performance data (start-up, page switch, memory) for up to 30 days (performance/boot). */
export async function getPerformanceData(
	client: WeChatClient,
	request: {
		module: PerformanceModule;
		begin: number;
		end: number;
		filters: Array<{ field: string; value: string }>;
	},
): Promise<PerformanceTable[]> {
	const answer = await client.post(
		'/wxa/business/performance/boot',
		{
			module: String(PERFORMANCE_MODULES[request.module]),
			time: { begin_timestamp: request.begin, end_timestamp: request.end },
			params: request.filters,
		},
		{ idempotent: true, errorMeanings: ANALYTICS_ERRCODES },
	);
	const data = (answer.data ?? {}) as Record<string, unknown>;
	// WeChat has sent `body` both as an object and as a JSON string inside the answer.
	const body = typeof data.body === 'string' ? readJsonObject(data.body) : data.body;
	if (body === undefined)
		throw new Error(
			'WeChat /wxa/business/performance/boot answered performance data that is not JSON',
		);
	return ((body as { tables?: PerformanceTable[] }).tables ?? []) as PerformanceTable[];
}
