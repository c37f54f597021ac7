import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import { ROLE_ERRCODES } from '../../../protocol/wechat/broadcast/errcodes';
import type { WeChatClient } from '../weChatClient';
import { BROADCAST, once } from './broadcastCalls';

/**
 * Live member roles (live broadcast API). Adds and removals are sent once: a resent one that went
 * through answers "already added" / "not found" and hides what happened. Reads are retried.
 */

/** Answers `codeurl` when an anchor must verify their real name first (errcode 400002). */
export async function addRole(client: WeChatClient, username: string, role: number): Promise<void> {
	await client.post(`${BROADCAST}/role/addrole`, { username, role }, once(ROLE_ERRCODES));
}

export async function deleteRole(
	client: WeChatClient,
	username: string,
	role: number,
): Promise<void> {
	await client.post(`${BROADCAST}/role/deleterole`, { username, role }, once(ROLE_ERRCODES));
}

export interface LiveMember {
	username: string;
	nickname: string;
	roleList: number[];
	[key: string]: unknown;
}

/** Live members with a role (-1 all), optionally matching `keyword`, a getrolelist page at a time. */
export function memberPages(
	client: WeChatClient,
	role: number,
	keyword?: string,
): FetchOffsetPage<LiveMember> {
	return async (offset, limit) => {
		const query: Record<string, string | number> = { role, offset, limit };
		if (keyword) query.keyword = keyword;
		const answer = await client.get(`${BROADCAST}/role/getrolelist`, query, ROLE_ERRCODES);
		const total = Number(answer.total);
		return {
			items: Array.isArray(answer.list) ? (answer.list as LiveMember[]) : [],
			total: Number.isFinite(total) ? total : undefined,
		};
	};
}
