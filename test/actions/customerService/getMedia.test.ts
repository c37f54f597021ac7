import { MEDIA_GET, pngFile, useCustomerService } from './customerServiceHarness';

describe('Customer Service > Get Media', () => {
	const { weChat, run } = useCustomerService();

	test("downloads the image a user sent (the trigger's MediaId) as binary output", async () => {
		const image = pngFile(6000);
		weChat().media.media.set('MEDIA_fromUser', {
			fileName: 'u.png',
			contentType: 'image/png',
			bytes: image.data,
		});
		const result = await run({ operation: 'getMedia', binaryPropertyName: 'picture' }, [
			{ json: { MsgType: 'image', MediaId: 'MEDIA_fromUser' } },
		]);
		expect(result.error).toBeUndefined();
		const item = result.run.data.resultData.runData.WeChat[0].data!.main[0]![0];
		expect(item.json).toEqual({
			mediaId: 'MEDIA_fromUser',
			contentType: 'image/png',
			bytes: 6000,
			fileName: 'MEDIA_fromUser.png',
		});
		expect(Buffer.from(item.binary!.picture.data, 'base64')).toEqual(image.data);
		expect(weChat().server.callsTo(MEDIA_GET)[0].query.media_id).toBe('MEDIA_fromUser');
	});

	test('an unknown or expired media id gets 40007 explained; a 502 is retried (a read)', async () => {
		const missing = await run({
			operation: 'getMedia',
			mediaId: 'MEDIA_gone',
		});
		expect(missing.error?.message).toMatch(/errcode 40007/);
		expect((missing.error as { description?: string }).description).toMatch(/expired \(3 days\)/);
		weChat().media.media.set('MEDIA_ok', {
			fileName: 'a.png',
			contentType: 'image/png',
			bytes: pngFile(10).data,
		});
		weChat().server.injectFault(MEDIA_GET, { kind: 'http', status: 502 });
		const retried = await run({
			operation: 'getMedia',
			mediaId: 'MEDIA_ok',
		});
		expect(retried.error).toBeUndefined();
		expect(weChat().server.callsTo(MEDIA_GET)).toHaveLength(3);
	});
});
