import type { IDataObject } from 'n8n-workflow';

import { reportOperation } from './reportOperation';

/** One row per bucket: its distribution (index, e.g. access_source_session_cnt), key and value. */
export const { description, execute } = reportOperation({
	operation: 'getVisitDistribution',
	report: 'visitDistribution',
	period: 'day',
	rows: (answer) =>
		((answer.list ?? []) as Array<{ index: string; item_list?: IDataObject[] }>).flatMap(
			({ index, item_list = [] }) =>
				item_list.map((bucket) => ({ ref_date: answer.ref_date as string, index, ...bucket })),
		),
});
