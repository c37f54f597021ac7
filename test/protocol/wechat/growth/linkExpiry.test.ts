import {
	expiryFields,
	linkPathProblem,
	linkQueryProblem,
} from '../../../../nodes/protocol/wechat/growth/linkExpiry';

const NOW = 1_800_000_000;
const DAY = 86400;

describe('link expiry', () => {
	it('is a moment within 30 days, or 1 to 30 days', () => {
		expect(expiryFields({ after: 'days', days: 30 }, NOW)).toEqual({
			expire_type: 1,
			expire_interval: 30,
		});
		expect(expiryFields({ after: 'time', at: NOW + 30 * DAY }, NOW)).toEqual({
			expire_type: 0,
			expire_time: NOW + 30 * DAY,
		});
	});
	it('refuses what WeChat refuses, with the bound', () => {
		expect(expiryFields({ after: 'days', days: 31 }, NOW)).toMatch(/from 1 to 30/);
		expect(expiryFields({ after: 'days', days: 0 }, NOW)).toMatch(/from 1 to 30/);
		expect(expiryFields({ after: 'time', at: NOW + 30 * DAY + 1 }, NOW)).toMatch(
			/more than 30 days ahead; WeChat takes at most 2027-02-14T08:00:00Z$/,
		);
		expect(expiryFields({ after: 'time', at: NOW }, NOW)).toMatch(/not in the future/);
		expect(expiryFields({ after: 'time', at: NaN }, NOW)).toMatch(/not a date/);
	});
});

describe('link query and path', () => {
	it('takes 1024 characters of the listed ones, % included', () => {
		expect(linkQueryProblem('a=1&b=%E4%B8%AD')).toBeUndefined();
		expect(linkQueryProblem('x'.repeat(1025))).toMatch(/1025 characters/);
		expect(linkQueryProblem('a=中')).toMatch(/holds "中"/);
	});
	it('keeps the query out of the path', () => {
		expect(linkPathProblem('pages/a')).toBeUndefined();
		expect(linkPathProblem('pages/a?x=1')).toMatch(/put it in Query/);
	});
});
