import { useLinkOperation } from './linkHarness';

describe('Link > Generate NFC Scheme', () => {
	const nfc = useLinkOperation('generateNfcScheme', {
		path: 'pages/index/index',
		query: '={{ "tag=" + $json.tag }}',
		modelId: 'model-1',
		serialNumber: '={{ $json.sn }}',
	});

	test('a scheme per tag, with the model and serial number sent', async () => {
		const result = await nfc.run([
			{ tag: 1, sn: 'SN-1' },
			{ tag: 2, sn: '' },
		]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{
				scheme: expect.stringMatching(/^weixin:\/\//),
				path: 'pages/index/index',
				query: 'tag=1',
				modelId: 'model-1',
				serialNumber: 'SN-1',
			},
			expect.objectContaining({ query: 'tag=2', serialNumber: '' }),
		]);
		const bodies = nfc.calls().map((call) => call.body);
		expect(bodies[0]).toEqual({
			jump_wxa: { path: 'pages/index/index', query: 'tag=1', env_version: 'release' },
			model_id: 'model-1',
			sn: 'SN-1',
		});
		expect(bodies[1]).not.toHaveProperty('sn');
	});

	test('an empty Model ID is refused before sending', async () => {
		const result = await nfc.run([{ tag: 1, sn: '' }], { modelId: ' ' });
		expect(result.error?.message).toContain('Model ID is empty');
		expect(nfc.calls()).toHaveLength(0);
	});

	test('NFC schemes share the daily link quota: 44993 explained', async () => {
		nfc.world().links.dailyLinkLimit = 0;
		const result = await nfc.run([{ tag: 1, sn: '' }]);
		expect(result.error?.message).toContain('44993');
		expect(result.error?.message).toContain('nothing was made');
	});
});
