import { listRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getWeeklyVisitTrend',
	report: 'weeklyVisitTrend',
	period: 'week',
	rows: listRows,
});
