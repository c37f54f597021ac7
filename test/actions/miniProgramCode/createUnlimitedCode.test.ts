import { resetTransport } from '../../../testkit/engine/nodeTransport';
import {
	binaryBytes,
	itemOf,
	PNG_SIGNATURE,
	pngSize,
	useCodeOperation,
} from './miniProgramCodeHarness';

describe('Mini Program Code > Create Unlimited Code', () => {
	const fromItem = useCodeOperation('createUnlimitedCode', {
		scene: '={{ $json.scene }}',
		page: 'pages/store/store',
		fileName: '={{ "store-" + $json.store + ".png" }}',
	});

	test('each item gets its code as a PNG in the binary field, named from the input', async () => {
		const result = await fromItem.run(
			[
				{ scene: 'store=12&table=7', store: 12 },
				{ scene: 'store=13', store: 13 },
			],
			{ options: { width: 560, lineColor: '#1AAD19' } },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		const [first] = result.items;
		expect(first.json).toMatchObject({
			scene: 'store=12&table=7',
			page: 'pages/store/store',
			fileName: 'store-12.png',
			mimeType: 'image/png',
		});
		expect(first.binary!.data).toMatchObject({ fileName: 'store-12.png', mimeType: 'image/png' });
		const png = binaryBytes(first);
		expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
		expect(first.json.fileSize).toBe(png.length);
		expect(pngSize(png).width).toBe(56); // the local WeChat draws a tenth of the width
		expect(binaryBytes(result.items[1])).not.toEqual(png);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const sent = fromItem.calls().map((call) => call.body);
		expect(sent[0]).toMatchObject({
			scene: 'store=12&table=7',
			page: 'pages/store/store',
			check_path: true,
			width: 560,
			line_color: { r: 26, g: 173, b: 25 },
		});
	});

	test('the image is read from its bytes though WeChat labels it JSON', async () => {
		fromItem.world().codes.labels.image = 'application/json';
		const result = await fromItem.run([{ scene: 'a=1', store: 1 }]);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.mimeType).toBe('image/png');
		expect(binaryBytes(result.items[0]).subarray(0, 8)).toEqual(PNG_SIGNATURE);
	});

	test('a JSON error labelled as an image is reported as the WeChat error: code, meaning, item', async () => {
		fromItem.world().codes.labels.error = 'image/jpeg';
		const result = await fromItem.run(
			[
				{ scene: 'a=1', page: 'pages/store/store' },
				{ scene: 'b=2', page: 'pages/unpublished/page' },
			],
			{ page: '={{ $json.page }}' },
		);
		expect(result.error?.message).toContain('/wxa/getwxacodeunlimit');
		expect(result.error?.message).toContain('41030');
		expect(result.error?.message).toContain('does not exist in the released Mini Program');
		expect(itemOf(result.error)).toBe(1);
		expect(result.error?.description).toContain('1 earlier');
		expect(result.items).toHaveLength(0);
	});

	test.each([
		['33 characters', 'a'.repeat(33), '32'],
		['a character WeChat refuses', 'store=12 table=7', '" "'],
		['Chinese characters', '门店=12', '门'],
		['empty', '', 'empty'],
	])('a scene of %s is refused before sending', async (_, scene, says) => {
		const result = await fromItem.run([{ scene, store: 1 }]);
		expect(result.error?.message).toContain('Scene');
		expect(`${result.error?.message} ${result.error?.description}`).toContain(says);
		expect(fromItem.calls()).toHaveLength(0);
	});

	test.each([
		['a leading slash', '/pages/store/store'],
		['a query', 'pages/store/store?store=12'],
	])('a page with %s is refused before sending', async (_, page) => {
		const result = await fromItem.run([{ scene: 'a=1' }], { page });
		expect(result.error).toBeDefined();
		expect(fromItem.calls()).toHaveLength(0);
	});

	test.each([279, 1281])('width %i is refused before sending', async (width) => {
		const result = await fromItem.run([{ scene: 'a=1' }], { options: { width } });
		expect(`${result.error?.message}`).toContain(String(width));
		expect(fromItem.calls()).toHaveLength(0);
	});

	test('Continue On Fail: a refused item is its own error item; the others get their codes, in order', async () => {
		const result = await fromItem.run(
			[
				{ scene: 'a=1', store: 1 },
				{ scene: 'x'.repeat(40), store: 2 },
				{ scene: 'c=3', store: 3 },
			],
			{},
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => Boolean(item.binary))).toEqual([true, false, true]);
		expect(String(result.items[1].json.error)).toContain('Scene');
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(fromItem.calls()).toHaveLength(2);
	});

	test('many codes from one input: never more than Requests in Flight at WeChat, output in input order', async () => {
		fromItem.world().server.latency = { ms: 50 };
		const stores = Array.from({ length: 200 }, (_, store) => ({ scene: `store=${store}`, store }));
		const started = fromItem.world().server.clock.now();
		const result = await fromItem.run(stores, { options: { requestsInFlight: 10 } });
		expect(result.error).toBeUndefined();
		expect(fromItem.world().server.inFlight.most).toBe(10);
		expect(fromItem.calls()).toHaveLength(200);
		expect(result.items.map((item) => item.json.fileName)).toEqual(
			stores.map(({ store }) => `store-${store}.png`),
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual(
			stores.map((_, item) => ({ item })),
		);
		// 200 calls of 50 ms, 10 at a time: at least 20 rounds on the virtual clock.
		expect(fromItem.world().server.clock.now() - started).toBeGreaterThanOrEqual(20 * 50);
	});

	test('45009, more than 5000 codes a minute, means nothing was made: waited out on the clock, every code made once', async () => {
		resetTransport({ rateLimitMaxDelayMs: 5_000 });
		fromItem.world().codes.unlimitedPerMinute = 40;
		const stores = Array.from({ length: 100 }, (_, store) => ({ scene: `store=${store}`, store }));
		const started = fromItem.world().server.clock.now();
		const result = await fromItem.run(stores, {
			options: { requestsInFlight: 10, rateLimitWait: 600 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.fileName)).toEqual(
			stores.map(({ store }) => `store-${store}.png`),
		);
		const answers = fromItem.calls().map((call) => call.answer);
		const refused = answers.filter((answer) =>
			(answer as { binary?: Buffer }).binary?.toString('latin1').includes('"errcode":45009'),
		);
		expect(refused.length).toBeGreaterThan(0);
		expect(answers.length - refused.length).toBe(100);
		// 100 codes at 40 a clock minute: the last ones are made in the third minute at the earliest.
		const minute = Math.floor(started / 60_000);
		expect(
			Math.floor(fromItem.world().server.clock.now() / 60_000) - minute,
		).toBeGreaterThanOrEqual(2);
		expect([...fromItem.world().codes.unlimitedByMinute.values()].every((made) => made <= 40)).toBe(
			true,
		);
	});

	test('45009 with no Rate Limit Wait left fails with the limit named', async () => {
		fromItem.world().codes.unlimitedPerMinute = 0;
		const result = await fromItem.run([{ scene: 'a=1', store: 1 }], {
			options: { rateLimitWait: 0 },
		});
		expect(result.error?.message).toContain('45009');
		expect(result.error?.message).toContain('5000 unlimited codes in a minute');
		expect(result.items).toHaveLength(0);
	});
});
