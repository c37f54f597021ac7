import type { IDataObject } from 'n8n-workflow';

import type { LinkInfo } from '../../transport/weChatApi/link';
import type { WeChatClient } from '../../transport/weChatClient';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';

/** A link's details as flat fields, with its times as ISO dates (0 = never expires). */
export function linkInfoJson({ info, remainingVisitQuota }: LinkInfo): IDataObject {
	const iso = (seconds: unknown) =>
		Number(seconds) > 0 ? new Date(Number(seconds) * 1000).toISOString() : null;
	return {
		appId: String(info.appid ?? ''),
		path: String(info.path ?? ''),
		query: String(info.query ?? ''),
		envVersion: String(info.env_version ?? ''),
		createdAt: iso(info.create_time),
		expiresAt: iso(info.expire_time),
		...(remainingVisitQuota === undefined ? {} : { remainingVisitQuota }),
	};
}

/** Get Scheme Info and Get URL Link Info: one link in a field of that name, its details out. */
export function linkInfoOperation(spec: {
	operation: string;
	/** The parameter and output field holding the link. */
	field: string;
	displayName: string;
	placeholder: string;
	description: string;
	get: (client: WeChatClient, link: string) => Promise<LinkInfo>;
}) {
	return weChatItemOperation({
		resource: 'link',
		operation: spec.operation,
		properties: [
			{
				displayName: spec.displayName,
				name: spec.field,
				type: 'string',
				required: true,
				default: '',
				placeholder: spec.placeholder,
				description: spec.description,
			},
		],
		async item(ctx, client, itemIndex) {
			const link = String(ctx.getNodeParameter(spec.field, itemIndex)).trim();
			refuseIf(ctx, itemIndex, link === '' ? `${spec.displayName} is empty` : undefined);
			return { [spec.field]: link, ...linkInfoJson(await spec.get(client, link)) };
		},
	});
}
