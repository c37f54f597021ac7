import { binaryBytes, PNG_SIGNATURE, pngSize, useCodeOperation } from './miniProgramCodeHarness';

describe('Mini Program Code > Create QR Code', () => {
	const fromItem = useCodeOperation('createQrCode', {
		path: '={{ $json.path }}',
		fileName: '={{ $json.name }}',
	});

	test('a square QR code as a PNG of the asked width, in the named file', async () => {
		const result = await fromItem.run(
			[{ path: 'pages/store/store?store=12', name: 'store-12.png' }],
			{ options: { width: 800 } },
		);
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.binary!.data).toMatchObject({ fileName: 'store-12.png', mimeType: 'image/png' });
		const png = binaryBytes(item);
		expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
		expect(pngSize(png)).toEqual({ width: 80, height: 80 });
		expect(fromItem.calls()[0].body).toEqual({
			path: 'pages/store/store?store=12',
			width: 800,
		});
	});

	test('a path of more than 128 bytes (Chinese counts 3) is refused before sending', async () => {
		const path = `pages/store/store?name=${'门'.repeat(36)}`; // 23 + 108 bytes, 59 characters
		const result = await fromItem.run([{ path, name: 'x.png' }]);
		expect(result.error?.message).toContain('128');
		expect(fromItem.calls()).toHaveLength(0);
	});

	test('a JSON error labelled as an image is the WeChat error with its meaning', async () => {
		fromItem.world().codes.labels.error = 'image/jpeg';
		fromItem.world().codes.limitedCodeLimit = 0;
		const result = await fromItem.run([{ path: 'pages/store/store?store=1', name: 'a.png' }]);
		expect(result.error?.message).toContain('45029');
		expect(result.error?.message).toContain('Create Unlimited Code');
		expect(result.items).toHaveLength(0);
	});
});
