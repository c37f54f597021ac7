import type { IDataObject } from 'n8n-workflow';

import { reportOperation } from './reportOperation';

const USER_GROUPS = { visit_uv_new: 'new', visit_uv: 'active' } as const;

/** One row per bucket: which users (new or active), the dimension (province, ages, ...), the bucket. */
export const { description, execute } = reportOperation({
	operation: 'getUserPortrait',
	report: 'userPortrait',
	period: 'span',
	rows: (answer) =>
		Object.entries(USER_GROUPS).flatMap(([field, users]) =>
			Object.entries((answer[field] ?? {}) as Record<string, IDataObject[]>).flatMap(
				([dimension, buckets]) =>
					buckets.map((bucket) => ({
						ref_date: answer.ref_date as string,
						users,
						dimension,
						...bucket,
					})),
			),
		),
});
