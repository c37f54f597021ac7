import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { allAuthorizers } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../platformState/componentAuth';
import type { TransportOptions } from '../../transport/transportOptions';

export const description = [];

/** Every merchant that authorised the platform, one item each (all pages, 500 a call). */
export async function execute(
	this: IExecuteFunctions,
	_items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const platform = await openPlatform(this, transport);
	const authorizers = await allAuthorizers(
		async (offset, count) =>
			await platform.callComponent('/cgi-bin/component/api_get_authorizer_list', {
				component_appid: platform.componentAppId,
				offset,
				count,
			}),
	);
	return authorizers.map((authorizer) => ({ json: { ...authorizer }, pairedItem: { item: 0 } }));
}
