import { pngFile } from './customerServiceHarness';
import { useCustomerService, UPLOAD } from './customerServiceHarness';

describe('Customer Service > Upload Media', () => {
	const { weChat, run } = useCustomerService();

	test('uploads each binary image as temporary media, byte-exact, and outputs its media id', async () => {
		const images = [pngFile(3000, 1), pngFile(4000, 2)];
		const result = await run(
			{ operation: 'uploadMedia', imageBinaryProperty: 'picture' },
			images.map((image) => ({ binary: { picture: { ...image, fileName: 'a.png' } } })),
		);
		expect(result.error).toBeUndefined();
		const output = result.output('WeChat');
		expect(output).toEqual([
			{ mediaId: expect.stringMatching(/^MEDIA_/), type: 'image' },
			{ mediaId: expect.stringMatching(/^MEDIA_/), type: 'image' },
		]);
		output.forEach((item, index) =>
			expect(weChat().media.media.get(item.mediaId as string)?.bytes).toEqual(images[index].data),
		);
		expect(weChat().server.callsTo(UPLOAD)[0].query.type).toBe('image');
	});

	test('bytes that show another type than their label are refused before upload', async () => {
		const gifBytes = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]);
		const webp = Buffer.concat([Buffer.from('RIFF0000WEBP'), Buffer.alloc(100)]);
		const ok = await run({ operation: 'uploadMedia' }, [
			{ binary: { data: { data: gifBytes, mimeType: 'image/png' } } },
		]);
		expect(ok.error).toBeUndefined();
		const refused = await run({ operation: 'uploadMedia' }, [
			{ binary: { data: { data: webp, mimeType: 'image/png' } } },
		]);
		expect(refused.error?.message).toMatch(
			/WeChat \/cgi-bin\/media\/upload was not called: Image \(binary field "data"\) is image\/webp/,
		);
		expect(weChat().server.callsTo(UPLOAD)).toHaveLength(1);
	});

	test('a missing binary field is named', async () => {
		const result = await run({ operation: 'uploadMedia' }, [{ json: {} }]);
		expect(result.error?.message).toMatch(/data/);
		expect(weChat().server.callsTo(UPLOAD)).toEqual([]);
	});
});
