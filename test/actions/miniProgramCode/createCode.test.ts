import { binaryBytes, itemOf, PNG_SIGNATURE, useCodeOperation } from './miniProgramCodeHarness';

describe('Mini Program Code > Create Code', () => {
	const fromItem = useCodeOperation('createCode', { path: '={{ $json.path }}' });

	test('the code of a path and query as a PNG, its file name made from the path when none is given', async () => {
		const result = await fromItem.run([{ path: 'pages/order/detail?order=1909917325' }], {
			binaryPropertyName: 'code',
			options: { envVersion: 'trial', transparent: true },
		});
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toMatchObject({
			path: 'pages/order/detail?order=1909917325',
			fileName: 'code-pages_order_detail_order_1909917325.png',
			mimeType: 'image/png',
		});
		expect(binaryBytes(item, 'code').subarray(0, 8)).toEqual(PNG_SIGNATURE);
		expect(fromItem.calls()[0].body).toMatchObject({
			path: 'pages/order/detail?order=1909917325',
			env_version: 'trial',
			is_hyaline: true,
		});
	});

	test('45029, the limited codes spent, is explained, with the item; the codes made before are kept', async () => {
		fromItem.world().codes.limitedCodeLimit = 2;
		const result = await fromItem.run(
			['1', '2', '3'].map((order) => ({ path: `pages/order/detail?order=${order}` })),
			{ options: { requestsInFlight: 1 } },
		);
		expect(result.error?.message).toContain('45029');
		expect(result.error?.message).toContain('100000 codes of the limited kind');
		expect(result.error?.message).toContain('Create Unlimited Code');
		expect(itemOf(result.error)).toBe(2);
		expect(result.error?.description).toContain('2 earlier');
	});

	test('a JSON error labelled as an image is the WeChat error, per item under Continue On Fail', async () => {
		fromItem.world().codes.labels.error = 'image/png';
		const result = await fromItem.run(
			[{ path: 'pages/order/detail?order=1' }, { path: 'pages/nowhere/page' }],
			{},
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(Boolean(result.items[0].binary)).toBe(true);
		expect(result.items[1].binary).toBeUndefined();
		expect(String(result.items[1].json.error)).toContain('41030');
		expect(String(result.items[1].json.description)).toContain(
			'does not exist in the released Mini Program',
		);
	});

	test.each([
		['empty', ''],
		['longer than 1024 characters', `pages/order/detail?note=${'x'.repeat(1010)}`],
	])('a path that is %s is refused before sending', async (_, path) => {
		const result = await fromItem.run([{ path }]);
		expect(result.error?.message).toMatch(/Path/);
		expect(fromItem.calls()).toHaveLength(0);
	});

	test('a line color that is not a hex color is refused before sending', async () => {
		const result = await fromItem.run([{ path: 'pages/index/index' }], {
			options: { lineColor: 'green' },
		});
		expect(result.error?.message).toContain('"green"');
		expect(fromItem.calls()).toHaveLength(0);
	});
});
