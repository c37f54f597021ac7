import { listRows, reportOperation } from './reportOperation';

export const { description, execute } = reportOperation({
	operation: 'getSummary',
	report: 'dailySummary',
	period: 'day',
	rows: listRows,
});
