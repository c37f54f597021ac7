import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseDay, presetRange } from '../../../protocol/wechat/growth/analyticsDates';
import type { DatePreset, DayRange } from '../../../protocol/wechat/growth/analyticsDates';
import { refuseIf } from '../refuseItem';

const PRESETS: Array<{ name: string; value: DatePreset }> = [
	{ name: 'Custom', value: 'custom' },
	{ name: 'Last 30 Days', value: 'last30Days' },
	{ name: 'Last 7 Days', value: 'last7Days' },
	{ name: 'Last Month', value: 'lastMonth' },
	{ name: 'Last Week (Monday to Sunday)', value: 'lastWeek' },
	{ name: 'Yesterday', value: 'yesterday' },
];

/** The Date Range field and its custom From / To, with the preset that suits the report. */
export function dateRangeFields(defaultPreset: DatePreset, hint: string): INodeProperties[] {
	return [
		{
			displayName: 'Date Range',
			name: 'dateRange',
			type: 'options',
			options: PRESETS,
			default: defaultPreset,
			description: "The days to report on, in China's time zone; WeChat has data up to yesterday",
			hint,
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { dateRange: ['custom'] } },
			description: 'The first day (its date in China is used)',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { dateRange: ['custom'] } },
			description: 'The last day, included',
		},
	];
}

export function readDateRange(ctx: IExecuteFunctions, itemIndex: number, nowMs: number): DayRange {
	const preset = ctx.getNodeParameter('dateRange', itemIndex) as DatePreset;
	if (preset !== 'custom') return presetRange(preset, nowMs);
	const day = (name: 'from' | 'to') => {
		const text = String(ctx.getNodeParameter(name, itemIndex, ''));
		const parsed = parseDay(text);
		refuseIf(
			ctx,
			itemIndex,
			parsed === undefined
				? `${name === 'from' ? 'From' : 'To'} ("${text}") is not a date`
				: undefined,
		);
		return parsed!;
	};
	return { first: day('from'), last: day('to') };
}
