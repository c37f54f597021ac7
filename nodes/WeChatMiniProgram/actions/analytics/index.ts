import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as getDailyRetention from './getDailyRetention.operation';
import * as getDailyVisitTrend from './getDailyVisitTrend.operation';
import * as getMonthlyRetention from './getMonthlyRetention.operation';
import * as getMonthlyVisitTrend from './getMonthlyVisitTrend.operation';
import * as getPageVisits from './getPageVisits.operation';
import * as getPerformance from './getPerformance.operation';
import * as getSummary from './getSummary.operation';
import * as getUserPortrait from './getUserPortrait.operation';
import * as getVisitDistribution from './getVisitDistribution.operation';
import * as getWeeklyRetention from './getWeeklyRetention.operation';
import * as getWeeklyVisitTrend from './getWeeklyVisitTrend.operation';

const report = (name: string, value: string, description: string, action: string) => ({
	name,
	value,
	description,
	action,
});

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['analytics'] } },
	options: [
		report(
			'Get Daily Retention',
			'getDailyRetention',
			'Get how many users come back 1 to 30 days after a day',
			'Get daily retention',
		),
		report(
			'Get Daily Visit Trend',
			'getDailyVisitTrend',
			'Get opens, visits, visitors, new users and stay time per day',
			'Get daily visit trend',
		),
		report(
			'Get Monthly Retention',
			'getMonthlyRetention',
			'Get how many users come back the month after a month',
			'Get monthly retention',
		),
		report(
			'Get Monthly Visit Trend',
			'getMonthlyVisitTrend',
			'Get opens, visits, visitors, new users and stay time per calendar month',
			'Get monthly visit trend',
		),
		report(
			'Get Page Visits',
			'getPageVisits',
			"Get each page's visits, visitors, entries, exits and shares per day",
			'Get page visits',
		),
		report(
			'Get Performance',
			'getPerformance',
			'Get open rate, launch, page switch and memory figures per day',
			'Get performance',
		),
		report('Get Summary', 'getSummary', 'Get the total users and shares per day', 'Get summary'),
		report(
			'Get User Portrait',
			'getUserPortrait',
			'Get new and active users by province, city, gender, age, platform and device',
			'Get user portrait',
		),
		report(
			'Get Visit Distribution',
			'getVisitDistribution',
			'Get visits by source, stay time and depth per day',
			'Get visit distribution',
		),
		report(
			'Get Weekly Retention',
			'getWeeklyRetention',
			'Get how many users come back 1 to 4 weeks after a week',
			'Get weekly retention',
		),
		report(
			'Get Weekly Visit Trend',
			'getWeeklyVisitTrend',
			'Get opens, visits, visitors, new users and stay time per week',
			'Get weekly visit trend',
		),
	],
	default: 'getDailyVisitTrend',
};

export const analytics = resourceModule(operationSelector, {
	getDailyRetention,
	getDailyVisitTrend,
	getMonthlyRetention,
	getMonthlyVisitTrend,
	getPageVisits,
	getPerformance,
	getSummary,
	getUserPortrait,
	getVisitDistribution,
	getWeeklyRetention,
	getWeeklyVisitTrend,
});
