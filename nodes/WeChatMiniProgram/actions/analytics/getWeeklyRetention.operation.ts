import { retentionRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getWeeklyRetention',
	report: 'weeklyRetention',
	period: 'week',
	rows: retentionRows,
});
