import { listRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getDailyVisitTrend',
	report: 'dailyVisitTrend',
	period: 'day',
	rows: listRows,
});
