import { userWrote } from '../../../testkit/servers/fakeWeChat/customerServiceRoutes';
import { useCustomerService, TYPING } from './customerServiceHarness';

describe('Customer Service > Set Typing', () => {
	const { weChat, run } = useCustomerService();

	const typing = (command: string, openid = 'oUserA') =>
		run({ operation: 'setTyping', openid, command });

	test('shows and cancels "typing" for a user who just wrote', async () => {
		userWrote(weChat().service, 'oUserA');
		const shown = await typing('Typing');
		expect(shown.error).toBeUndefined();
		expect(shown.output('WeChat')).toEqual([
			{ touser: 'oUserA', command: 'Typing', errcode: 0, errmsg: 'ok' },
		]);
		expect((await typing('CancelTyping')).error).toBeUndefined();
		expect(
			weChat()
				.server.callsTo(TYPING)
				.map((call) => call.body),
		).toEqual([
			{ touser: 'oUserA', command: 'Typing' },
			{ touser: 'oUserA', command: 'CancelTyping' },
		]);
	});

	test('a Typing resent after a lost answer meets "already typing" (45081) and counts as done', async () => {
		userWrote(weChat().service, 'oUserA');
		weChat().server.injectFault(TYPING, { kind: 'resetAfterHandling' });
		const result = await typing('Typing');
		expect(result.error).toBeUndefined();
		expect(weChat().server.callsTo(TYPING)).toHaveLength(2);
		expect(weChat().service.refusals).toEqual([{ touser: 'oUserA', errcode: 45081 }]);
	});

	test('more than 30 s after the last exchange WeChat refuses with 45080, explained', async () => {
		userWrote(weChat().service, 'oUserA');
		weChat().clock.now += 31_000;
		const result = await typing('Typing');
		expect(result.error?.message).toMatch(/errcode 45080/);
		expect((result.error as { description?: string }).description).toMatch(
			/within 30 seconds of a message exchanged with the user/,
		);
	});

	test('an empty openid is refused before any call', async () => {
		const result = await typing('Typing', ' ');
		expect(result.error?.message).toMatch(/Recipient Openid is empty/);
		expect(weChat().server.callsTo(TYPING)).toEqual([]);
	});
});
