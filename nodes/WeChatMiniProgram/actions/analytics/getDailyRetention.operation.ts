import { retentionRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getDailyRetention',
	report: 'dailyRetention',
	period: 'day',
	rows: retentionRows,
});
