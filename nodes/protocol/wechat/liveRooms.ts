/** getliveinfo's largest page ("不要设置过大,建议 100 以内"). */
export const MAX_LIVE_ROOMS_PER_PAGE = 100;

/** getliveinfo answers this instead of an empty room_info when there are no (more) rooms. */
export const EMPTY_ROOM_LIST_ERRCODE = 9410000;

export interface LiveRoom {
	roomid: number;
	name: string;
	live_status: number;
	start_time?: number;
	end_time?: number;
	anchor_name?: string;
	[key: string]: unknown;
}

const LIVE_STATUS: Record<number, string> = {
	101: 'live',
	102: 'not started',
	103: 'ended',
	104: 'banned',
	105: 'paused',
	106: 'abnormal',
	107: 'expired',
};

export function liveStatusName(status: unknown): string {
	return LIVE_STATUS[Number(status)] ?? `status ${String(status)}`;
}

/** Whether a room matches what the user typed in the room picker: part of its name or anchor, or its id. */
export function matchesRoomSearch(room: LiveRoom, search: string | undefined): boolean {
	const wanted = (search ?? '').trim().toLowerCase();
	if (wanted === '') return true;
	if (String(room.roomid) === wanted) return true;
	return [room.name, room.anchor_name].some((text) =>
		String(text ?? '')
			.toLowerCase()
			.includes(wanted),
	);
}

export function roomPickerEntry(room: LiveRoom): {
	name: string;
	value: string;
	description: string;
} {
	const anchor = room.anchor_name ? `, anchor ${room.anchor_name}` : '';
	return {
		name: `${room.name} (${room.roomid})`,
		value: String(room.roomid),
		description: `${liveStatusName(room.live_status)}${anchor}`,
	};
}

/**
 * A room id from a parameter: a plain number or string from older workflows, or a resource
 * locator ({ __rl: true, mode, value }). Undefined when empty; otherwise the number given (NaN when
 * not a number), for the caller to check.
 */
export function roomIdFromParameter(parameter: unknown): number | undefined {
	const raw =
		parameter !== null && typeof parameter === 'object' && 'value' in parameter
			? (parameter as { value: unknown }).value
			: parameter;
	if (raw === undefined || raw === null || String(raw).trim() === '') return undefined;
	return Number(String(raw).trim());
}
