import { randomBytes } from 'node:crypto';

import {
	goodsNameProblem,
	priceProblems,
} from '../../../../nodes/protocol/wechat/broadcast/goodsRules';
import { multipartFile } from '../../../../nodes/protocol/wechat/broadcast/multipart';
import {
	parseGoodsPickerToken,
	parseIdList,
} from '../../../../nodes/protocol/wechat/broadcast/picker';
import {
	roomNameProblems,
	scheduleProblems,
} from '../../../../nodes/protocol/wechat/broadcast/roomRules';
import { weChatTextWidth } from '../../../../nodes/protocol/wechat/broadcast/textRules';
import { toUnixSeconds } from '../../../../nodes/protocol/wechat/broadcast/unixTime';

const NOW = Date.UTC(2026, 0, 31, 12, 0, 0) / 1000;

describe('live broadcast rules', () => {
	test('a Chinese character counts as two, ASCII as one', () => {
		expect(weChatTextWidth('直播abc')).toBe(7);
		expect(roomNameProblems({ name: '直播间', anchorName: '小王' }).filter(Boolean)).toEqual([]);
		expect(roomNameProblems({ name: 'abcde', anchorName: 'abc' }).filter(Boolean)).toHaveLength(2);
		expect(roomNameProblems({ name: 'abcdef', anchorName: 'abcd' }).filter(Boolean)).toEqual([]);
		expect(goodsNameProblem('一二三四五六七八九十一二三四')).toBeUndefined();
		expect(goodsNameProblem('一二三四五六七八九十一二三四五')).toMatch(/30 characters wide/);
	});

	test('the schedule: 10 minutes to 6 calendar months ahead, 30 minutes to 24 hours long, edges included', () => {
		const ok = { startTime: NOW + 600, endTime: NOW + 600 + 1800 };
		expect(scheduleProblems(ok, NOW)).toEqual([]);
		expect(scheduleProblems({ startTime: NOW + 599, endTime: NOW + 599 + 1800 }, NOW)).toHaveLength(
			1,
		);
		expect(scheduleProblems({ ...ok, endTime: ok.startTime + 1799 }, NOW)).toHaveLength(1);
		expect(scheduleProblems({ ...ok, endTime: ok.startTime + 86400 }, NOW)).toEqual([]);
		expect(scheduleProblems({ ...ok, endTime: ok.startTime + 86401 }, NOW)).toHaveLength(1);
		// 31 January + 6 months is 31 July (calendar months, not 180 days).
		const july31 = Date.UTC(2026, 6, 31, 12, 0, 0) / 1000;
		expect(scheduleProblems({ startTime: july31, endTime: july31 + 3600 }, NOW)).toEqual([]);
		expect(scheduleProblems({ startTime: july31 + 1, endTime: july31 + 3600 }, NOW)[0]).toMatch(
			/within 6 months/,
		);
	});

	test('prices: two decimals, a range rises, a discount falls', () => {
		expect(priceProblems({ priceType: 1, price: 0.01 }).filter(Boolean)).toEqual([]);
		expect(priceProblems({ priceType: 1, price: 19.99 }).filter(Boolean)).toEqual([]);
		expect(priceProblems({ priceType: 1, price: 0 }).filter(Boolean)).toHaveLength(1);
		expect(priceProblems({ priceType: 2, price: 10 }).filter(Boolean)).toEqual([
			'Price 2 is required for a range or a discount',
		]);
		expect(priceProblems({ priceType: 3, price: 10, price2: 10 }).filter(Boolean)).toHaveLength(1);
		expect(priceProblems({ priceType: 4, price: 10 }).filter(Boolean)).toHaveLength(1);
	});

	test("times: numbers as seconds or milliseconds, text with an offset as is, without one in the workflow's zone", () => {
		expect(toUnixSeconds(1764590400, 'UTC')).toBe(1764590400);
		expect(toUnixSeconds(1764590400123, 'UTC')).toBe(1764590400);
		expect(toUnixSeconds('2026-12-02T20:00:00Z', 'Asia/Shanghai')).toBe(
			Date.UTC(2026, 11, 2, 20) / 1000,
		);
		expect(toUnixSeconds('2026-12-02T20:00:00+08:00', 'UTC')).toBe(
			Date.UTC(2026, 11, 2, 12) / 1000,
		);
		expect(toUnixSeconds('2026-12-02T20:00:00', 'Asia/Shanghai')).toBe(
			Date.UTC(2026, 11, 2, 12) / 1000,
		);
		// New York is UTC-4 in July and UTC-5 in December.
		expect(toUnixSeconds('2026-07-01 09:30:00', 'America/New_York')).toBe(
			Date.UTC(2026, 6, 1, 13, 30) / 1000,
		);
		expect(toUnixSeconds('2026-12-01T09:30:00', 'America/New_York')).toBe(
			Date.UTC(2026, 11, 1, 14, 30) / 1000,
		);
		expect(toUnixSeconds('tomorrow', 'UTC')).toBeUndefined();
		expect(toUnixSeconds('', 'UTC')).toBeUndefined();
	});

	test('multipart: one file part, byte-exact, boundary in the content type', () => {
		const data = randomBytes(3000);
		const { body, contentType } = multipartFile({
			field: 'media',
			fileName: 'a"b.png',
			contentType: 'image/png',
			data,
		});
		const boundary = /boundary=(.+)$/.exec(contentType)![1];
		const text = body.toString('latin1');
		expect(
			text.startsWith(
				`--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="a_b.png"\r\nContent-Type: image/png\r\n\r\n`,
			),
		).toBe(true);
		expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
		const start = body.indexOf('\r\n\r\n') + 4;
		expect(body.subarray(start, start + data.length)).toEqual(data);
	});

	test('id lists and the goods picker token', () => {
		expect(parseIdList('1, 2\n3;4')).toEqual({ ids: [1, 2, 3, 4], invalid: [] });
		expect(parseIdList([5, '6', 'x', 0])).toEqual({ ids: [5, 6], invalid: ['x', '0'] });
		expect(parseGoodsPickerToken(undefined, [0, 1, 2, 3])).toEqual({ statusIndex: 0, offset: 0 });
		expect(parseGoodsPickerToken('2:100', [0, 1, 2, 3])).toEqual({ statusIndex: 2, offset: 100 });
		expect(parseGoodsPickerToken('1:0', [2])).toEqual({ statusIndex: 0, offset: 0 });
	});
});
