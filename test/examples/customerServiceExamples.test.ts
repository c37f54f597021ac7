/**
 * The two customer service examples as a user imports them, run through n8n's engine with n8n's
 * own Switch, If and Respond to Webhook nodes (from the n8n that scripts/n8n/install.js keeps),
 * behind the real trigger, against the local WeChat's pushes and customer service.
 */
import type { INodeType } from 'n8n-workflow';

import { CS_USER, imageMessage, textMessage } from '../../testkit/fixtures/customerServiceFixtures';
import { TEST_AES_KEY, TEST_APP_ID, TEST_TOKEN } from '../../testkit/fixtures/wechatTestCrypto';
import {
	installedN8nModules,
	n8nAgentNode,
	n8nCoreNodes,
	standInChatModel,
} from '../../testkit/engine/n8nBuiltinNodes';
import {
	addContentSecurityRoutes,
	userVisited,
} from '../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import type { WorkflowResult } from '../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { userWrote } from '../../testkit/servers/fakeWeChat/customerServiceRoutes';
import { pushToTrigger } from '../../testkit/servers/fakeWeChat/messagePusher';
import { startCustomerServiceWeChat } from '../actions/customerService/customerServiceHarness';
import type { CustomerServiceWeChat } from '../actions/customerService/customerServiceHarness';
import { startTriggerServer } from '../trigger/triggerServer';
import type { AnsweringWorkflow } from '../trigger/triggerServer';
import { afterTrigger, readExample, TRIGGER_TYPE } from './exampleFiles';

const modules = installedN8nModules();
if (!modules)
	console.warn(
		'n8n 2.41.1 is not installed (node scripts/n8n/install.js): the example runs are skipped',
	);
const withN8n = modules ? describe : describe.skip;

const pushTarget = (url: string) => ({
	url,
	token: TEST_TOKEN,
	aesKey: TEST_AES_KEY,
	appId: TEST_APP_ID,
	mode: 'safe' as const,
	format: 'xml' as const,
});

withN8n(
	'examples/customer-service-keyword-auto-reply.json: trigger -> Switch -> Send, a person for anything else',
	() => {
		let weChat: CustomerServiceWeChat;
		let core: Record<string, INodeType>;
		const runs: WorkflowResult[] = [];
		beforeAll(() => {
			core = n8nCoreNodes(modules!);
		});
		beforeEach(async () => {
			weChat = await startCustomerServiceWeChat();
			userWrote(weChat.service, CS_USER);
			runs.splice(0);
		});
		afterEach(async () => await weChat.server.stop());

		const example = readExample('customer-service-keyword-auto-reply.json');
		const triggerParameters = example.nodes.find((node) => node.type === TRIGGER_TYPE)!.parameters;

		/** The real trigger in front, the example's nodes behind it, as n8n would run them. */
		const startExample = () => {
			const workflow: AnsweringWorkflow = async (json, respond) => {
				const result = await runWorkflow({
					...afterTrigger(example, json),
					credentials: weChatCredentials(weChat.server),
					extraNodeTypes: core,
					onSendResponse: (response) =>
						respond({ body: response.body, statusCode: response.statusCode as number | undefined }),
				});
				runs.push(result);
				if (result.error) throw result.error;
			};
			return startTriggerServer(
				{ appId: TEST_APP_ID, token: TEST_TOKEN, encodingAESKey: TEST_AES_KEY },
				triggerParameters,
				'weChatMiniProgramApi',
				workflow,
			);
		};

		test.each([
			['我的订单到哪里了?', /我的 > 订单/],
			['How do I return this? I want a refund', /After-Sales/],
		])(
			'"%s" is acknowledged at once and answered with the matching text',
			async (content, answer) => {
				const trigger = await startExample();
				try {
					const outcome = await pushToTrigger(pushTarget(trigger.url), textMessage(content));
					expect(outcome.attempts).toHaveLength(1);
					expect(outcome.attempts[0].body).toBe('success');
					await waitFor(() => runs.length === 1);
					expect(runs[0].error).toBeUndefined();
					expect(weChat.service.sent[0].body).toMatchObject({
						touser: CS_USER,
						msgtype: 'text',
						text: { content: expect.stringMatching(answer) },
					});
				} finally {
					await trigger.close();
				}
			},
		);

		test('anything else is handed to the staff with transfer_customer_service, encrypted; nothing is sent', async () => {
			const trigger = await startExample();
			try {
				const outcome = await pushToTrigger(pushTarget(trigger.url), textMessage('你们几点关门?'));
				expect(outcome.attempts).toHaveLength(1);
				expect(outcome.attempts[0].body).toMatch(/^<xml><Encrypt>/);
				expect(outcome.reply).toMatch(
					/<MsgType><!\[CDATA\[transfer_customer_service\]\]><\/MsgType>/,
				);
				expect(weChat.service.sent).toEqual([]);
			} finally {
				await trigger.close();
			}
		});

		test('an image (not selected) is transferred by the default answer without running the workflow', async () => {
			const trigger = await startExample();
			try {
				const outcome = await pushToTrigger(pushTarget(trigger.url), imageMessage());
				expect(outcome.reply).toMatch(/transfer_customer_service/);
				expect(runs).toEqual([]);
			} finally {
				await trigger.close();
			}
		});
	},
);

withN8n(
	'examples/customer-service-ai-answer.json: trigger -> AI Agent -> Check Text -> Send, a fallback unless pass',
	() => {
		const example = readExample('customer-service-ai-answer.json');
		const triggerParameters = example.nodes.find((node) => node.type === TRIGGER_TYPE)!.parameters;
		let weChat: CustomerServiceWeChat;
		beforeEach(async () => {
			weChat = await startCustomerServiceWeChat();
			userWrote(weChat.service, CS_USER);
			userVisited(
				addContentSecurityRoutes(weChat.server, () => weChat.clock.now),
				CS_USER,
			);
		});
		afterEach(async () => await weChat.server.stop());

		/** Pushes the user's message to the real trigger, then runs the example on what it emitted. */
		const answer = async (modelSays: string) => {
			const trigger = await startTriggerServer(
				{ appId: TEST_APP_ID, token: TEST_TOKEN, encodingAESKey: TEST_AES_KEY },
				triggerParameters,
			);
			try {
				const outcome = await pushToTrigger(
					pushTarget(trigger.url),
					textMessage('我的订单到哪里了?'),
				);
				expect(outcome.attempts[0].body).toBe('success');
				const [[[item]]] = trigger.started;
				return await runWorkflow({
					...afterTrigger(example, item.json, { 'OpenAI Chat Model': 'test.standInChatModel' }),
					credentials: weChatCredentials(weChat.server),
					extraNodeTypes: {
						...n8nCoreNodes(modules!),
						...n8nAgentNode(modules!),
						'test.standInChatModel': standInChatModel(modules!, [modelSays]),
					},
				});
			} finally {
				await trigger.close();
			}
		};

		test('an answer WeChat passes is sent as the model wrote it', async () => {
			const result = await answer('您的订单已发货,预计明天送达。');
			expect(result.error).toBeUndefined();
			expect(result.output('AI Agent')).toEqual([{ output: '您的订单已发货,预计明天送达。' }]);
			expect(result.output('Check Answer')[0]).toMatchObject({ suggest: 'pass', pass: true });
			expect(weChat.service.sent.map((message) => message.body)).toEqual([
				{ touser: CS_USER, msgtype: 'text', text: { content: '您的订单已发货,预计明天送达。' } },
			]);
		});

		test.each([
			['risky', '来我们的赌博网站看看'],
			['review', 'Join our giveaway!'],
		])('a %s answer is never sent: the fallback goes instead', async (verdict, modelSays) => {
			const result = await answer(modelSays);
			expect(result.error).toBeUndefined();
			expect(result.output('Check Answer')[0]).toMatchObject({ suggest: verdict, pass: false });
			expect(weChat.service.sent).toHaveLength(1);
			expect(weChat.service.sent[0].body).toMatchObject({
				text: { content: expect.stringMatching(/a colleague will answer you shortly/) },
			});
		});
	},
);

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > until) throw new Error('the condition was not met in time');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
