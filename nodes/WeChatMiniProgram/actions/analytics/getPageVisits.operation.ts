import type { IDataObject } from 'n8n-workflow';

import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { reportOperation } from './reportOperation';

/** One row per page, with the day it counts; Limit keeps the first pages of each day's list. */
export const { description, execute } = reportOperation({
	operation: 'getPageVisits',
	report: 'pageVisits',
	period: 'day',
	rows: (answer) =>
		((answer.list ?? []) as IDataObject[]).map((page) => ({
			ref_date: answer.ref_date as string,
			...page,
		})),
	extra: {
		properties: returnAllFields,
		keep: (ctx, itemIndex, rows) => {
			const limit = maxResultsOf(ctx, itemIndex);
			if (limit === undefined) return rows;
			const perDay = new Map<unknown, number>();
			return rows.filter((row) => {
				const kept = perDay.get(row.ref_date) ?? 0;
				perDay.set(row.ref_date, kept + 1);
				return kept < limit;
			});
		},
	},
});
