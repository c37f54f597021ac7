import type { IDataObject } from 'n8n-workflow';

import type { LinkInfo } from '../../transport/weChatApi/link';

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
