import type { IDataObject } from 'n8n-workflow';

import { getFamousBrandStatus } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';

const STATUS_NAMES: Record<number, string> = { 1: 'inReview', 2: 'rejected', 3: 'approved' };

/** Where the brand application stands, and WeChat's reason when it was rejected. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'getBrandStatus',
	properties: [],
	item: async (_ctx, client) => {
		const answer = await getFamousBrandStatus(client);
		const application = (answer.application ?? {}) as IDataObject;
		const status = Number(((answer.progress ?? {}) as IDataObject).status ?? application.status);
		return {
			status,
			statusName: STATUS_NAMES[status] ?? `status ${status}`,
			applyFor: Number(application.apply_for),
			auditReason: String(((application.audit_info ?? {}) as IDataObject).audit_reason ?? ''),
		};
	},
});
