import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { withNodeErrors } from '../transport/nodeErrors';
import type { TransportOptions } from '../transport/transportOptions';
import { getDeliveryCompanies } from '../transport/weChatApi/shipping';
import { WeChatClient } from '../transport/weChatClient';

/** WeChat's carriers, for the shipping upload's carrier dropdown. */
export function getDeliveryCompaniesOptions(transport: TransportOptions) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await withNodeErrors(this, async () => {
			const carriers = await getDeliveryCompanies(await WeChatClient.create(this, transport));
			return carriers
				.map((carrier) => ({
					name: `${carrier.delivery_name} (${carrier.delivery_id})`,
					value: carrier.delivery_id,
				}))
				.sort((a, b) => a.name.localeCompare(b.name));
		});
	};
}
