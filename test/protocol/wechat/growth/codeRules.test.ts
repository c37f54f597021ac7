import {
	codePathProblem,
	lineColorProblem,
	parseHexColor,
	sceneProblem,
	unlimitedPageProblem,
	widthProblem,
} from '../../../../nodes/protocol/wechat/growth/codeRules';

describe('Mini Program code rules', () => {
	it('takes a scene of at most 32 of the characters WeChat lists', () => {
		expect(sceneProblem('store=12&table=7')).toBeUndefined();
		expect(sceneProblem("a!#$&'()*+,/:;=?@-._~")).toBeUndefined();
		expect(sceneProblem('x'.repeat(32))).toBeUndefined();
		expect(sceneProblem('x'.repeat(33))).toBe('Scene is 33 characters; WeChat takes at most 32');
		expect(sceneProblem('id=%E4')).toMatch(/^Scene holds "%"/);
		expect(sceneProblem('门店=1')).toMatch(/^Scene holds "门"/);
		expect(sceneProblem('')).toMatch(/empty/);
	});

	it('takes an unlimited code page without a leading slash or a query', () => {
		expect(unlimitedPageProblem('pages/index/index')).toBeUndefined();
		expect(unlimitedPageProblem('')).toBeUndefined();
		expect(unlimitedPageProblem('/pages/index/index')).toMatch(/starts with "\/"/);
		expect(unlimitedPageProblem('pages/index/index?id=1')).toMatch(/put the parameters in Scene/);
	});

	it('measures a QR code path in bytes and a code path in characters', () => {
		expect(codePathProblem('pages/a?b=门', 12, 'characters')).toBeUndefined();
		expect(codePathProblem('pages/a?b=门', 12, 'bytes')).toBe(
			'Path is 13 bytes; WeChat takes at most 12',
		);
		expect(codePathProblem('', 128, 'bytes')).toMatch(/empty/);
	});

	it('takes widths from 280 to 1280 pixels', () => {
		expect(widthProblem(280)).toBeUndefined();
		expect(widthProblem(1280)).toBeUndefined();
		expect(widthProblem(279)).toMatch(/outside/);
		expect(widthProblem(430.5)).toMatch(/outside/);
	});

	it('reads a hex color and checks each channel', () => {
		expect(parseHexColor('#1AAD19')).toEqual({ r: 26, g: 173, b: 25 });
		expect(parseHexColor('1aad19')).toEqual({ r: 26, g: 173, b: 25 });
		expect(parseHexColor('green')).toBeUndefined();
		expect(lineColorProblem({ r: 0, g: 256, b: 0 })).toMatch(/g is 256/);
	});
});
