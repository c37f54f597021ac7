import { retentionRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getMonthlyRetention',
	report: 'monthlyRetention',
	period: 'month',
	rows: retentionRows,
});
