import type { INodeParameters } from 'n8n-workflow';

import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { ManualClock } from '../../testkit/clock/manualClock';
import { answeringWorkflow } from './answeringWorkflows';
import {
	CS_USER,
	cardMessage,
	enterSessionEvent,
	imageMessage,
	mediaCheckEvent,
	textMessage,
} from '../../testkit/fixtures/customerServiceFixtures';
import type { AnsweringWorkflow } from '../../testkit/engine/respondLikeN8n';
import { startPlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import type { PlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import { pushToTrigger } from '../../testkit/servers/fakeWeChat/messagePusher';
import type { PushOutcome } from '../../testkit/servers/fakeWeChat/messagePusher';

/** One third-party platform, two merchants it serves: every message reaches it at `.../message/$APPID$`. */
const PLATFORM = {
	componentAppId: 'wxcomponentplatform1',
	componentAppSecret: 'component-app-secret-0123456789',
	token: 'Platform-Push-Token',
	encodingAESKey: 'PlatformKey0123456789abcdefghijklmnopqrstuv',
};
const MERCHANTS = [
	{ appId: 'wxshop0000000001', originalId: 'gh_shop00000001' },
	{ appId: 'wxshop0000000002', originalId: 'gh_shop00000002' },
];
const TRANSFER = 'transfer_customer_service';

interface Running {
	server: PlatformTriggerServer;
	clock: ManualClock;
	push(
		merchant: (typeof MERCHANTS)[number],
		message: Record<string, unknown>,
	): Promise<PushOutcome>;
	items(): Record<string, unknown>[];
}

async function start(
	parameters: INodeParameters = {},
	workflow?: AnsweringWorkflow,
): Promise<Running> {
	const clock = new ManualClock();
	const server = await startPlatformTriggerServer(
		new WeChatPlatformTrigger({ clock }),
		{ ...PLATFORM, apiDomain: 'custom', customBaseUrl: 'http://127.0.0.1:9' },
		async () => {},
		{ parameters, answeringWorkflow: workflow, clock },
	);
	return {
		server,
		clock,
		// As WeChat pushes for a merchant: encrypted with the platform's key for the component App ID.
		push: async (merchant, message) =>
			await pushToTrigger(
				{
					url: `${server.messageUrl}/${merchant.appId}`,
					token: PLATFORM.token,
					aesKey: PLATFORM.encodingAESKey,
					appId: PLATFORM.componentAppId,
					mode: 'safe',
					format: 'xml',
				},
				{ ...message, ToUserName: merchant.originalId },
			),
		items: () => server.started.map((items) => items[0].json as Record<string, unknown>),
	};
}

/** Each merchant's own pushes: MsgIds of 64 bits, distinct per merchant. */
function pushesOf(merchant: (typeof MERCHANTS)[number], index: number) {
	const id = (n: number) => `1844674407370955${index}${n}0`;
	return [
		textMessage(`hello from ${merchant.appId}`, id(1)),
		imageMessage(id(2)),
		cardMessage(id(3)),
		enterSessionEvent(),
		{ ...mediaCheckEvent(`trace-${merchant.appId}`), appid: merchant.appId },
	];
}

function expectTransfer(outcome: PushOutcome, merchant: (typeof MERCHANTS)[number]) {
	expect(outcome.accepted).toBe(true);
	expect(outcome.attempts).toHaveLength(1);
	// WeChat's passive reply at the message URL: encrypted with the platform's key, signed with its
	// token, the component App ID inside (pushToTrigger checks all three before it decrypts).
	expect(outcome.attempts[0].body).toMatch(/^<xml><Encrypt><!\[CDATA\[/);
	expect(outcome.reply).toMatch(
		new RegExp(
			`^<xml><ToUserName><!\\[CDATA\\[${CS_USER}\\]\\]></ToUserName><FromUserName><!\\[CDATA\\[${merchant.originalId}\\]\\]></FromUserName><CreateTime>\\d+</CreateTime><MsgType><!\\[CDATA\\[${TRANSFER}\\]\\]></MsgType></xml>$`,
		),
	);
}

describe('customer service through the third-party platform trigger, two merchants', () => {
	test('every kind arrives per merchant: its fields, the exact MsgId, dedupKey from MsgId, answered success', async () => {
		const running = await start();
		try {
			for (const [index, merchant] of MERCHANTS.entries())
				for (const message of pushesOf(merchant, index)) {
					const outcome = await running.push(merchant, message);
					expect(outcome).toMatchObject({ accepted: true, userSawFailure: false });
					expect(outcome.attempts).toHaveLength(1);
					expect(outcome.attempts[0].body).toBe('success');
				}
			const items = running.items();
			expect(items).toHaveLength(10);
			for (const [index, merchant] of MERCHANTS.entries()) {
				const [text, image, card, entry, verdict] = items.slice(index * 5, index * 5 + 5);
				const msgId = (n: number) => `1844674407370955${index}${n}0`;
				expect(text).toEqual({
					url: 'message',
					...textMessage(`hello from ${merchant.appId}`, msgId(1)),
					ToUserName: merchant.originalId,
					event: 'text',
					dedupKey: `msg:${msgId(1)}`,
					authorizerAppId: merchant.appId,
					authorizerAppIdFrom: 'url',
				});
				expect(typeof text.MsgId).toBe('string');
				expect(image).toMatchObject({
					event: 'image',
					MsgId: msgId(2),
					dedupKey: `msg:${msgId(2)}`,
					PicUrl: imageMessage().PicUrl,
					MediaId: imageMessage().MediaId,
					authorizerAppId: merchant.appId,
				});
				expect(card).toMatchObject({
					event: 'miniprogrampage',
					MsgId: msgId(3),
					dedupKey: `msg:${msgId(3)}`,
					Title: 'Spring tea set',
					PagePath: 'pages/goods/detail?sku=1',
					ThumbMediaId: 'MEDIA_thumb_0001',
					authorizerAppId: merchant.appId,
				});
				expect(entry).toMatchObject({
					event: 'user_enter_tempsession',
					SessionFrom: 'order-page',
					authorizerAppId: merchant.appId,
				});
				expect(entry.dedupKey).toMatch(/^user_enter_tempsession\|/);
				// The verdict names its merchant itself (appid, signed), so the segment only repeats it.
				expect(verdict).toMatchObject({
					event: 'wxa_media_check',
					trace_id: `trace-${merchant.appId}`,
					result: { suggest: 'risky', label: 20002 },
					authorizerAppId: merchant.appId,
					authorizerAppIdFrom: 'message',
				});
				expect(verdict.dedupKey).toMatch(/^wxa_media_check\|/);
			}
			// WeChat's retry of a message: a fresh signature and encryption, the same dedupKey.
			await running.push(MERCHANTS[1], textMessage('again', '18446744073709551610'));
			await running.push(MERCHANTS[1], textMessage('again', '18446744073709551610'));
			expect(
				running
					.items()
					.slice(10)
					.map((item) => item.dedupKey),
			).toEqual(['msg:18446744073709551610', 'msg:18446744073709551610']);
		} finally {
			await running.server.close();
		}
	});

	test('Transfer Unselected Messages to Staff: an unselected image is handed to the staff, encrypted for the message URL; selected text starts the workflow', async () => {
		const running = await start({ events: ['text'], messageAnswer: 'transferUnselected' });
		try {
			for (const [index, merchant] of MERCHANTS.entries()) {
				const [text, image, card, entry] = pushesOf(merchant, index);
				expectTransfer(await running.push(merchant, image), merchant);
				expectTransfer(await running.push(merchant, card), merchant);
				expect((await running.push(merchant, text)).attempts[0].body).toBe('success');
				// Events are never transferred, and unselected ones start nothing.
				expect((await running.push(merchant, entry)).attempts[0].body).toBe('success');
			}
			expect(running.items().map((item) => [item.event, item.authorizerAppId])).toEqual([
				['text', MERCHANTS[0].appId],
				['text', MERCHANTS[1].appId],
			]);
		} finally {
			await running.server.close();
		}
	});

	test.each([
		['transfer_customer_service', 'transfer'],
		['{"MsgType":"transfer_customer_service"}', 'transfer'],
		['success', 'success'],
	])(
		'From the Workflow: Respond to Webhook %s becomes the answer (%s), for each merchant',
		async (responseBody, kind) => {
			const running = await start(
				{ messageAnswer: 'workflow' },
				// JSON goes through n8n's engine (Respond With: JSON); a word as Respond With: Text sends it.
				responseBody.startsWith('{')
					? answeringWorkflow({ responseBody })
					: async (_json, respond) => respond({ body: responseBody }),
			);
			try {
				for (const [index, merchant] of MERCHANTS.entries()) {
					const outcome = await running.push(merchant, pushesOf(merchant, index)[0]);
					if (kind === 'transfer') expectTransfer(outcome, merchant);
					else expect(outcome.attempts.map((attempt) => attempt.body)).toEqual(['success']);
				}
			} finally {
				await running.server.close();
			}
		},
	);

	test("From the Workflow: a workflow later than the deadline gets the default answer, before WeChat's 5 s on the trigger's clock", async () => {
		let deadlineArmed = false;
		const late: AnsweringWorkflow = async (_json, respond, clock) => {
			deadlineArmed = clock.waiting > 0;
			// 4000 ms (the default deadline) pass on the trigger's clock before the workflow answers.
			clock.advance(3999);
			await new Promise((resolve) => setImmediate(resolve));
			clock.advance(1);
			await new Promise((resolve) => setImmediate(resolve));
			respond({ body: 'success' });
		};
		const running = await start(
			{ messageAnswer: 'workflow', messageDefaultAnswer: 'transfer' },
			late,
		);
		try {
			const started = running.clock.now();
			const outcome = await running.push(MERCHANTS[1], pushesOf(MERCHANTS[1], 1)[0]);
			expect(deadlineArmed).toBe(true);
			expectTransfer(outcome, MERCHANTS[1]);
			expect(running.clock.now() - started).toBe(4000);
			expect(running.clock.now() - started).toBeLessThan(5000);
			expect(running.server.logs.join('\n')).toMatch(
				/WeChat Third-Party Platform Trigger, text message: the workflow did not answer .* within the Answer Deadline of 4000 ms/,
			);
			expect(running.server.logs.join('\n')).not.toContain(PLATFORM.encodingAESKey);
		} finally {
			await running.server.close();
		}
	});

	test('From the Workflow: events and tickets are answered at once, without the workflow', async () => {
		let asked = 0;
		const running = await start({ messageAnswer: 'workflow' }, async (_json, respond) => {
			asked++;
			respond({ body: TRANSFER });
		});
		try {
			const entry = await running.push(MERCHANTS[0], enterSessionEvent());
			expect(entry.attempts.map((attempt) => attempt.body)).toEqual(['success']);
			expect(asked).toBe(0);
			expect(running.items().map((item) => item.event)).toEqual(['user_enter_tempsession']);
		} finally {
			await running.server.close();
		}
	});
});
