import { subscribeTemplateSuite, ADD } from './subscribeTemplateHarness';
import {
	addPrivateTemplate,
	MAX_PRIVATE_TEMPLATES,
} from '../../../testkit/servers/fakeWeChat/subscribeRoutes';

describe('Subscribe Template operations (through the n8n engine, against a local WeChat)', () => {
	const suite = subscribeTemplateSuite();

	test('Add sends a form (kidList repeated), returns priTmplId; Get Many then lists it with its keywords', async () => {
		const added = await suite.run('add', {
			tid: '99',
			keywordIds: '3, 1, 5',
			sceneDesc: '下单通知',
		});
		expect(added.error).toBeUndefined();
		const [call] = suite.server.callsTo(ADD);
		expect(call.bodyFormat).toBe('form');
		expect(call.body).toEqual({ tid: '99', kidList: ['3', '1', '5'], sceneDesc: '下单通知' });
		const { priTmplId } = added.output('WeChat')[0];
		expect(added.output('WeChat')).toEqual([
			{
				priTmplId: suite.subscribe.templates[0].priTmplId,
				tid: '99',
				kidList: [3, 1, 5],
				sceneDesc: '下单通知',
			},
		]);
		const listed = await suite.run('getMany', { returnAll: true });
		expect(listed.output('WeChat')).toEqual([
			{
				...suite.subscribe.templates[0],
				priTmplId,
				keywords: [
					{ key: 'time3', type: 'time', label: '下单时间' },
					{ key: 'thing1', type: 'thing', label: '物品名称' },
					{ key: 'amount5', type: 'amount', label: '金额' },
				],
			},
		]);
	});

	test('Add checks its fields before calling WeChat, and is never resent on an unclear answer', async () => {
		const tooFew = await suite.run('add', { tid: '99', keywordIds: '1', sceneDesc: '' });
		expect(tooFew.error?.message).toBe('Choose 2 to 5 keyword IDs, got 1');
		expect(suite.server.callsTo(ADD)).toHaveLength(0);
		suite.server.injectFault(ADD, { kind: 'resetAfterHandling' });
		const lost = await suite.run('add', { tid: '99', keywordIds: '1,2', sceneDesc: '' });
		expect(lost.error?.message).toMatch(/no clear answer .*not resent/);
		expect(suite.server.callsTo(ADD)).toHaveLength(1);
		expect(suite.subscribe.templates).toHaveLength(1);
	});

	test('Add explains the account limit (200012) and a wrong keyword list (200020)', async () => {
		const wrongKid = await suite.run('add', { tid: '99', keywordIds: '1, 42', sceneDesc: '' });
		expect(wrongKid.error?.message).toMatch(/errcode 200020 \(the keyword id list is invalid/);
		for (let i = 0; i < MAX_PRIVATE_TEMPLATES; i++)
			addPrivateTemplate(suite.subscribe, {
				title: `t${i}`,
				content: '{{thing1.DATA}}',
				example: '',
				type: 2,
			});
		const full = await suite.run('add', { tid: '99', keywordIds: '1,2', sceneDesc: '' });
		expect(full.error?.message).toMatch(
			/errcode 200012 \(the account already has the maximum number of private templates \(25\): delete one first\)/,
		);
	});
});
