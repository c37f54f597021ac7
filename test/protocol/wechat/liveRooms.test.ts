import {
	matchesRoomSearch,
	roomIdFromParameter,
	roomPickerEntry,
} from '../../../nodes/protocol/wechat/liveRooms';
import type { LiveRoom } from '../../../nodes/protocol/wechat/liveRooms';

describe('live room picker helpers', () => {
	const room: LiveRoom = {
		roomid: 26,
		name: 'Spring Sale 春季',
		live_status: 101,
		anchor_name: '小王',
	};

	test('search matches part of the name or anchor, any case, or the exact id', () => {
		expect(matchesRoomSearch(room, 'spring')).toBe(true);
		expect(matchesRoomSearch(room, '春季')).toBe(true);
		expect(matchesRoomSearch(room, '小王')).toBe(true);
		expect(matchesRoomSearch(room, '26')).toBe(true);
		expect(matchesRoomSearch(room, '2')).toBe(false);
		expect(matchesRoomSearch(room, '')).toBe(true);
		expect(matchesRoomSearch(room, 'autumn')).toBe(false);
	});

	test('entries show name, id and status', () => {
		expect(roomPickerEntry(room)).toEqual({
			name: 'Spring Sale 春季 (26)',
			value: '26',
			description: 'live, anchor 小王',
		});
	});

	test('room ids come from resource locators, plain numbers and strings', () => {
		expect(roomIdFromParameter({ __rl: true, mode: 'id', value: 1 })).toBe(1);
		expect(
			roomIdFromParameter({ __rl: true, mode: 'list', value: '26', cachedResultName: 'x' }),
		).toBe(26);
		expect(roomIdFromParameter(7)).toBe(7);
		expect(roomIdFromParameter(' 8 ')).toBe(8);
		expect(roomIdFromParameter({ __rl: true, mode: 'list', value: '' })).toBeUndefined();
		expect(roomIdFromParameter(undefined)).toBeUndefined();
		expect(roomIdFromParameter('abc')).toBeNaN();
	});
});
