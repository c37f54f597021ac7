import type { INodeProperties } from 'n8n-workflow';

import { reportCalls, unixSecondsOf } from '../../../protocol/wechat/growth/analyticsDates';
import { getPerformanceData, PERFORMANCE_MODULES } from '../../transport/weChatApi/analytics';
import type { PerformanceModule } from '../../transport/weChatApi/analytics';
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

/** The filters WeChat takes, each an option whose value "-1" means all (and is not sent). */
const FILTERS: Array<{
	option: string;
	field: string;
	displayName: string;
	choices: Array<[name: string, value: string]>;
	description?: string;
}> = [
	{
		option: 'deviceLevel',
		field: 'device_level',
		displayName: 'Device Tier',
		choices: [
			['High-End', '1'],
			['Low-End', '3'],
			['Mid-Range', '2'],
		],
	},
	{
		option: 'networkType',
		field: 'networktype',
		displayName: 'Network Type',
		choices: [
			['3G', '3g'],
			['4G', '4g'],
			['Wi-Fi', 'wifi'],
		],
		description: 'Only for Open Rate and Launch Stage Times',
	},
	{
		option: 'platform',
		field: 'device',
		displayName: 'Platform',
		choices: [
			['Android', '2'],
			['iOS', '1'],
		],
	},
];

const ALL = '-1';

const filters = optionsCollection(
	FILTERS.map(({ option, displayName, choices, description }) => ({
		displayName,
		name: option,
		type: 'options' as const,
		options: [['All', ALL], ...choices]
			.map(([name, value]) => ({ name, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: ALL,
		...(description ? { description } : {}),
	})),
);

export const { description, execute } = weChatItemOperation({
	resource: 'analytics',
	operation: 'getPerformance',
	properties: [
		metricField,
		...dateRangeFields('last7Days', 'At most 30 days, in one call'),
		filters,
	],
	async item(ctx, client, itemIndex) {
		const now = client.now();
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
			filters: FILTERS.map(({ option, field }) => ({
				field,
				value: String(ctx.getNodeParameter(`options.${option}`, itemIndex, ALL)),
			})).filter(({ value }) => value !== ALL),
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
