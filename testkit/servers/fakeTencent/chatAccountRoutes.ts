import { fail, ok } from '../fakeTencentChat';
import type { Answer, FakeTencentChat, TencentRoutes } from '../fakeTencentChat';

/**
 * Tencent Cloud Chat's account commands (im_open_login_svc) and online status (openim) over the
 * server's chatUsers, with Tencent's per-call maximums and per-account codes. Presence is kept per
 * server: a test or the demo sets users online with setChatPresence.
 */

export interface ChatDevice {
	Platform: string;
	Status: 'Online' | 'PushOnline' | 'Offline';
}

const presence = new WeakMap<FakeTencentChat, Map<string, ChatDevice[]>>();

function presenceOf(server: FakeTencentChat): Map<string, ChatDevice[]> {
	let map = presence.get(server);
	if (!map) presence.set(server, (map = new Map()));
	return map;
}

/** Sets a user's devices (none: offline). */
export function setChatPresence(
	server: FakeTencentChat,
	userId: string,
	devices: ChatDevice[],
): void {
	presenceOf(server).set(userId, devices);
}

/** A UserID Tencent accepts: 1 to 32 bytes, no spaces. */
const validUserId = (id: unknown): id is string =>
	typeof id === 'string' && id.length > 0 && Buffer.byteLength(id) <= 32 && !/\s/.test(id);

function limited(list: unknown, max: number, name: string): unknown[] | Answer {
	if (!Array.isArray(list) || list.length === 0 || list.length > max)
		return fail(70402, `${name} takes 1 to ${max} accounts`);
	return list;
}

export function chatAccountRoutes(server: FakeTencentChat): TencentRoutes {
	const users = server.chatUsers;
	const known = (id: string) => users.has(id) || server.admins.has(id);
	const importUser = (id: string, nick?: string, faceUrl?: string) => {
		const previous = users.get(id);
		users.set(id, {
			id,
			nick: nick ?? previous?.nick,
			faceUrl: faceUrl ?? previous?.faceUrl,
			importedAt: previous?.importedAt ?? server.clock.now(),
		});
	};
	return {
		account_import: (body) => {
			if (!validUserId(body.UserID)) return fail(70402, 'invalid UserID');
			importUser(body.UserID, body.Nick as string | undefined, body.FaceUrl as string | undefined);
			return ok();
		},
		multiaccount_import: (body) => {
			const list = limited(body.Accounts, 100, 'Accounts');
			if (!Array.isArray(list)) return list;
			const FailAccounts: unknown[] = [];
			for (const id of list) {
				if (validUserId(id)) importUser(id);
				else FailAccounts.push(id);
			}
			return ok({ FailAccounts });
		},
		account_delete: (body) => {
			const list = limited(body.DeleteItem, 100, 'DeleteItem');
			if (!Array.isArray(list)) return list;
			return ok({
				ResultItem: (list as Answer[]).map(({ UserID }) => {
					if (!validUserId(UserID))
						return { UserID, ResultCode: 70402, ResultInfo: 'invalid UserID' };
					if (!users.delete(UserID))
						return { UserID, ResultCode: 70107, ResultInfo: 'account not exist' };
					presenceOf(server).delete(UserID);
					return { UserID, ResultCode: 0, ResultInfo: '' };
				}),
			});
		},
		account_check: (body) => {
			const list = limited(body.CheckItem, 100, 'CheckItem');
			if (!Array.isArray(list)) return list;
			return ok({
				ResultItem: (list as Answer[]).map(({ UserID }) =>
					validUserId(UserID)
						? {
								UserID,
								ResultCode: 0,
								ResultInfo: '',
								AccountStatus: known(UserID) ? 'Imported' : 'NotImported',
							}
						: { UserID, ResultCode: 70402, ResultInfo: 'invalid UserID' },
				),
			});
		},
		kick: (body) => {
			const id = String(body.UserID ?? '');
			if (!known(id)) return fail(70107, 'account not exist');
			presenceOf(server).set(id, []);
			return ok();
		},
		query_online_status: (body) => {
			const list = body.To_Account;
			if (!Array.isArray(list) || list.length === 0 || list.length > 500)
				return fail(90018, 'To_Account takes 1 to 500 accounts');
			const detail = body.IsNeedDetail === 1;
			const QueryResult: Answer[] = [];
			const ErrorList: Answer[] = [];
			for (const id of list.map(String)) {
				if (!known(id)) {
					ErrorList.push({ To_Account: id, ErrorCode: 70107 });
					continue;
				}
				const devices = presenceOf(server).get(id) ?? [];
				const status = devices.some((d) => d.Status === 'Online')
					? 'Online'
					: devices.some((d) => d.Status === 'PushOnline')
						? 'PushOnline'
						: 'Offline';
				QueryResult.push({ To_Account: id, Status: status, ...(detail && { Detail: devices }) });
			}
			return ok({ QueryResult, ErrorList });
		},
	};
}
