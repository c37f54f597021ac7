import { buildAddTemplateRequest } from '../../../../nodes/protocol/wechat/subscribe/addTemplateRequest';
import { encodeForm } from '../../../../nodes/protocol/common/formBody';

describe('addtemplate request', () => {
	test('keeps the chosen keyword order and trims the scene', () => {
		expect(buildAddTemplateRequest('401', '3, 5,4', ' 测试数据 ')).toEqual({
			tid: '401',
			kidList: [3, 5, 4],
			sceneDesc: '测试数据',
		});
		expect(buildAddTemplateRequest(401, [1, '2'], '')).toEqual({ tid: '401', kidList: [1, 2] });
	});

	test('refuses what WeChat would refuse', () => {
		expect(() => buildAddTemplateRequest('abc', '1,2', '')).toThrow(
			/Template Title ID must be a number/,
		);
		expect(() => buildAddTemplateRequest('401', '1', '')).toThrow(
			/Choose 2 to 5 keyword IDs, got 1/,
		);
		expect(() => buildAddTemplateRequest('401', '1,2,3,4,5,6', '')).toThrow(/got 6/);
		expect(() => buildAddTemplateRequest('401', '1,1', '')).toThrow(/listed twice/);
		expect(() => buildAddTemplateRequest('401', '1,x', '')).toThrow(
			/"x" is not a positive whole number/,
		);
		expect(() => buildAddTemplateRequest('401', '1,2', '一二三四五六七八九十一二三四五六')).toThrow(
			/at most 15 characters, got 16/,
		);
	});

	test('new one-time titles (10000001 to 19999999) take no keyword ids', () => {
		expect(buildAddTemplateRequest('10000005', '', 'scene')).toEqual({
			tid: '10000005',
			kidList: [],
			sceneDesc: 'scene',
		});
		expect(() => buildAddTemplateRequest('10000005', '1,2', '')).toThrow(/fixed keywords/);
	});

	test('is sent as a form with kidList repeated', () => {
		expect(
			encodeForm({ tid: '401', kidList: [1, 2], sceneDesc: '测试 数据', skipped: undefined }),
		).toBe('tid=401&kidList=1&kidList=2&sceneDesc=%E6%B5%8B%E8%AF%95%20%E6%95%B0%E6%8D%AE');
	});
});
