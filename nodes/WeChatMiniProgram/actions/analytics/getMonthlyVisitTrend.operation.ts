import { listRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getMonthlyVisitTrend',
	report: 'monthlyVisitTrend',
	period: 'month',
	rows: listRows,
});
