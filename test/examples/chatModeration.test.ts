/**
 * examples/chat-moderation.json as a user imports it, run through n8n's engine with n8n's own If
 * node behind the real trigger: the local Tencent Cloud Chat pushes signed
 * C2C.CallbackBeforeSendMsg callbacks and records what the workflow answered (issue 21).
 */
import type { INodeType } from 'n8n-workflow';

import { TENCENT_FIXTURES } from '../../testkit/fixtures/tencentCallbackFixtures';
import { installedN8nModules, n8nCoreNodes } from '../../testkit/engine/n8nBuiltinNodes';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import type { WorkflowResult } from '../../testkit/engine/runWorkflow';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { startTriggerServer } from '../trigger/triggerServer';
import type { AnsweringWorkflow, TriggerServer } from '../trigger/triggerServer';
import { afterTrigger, readExample, TRIGGER_TYPE } from './exampleFiles';

const modules = installedN8nModules();
const withN8n = modules ? describe : describe.skip;
const CALLBACK_TOKEN = 'chat-moderation-token-never-shown';
const C2C = TENCENT_FIXTURES.find((f) => f.command === 'C2C.CallbackBeforeSendMsg')!;
const message = (...texts: string[]) => ({
	...C2C.body,
	MsgBody: [
		...texts.map((Text) => ({ MsgType: 'TIMTextElem', MsgContent: { Text } })),
		{ MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'smile' } },
	],
});

withN8n(
	'examples/chat-moderation.json: trigger -> Is Spam? -> Has a Banned Word? -> Answer',
	() => {
		const example = readExample('chat-moderation.json');
		const triggerParameters = example.nodes.find((node) => node.type === TRIGGER_TYPE)!.parameters;
		let core: Record<string, INodeType>;
		let tencent: FakeTencentChat;
		let trigger: TriggerServer;
		const runs: WorkflowResult[] = [];

		beforeAll(async () => {
			core = n8nCoreNodes(modules!);
			tencent = await new FakeTencentChat().start();
			const workflow: AnsweringWorkflow = async (json, respond) => {
				const result = await runWorkflow({
					...afterTrigger(example, json),
					extraNodeTypes: core,
					onSendResponse: (response) =>
						respond({ body: response.body, statusCode: response.statusCode as number | undefined }),
				});
				runs.push(result);
				if (result.error) throw result.error;
			};
			trigger = await startTriggerServer(
				{
					sdkAppId: tencent.sdkAppId,
					secretKey: tencent.secretKey,
					adminIdentifier: 'administrator',
					region: 'console.tim.qq.com',
					callbackToken: CALLBACK_TOKEN,
				},
				triggerParameters,
				'tencentChatApi',
				workflow,
			);
		});
		afterAll(async () => {
			await trigger.close();
			await tencent.stop();
		});
		beforeEach(() => runs.splice(0));

		const push = (payload: Record<string, unknown>) =>
			tencent.pushCallback(trigger.url, CALLBACK_TOKEN, C2C.command, payload);

		test('a clean message is allowed as it is', async () => {
			const pushed = await push(message('see you at the sale'));
			expect(pushed.status).toBe(200);
			expect(pushed.answer).toEqual({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 });
			expect(runs[0].error).toBeUndefined();
		});

		test('banned words are masked in every text element; other elements and CloudCustomData are kept', async () => {
			const pushed = await push(message('Casino night!', 'lottery tickets and a casino'));
			expect(pushed.answer).toEqual({
				ActionStatus: 'OK',
				ErrorInfo: '',
				ErrorCode: 0,
				MsgBody: [
					{ MsgType: 'TIMTextElem', MsgContent: { Text: '****** night!' } },
					{ MsgType: 'TIMTextElem', MsgContent: { Text: '******* tickets and a ******' } },
					{ MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'smile' } },
				],
				CloudCustomData: C2C.body.CloudCustomData,
			});
		});

		test('spam is refused with 120001 and the Error Info the sender sees', async () => {
			const pushed = await push(message('FREE MONEY at http://example.com'));
			expect(pushed.answer).toEqual({
				ActionStatus: 'OK',
				ErrorInfo: 'This message looks like spam and was not sent',
				ErrorCode: 120001,
			});
			expect(tencent.pushedCallbacks.map((p) => p.answer?.ErrorCode)).toContain(120001);
		});

		test('a forged push (another token) is refused and runs nothing', async () => {
			const pushed = await tencent.pushCallback(trigger.url, 'guessed', C2C.command, message('hi'));
			expect(pushed.status).toBe(401);
			expect(runs).toHaveLength(0);
			expect(pushed.rawAnswer).not.toContain(CALLBACK_TOKEN);
		});
	},
);
