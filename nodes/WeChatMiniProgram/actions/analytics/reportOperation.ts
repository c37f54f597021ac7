import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { reportCalls } from '../../../protocol/wechat/growth/analyticsDates';
import type { DatePreset, ReportPeriod } from '../../../protocol/wechat/growth/analyticsDates';
import { getAnalyticsReport } from '../../transport/weChatApi/analytics';
import type { AnalyticsReport } from '../../transport/weChatApi/analytics';
import type { WeChatAnswer } from '../../transport/weChatClient';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { dateRangeFields, readDateRange } from './dateRange';

const PERIOD_HINTS: Record<ReportPeriod, string> = {
	day: 'One call a day of the range',
	week: 'Whole weeks, Monday to Sunday: one call a week',
	month: 'Whole calendar months: one call a month',
	span: 'The last 1, 7 or 30 days, in one call',
};

const DEFAULT_PRESETS: Record<ReportPeriod, DatePreset> = {
	day: 'yesterday',
	week: 'lastWeek',
	month: 'lastMonth',
	span: 'last7Days',
};

/**
 * An analytics report as an operation: the Date Range is turned into the calls WeChat takes (or
 * refused before sending), the calls go one after the other, and each answer becomes rows, one
 * output item per row (a day, a page, a bucket), in date order.
 */
export function reportOperation(spec: {
	operation: string;
	report: AnalyticsReport;
	period: ReportPeriod;
	rows: (answer: WeChatAnswer) => IDataObject[];
	/** Fields after the Date Range, and what they make of the rows (a Limit). */
	extra?: {
		properties: INodeProperties[];
		keep: (ctx: IExecuteFunctions, itemIndex: number, rows: IDataObject[]) => IDataObject[];
	};
}) {
	return weChatItemOperation({
		resource: 'analytics',
		operation: spec.operation,
		properties: [
			...dateRangeFields(DEFAULT_PRESETS[spec.period], PERIOD_HINTS[spec.period]),
			...(spec.extra?.properties ?? []),
		],
		async item(ctx, client, itemIndex) {
			const now = client.now();
			const calls = reportCalls(readDateRange(ctx, itemIndex, now), spec.period, now);
			if (typeof calls === 'string') refuseIf(ctx, itemIndex, calls);
			const rows: IDataObject[] = [];
			for (const dates of calls as Exclude<typeof calls, string>)
				rows.push(...spec.rows(await getAnalyticsReport(client, spec.report, dates)));
			return spec.extra ? spec.extra.keep(ctx, itemIndex, rows) : rows;
		},
	});
}

/** The rows of a report that answers `list` (trends, summaries). */
export function listRows(answer: WeChatAnswer): IDataObject[] {
	return ((answer.list ?? []) as IDataObject[]).map((row) => ({ ...row }));
}

/** Retention: one row per retention key (0 = the day itself, 1 = a day later, ...). */
export function retentionRows(answer: WeChatAnswer): IDataObject[] {
	const values = (field: string) =>
		new Map(
			((answer[field] ?? []) as Array<{ key: number; value: number }>).map(({ key, value }) => [
				key,
				value,
			]),
		);
	const newUsers = values('visit_uv_new');
	const activeUsers = values('visit_uv');
	const keys = [...new Set([...newUsers.keys(), ...activeUsers.keys()])].sort((a, b) => a - b);
	return keys.map((key) => ({
		ref_date: answer.ref_date as string,
		key,
		visit_uv_new: newUsers.get(key) ?? null,
		visit_uv: activeUsers.get(key) ?? null,
	}));
}
