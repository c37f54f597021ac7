import { virtualClock } from '../../../testkit/clock/defaultClock';
import { DAY_MS, itemOf, useLinkOperation } from './linkHarness';

const recipients = (count: number) => Array.from({ length: count }, (_, i) => ({ uid: `u${i}` }));

describe('Link > Generate URL Link', () => {
	const perRecipient = useLinkOperation('generateUrlLink', {
		path: 'pages/campaign/campaign',
		query: '={{ "campaign=spring&uid=" + $json.uid }}',
	});

	test('a link per item, expiring after the chosen days counted on the transport clock', async () => {
		const result = await perRecipient.run(recipients(2), { expireDays: 7 });
		expect(result.error).toBeUndefined();
		const now = perRecipient.world().server.clock.now();
		expect(result.items.map((item) => item.json)).toEqual([
			{
				urlLink: expect.stringMatching(/^https:\/\/wxaurl\.cn\/\w+$/),
				path: 'pages/campaign/campaign',
				query: 'campaign=spring&uid=u0',
				expiresAt: new Date(Math.floor(now / 1000) * 1000 + 7 * DAY_MS).toISOString(),
			},
			expect.objectContaining({ query: 'campaign=spring&uid=u1' }),
		]);
		expect(perRecipient.calls()[0].body).toEqual({
			path: 'pages/campaign/campaign',
			query: 'campaign=spring&uid=u0',
			env_version: 'release',
			expire_type: 1,
			expire_interval: 7,
		});
		const made = perRecipient.world().links.links.get(String(result.items[0].json.urlLink));
		expect(made).toMatchObject({ kind: 'urlLink', query: 'campaign=spring&uid=u0' });
	});

	test('Expire At as an n8n date and time becomes expire_time; beyond 30 days or past is refused before sending', async () => {
		const now = perRecipient.world().server.clock.now();
		const at = new Date(now + 10 * DAY_MS).toISOString();
		const made = await perRecipient.run(recipients(1), { expire: 'time', expireAt: at });
		expect(made.error).toBeUndefined();
		expect(made.items[0].json.expiresAt).toBe(
			new Date(Math.floor(Date.parse(at) / 1000) * 1000).toISOString(),
		);
		expect(perRecipient.calls()[0].body).toMatchObject({
			expire_type: 0,
			expire_time: Math.floor(Date.parse(at) / 1000),
		});
		for (const expireAt of [
			new Date(now + 31 * DAY_MS).toISOString(),
			new Date(now - 60_000).toISOString(),
		]) {
			const refused = await perRecipient.run(recipients(1), { expire: 'time', expireAt });
			expect(refused.error?.message).toMatch(/more than 30 days ahead|not in the future/);
		}
		expect(perRecipient.calls()).toHaveLength(1);
	});

	test('a query WeChat refuses is refused before sending, per item', async () => {
		const result = await perRecipient.run(
			[{ uid: 'ok' }, { uid: 'ünï code' }],
			{},
			{
				continueOnFail: true,
			},
		);
		expect(result.items[0].json.urlLink).toBeDefined();
		expect(String(result.items[1].json.error)).toContain('Query holds "ü"');
		expect(perRecipient.calls()).toHaveLength(1);
	});

	test('44993: the daily quota is named, with the item; nothing more is made until midnight China time', async () => {
		perRecipient.world().links.dailyLinkLimit = 3;
		const spent = await perRecipient.run(recipients(5), { options: { requestsInFlight: 1 } });
		expect(spent.error?.message).toContain('44993');
		expect(spent.error?.message).toContain('500000 links a day');
		expect(spent.error?.message).toContain('renews at midnight China time');
		expect(itemOf(spent.error)).toBe(3);
		expect(spent.error?.description).toContain('3 earlier');
		expect(perRecipient.world().links.links.size).toBe(3);

		const now = perRecipient.world().server.clock.now();
		const chinaMidnight = Math.ceil((now + 8 * 3_600_000) / DAY_MS) * DAY_MS - 8 * 3_600_000;
		virtualClock().advanceTo(chinaMidnight);
		// Expiry is judged on the transport's clock, as WeChat judges it on its own: 29.5 days ahead
		// of the (virtual) midnight is within 30 days, whatever the machine's clock says.
		const expireAt = new Date(chinaMidnight + 29.5 * DAY_MS).toISOString();
		const nextDay = await perRecipient.run(recipients(3), { expire: 'time', expireAt });
		expect(nextDay.error).toBeUndefined();
		expect(perRecipient.world().links.links.size).toBe(6);
	});

	test('a Mini Program with no release: 85079 says to publish it', async () => {
		perRecipient.world().links.released = false;
		const result = await perRecipient.run(recipients(1));
		expect(result.error?.message).toContain('85079');
		expect(result.error?.message).toContain('publish it');
	});

	test('many links from one input: bounded in flight, each item its own result in order, Continue On Fail per item', async () => {
		perRecipient.world().server.latency = { ms: 50 };
		const input = recipients(300);
		input[7] = { uid: 'bad uid' }; // refused before sending
		perRecipient.world().links.dailyLinkLimit = 298; // the last item that reaches WeChat meets 44993
		const result = await perRecipient.run(
			input,
			{ options: { requestsInFlight: 25 } },
			{
				continueOnFail: true,
			},
		);
		expect(result.error).toBeUndefined();
		expect(perRecipient.world().server.inFlight.most).toBe(25);
		expect(perRecipient.calls()).toHaveLength(299);
		expect(result.items).toHaveLength(300);
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		const failed = result.items.flatMap((item, index) => (item.json.error ? [index] : []));
		expect(failed).toHaveLength(2);
		expect(failed[0]).toBe(7);
		expect(String(result.items[failed[1]].json.error)).toContain('44993');
		result.items.forEach((item, index) => {
			if (!item.json.error) expect(item.json.query).toBe(`campaign=spring&uid=${input[index].uid}`);
		});
	});
});
