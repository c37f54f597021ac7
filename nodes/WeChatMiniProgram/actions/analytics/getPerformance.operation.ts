import type { INodeProperties } from 'n8n-workflow';

import { reportCalls, unixSecondsOf } from '../../../protocol/wechat/growth/analyticsDates';
import {
	getPerformanceData,
	PERFORMANCE_MODULES,
	type PerformanceModule,
} from '../../transport/weChatApi/analytics';
import { optionsCollection } from '../common.descriptions';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { dateRangeFields, readDateRange } from './dateRange';

/** WeChat serves at most 30 days of performance data in one call. */
const MAX_DAYS = 30;

const metricField: INodeProperties = {
	displayName: 'Metric',
	name: 'metric',
	type: 'options',
	options: [
		{
			name: 'Launch Stage Times',
			value: 'launchStages',
			description: 'Time spent in each stage of start-up',
		},
		{ name: 'Memory', value: 'memory', description: 'Memory use' },
		{ name: 'Memory Errors', value: 'memoryErrors', description: 'Memory warnings and crashes' },
		{ name: 'Open Rate', value: 'openRate', description: 'How many launches reach the first page' },
		{
			name: 'Page Switch Time',
			value: 'pageSwitch',
			description: 'How long switching pages takes',
		},
	],
	default: 'openRate',
};

const filters = optionsCollection([
	{
		displayName: 'Device Tier',
		name: 'deviceLevel',
		type: 'options',
		options: [
			{ name: 'All', value: '-1' },
			{ name: 'High-End', value: '1' },
			{ name: 'Low-End', value: '3' },
			{ name: 'Mid-Range', value: '2' },
		],
		default: '-1',
	},
	{
		displayName: 'Network Type',
		name: 'networkType',
		type: 'options',
		options: [
			{ name: '3G', value: '3g' },
			{ name: '4G', value: '4g' },
			{ name: 'All', value: '-1' },
			{ name: 'Wi-Fi', value: 'wifi' },
		],
		default: '-1',
		description: 'Only for Open Rate and Launch Stage Times',
	},
	{
		displayName: 'Platform',
		name: 'platform',
		type: 'options',
		options: [
			{ name: 'All', value: '-1' },
			{ name: 'Android', value: '2' },
			{ name: 'iOS', value: '1' },
		],
		default: '-1',
	},
]);

const FILTER_FIELDS = {
	networkType: 'networktype',
	deviceLevel: 'device_level',
	platform: 'device',
} as const;

export const { description, execute } = weChatItemOperation({
	resource: 'analytics',
	operation: 'getPerformance',
	properties: [
		metricField,
		...dateRangeFields('last7Days', 'At most 30 days, in one call'),
		filters,
	],
	async item(ctx, client, itemIndex) {
		const now = Date.now();
		const range = readDateRange(ctx, itemIndex, now);
		const calls = reportCalls(range, 'day', now);
		refuseIf(ctx, itemIndex, typeof calls === 'string' ? calls : undefined);
		const days = range.last - range.first + 1;
		refuseIf(
			ctx,
			itemIndex,
			days > MAX_DAYS
				? `The range holds ${days} days; WeChat serves at most ${MAX_DAYS} days of performance data`
				: undefined,
		);
		const metric = ctx.getNodeParameter('metric', itemIndex) as PerformanceModule;
		const { begin, end } = unixSecondsOf(range);
		const tables = await getPerformanceData(client, {
			module: metric,
			begin,
			end,
			filters: Object.entries(FILTER_FIELDS)
				.map(([option, field]) => ({
					field,
					value: String(ctx.getNodeParameter(`options.${option}`, itemIndex, '-1')),
				}))
				.filter(({ value }) => value !== '-1'),
		});
		return tables.flatMap((table) =>
			table.lines.flatMap((line) =>
				line.fields.map((field) => ({
					metric,
					module: PERFORMANCE_MODULES[metric],
					measure: table.id,
					measureName: table.zh ?? table.id,
					ref_date: field.refdate,
					value: Number(field.value),
				})),
			),
		);
	},
});
