import type { IDataObject } from 'n8n-workflow';

import { reportOperation } from './reportOperation';

/** One row per page, with the day it counts. */
export const { description, execute } = reportOperation({
	operation: 'getPageVisits',
	report: 'pageVisits',
	period: 'day',
	rows: (answer) =>
		((answer.list ?? []) as IDataObject[]).map((page) => ({
			ref_date: answer.ref_date as string,
			...page,
		})),
});
