import { collectFollowers } from '../../../nodes/protocol/wechat/liveFollowers';
import type { Follower, FollowerPage } from '../../../nodes/protocol/wechat/liveFollowers';

const followers = (from: number, count: number, roomId = 1): Follower[] =>
	Array.from({ length: count }, (_, i) => ({
		openid: `o${from + i}`,
		subscribe_time: from + i,
		room_status: 101,
		room_id: roomId,
	}));

describe('collectFollowers', () => {
	test('stops on an empty page when the last page was full', async () => {
		const pages: FollowerPage[] = [
			{ followers: followers(0, 2000), pageBreak: 1 },
			{ followers: [], pageBreak: 1 },
		];
		const asked: [number, number | undefined][] = [];
		const result = await collectFollowers(async (limit, pageBreak) => {
			asked.push([limit, pageBreak]);
			return pages.shift()!;
		});
		expect(result.followers).toHaveLength(2000);
		expect(asked).toEqual([
			[2000, undefined],
			[2000, 1],
		]);
	});

	test('a page_break seen before is a loop, even if not the last one', async () => {
		const pages: FollowerPage[] = [
			{ followers: followers(0, 2000), pageBreak: 10 },
			{ followers: followers(2000, 2000), pageBreak: 20 },
			{ followers: followers(4000, 2000), pageBreak: 10 },
		];
		await expect(collectFollowers(async () => pages.shift()!)).rejects.toThrow(
			/page_break 10 again after 3 pages \(6000 followers read\)/,
		);
	});

	test('a missing page_break ends the walk', async () => {
		const result = await collectFollowers(async () => ({
			followers: followers(0, 2000),
			pageBreak: undefined,
		}));
		expect(result).toMatchObject({ pagesFetched: 1 });
	});
});
