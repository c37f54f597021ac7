import { TENCENT_CALLBACK_OK } from '../../nodes/protocol/tencent/callback/callbackConfig';
import {
	fixtureBody,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SDK_APP_ID,
	TEST_SECRET_KEY,
} from '../../testkit/fixtures/tencentCallbackFixtures';
import type { TencentFixture } from '../../testkit/fixtures/tencentCallbackFixtures';
import { expectRefusedWithoutSecrets } from './refusals';
import { send, startTriggerServer } from './triggerServer';
import type { AnsweringWorkflow, HttpAnswer, TriggerServer } from './triggerServer';

/** What the Tencent Cloud Chat trigger tests share: the credential, posting, the answers. */
export const TENCENT_CREDENTIALS = {
	sdkAppId: TEST_SDK_APP_ID,
	secretKey: TEST_SECRET_KEY,
	adminIdentifier: 'administrator',
	region: 'console.tim.qq.com',
	callbackToken: TEST_CALLBACK_TOKEN,
};
export const TENCENT_SECRETS = [TEST_CALLBACK_TOKEN, TEST_SECRET_KEY];
export const TENCENT_SOURCE = { source: 'tencentChat' };
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The trigger in Tencent Cloud Chat mode with the test credential (`credential` overrides parts). */
export function startTencentTrigger(
	parameters: Record<string, unknown> = {},
	credential: Record<string, string> = {},
): Promise<TriggerServer> {
	return startTriggerServer(
		{ ...TENCENT_CREDENTIALS, ...credential },
		{ ...TENCENT_SOURCE, ...parameters } as never,
		'tencentChatApi',
	);
}

export function postCallback(
	server: TriggerServer,
	body: string | undefined,
	query: object = tencentQuery(),
	contentType: string | undefined = 'application/json',
) {
	return send(server.url, { query, body, contentType });
}

export function expectCallbackOk(answer: HttpAnswer) {
	expect(answer.status).toBe(200);
	expect(answer.contentType).toBe('application/json; charset=utf-8');
	expect(JSON.parse(answer.body)).toEqual({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 });
	expect(answer.body).toBe(TENCENT_CALLBACK_OK);
}

export function expectCallbackRefused(
	server: TriggerServer,
	answer: HttpAnswer,
	status: number,
	reason: RegExp,
) {
	expectRefusedWithoutSecrets(TENCENT_SECRETS, server, answer, status, reason);
}

/** A trigger whose before-callbacks the workflow answers; no secret may show in its logs. */
export async function withTrigger(
	workflow: AnsweringWorkflow,
	parameters: Record<string, unknown>,
	test: (server: TriggerServer) => Promise<void>,
) {
	const server = await startTriggerServer(
		TENCENT_CREDENTIALS,
		{ source: 'tencentChat', beforeCallbackAnswer: 'workflow', ...parameters },
		'tencentChatApi',
		workflow,
	);
	try {
		await test(server);
		for (const line of server.logs)
			for (const secret of TENCENT_SECRETS) expect(line).not.toContain(secret);
	} finally {
		await server.close();
	}
}

export async function deliver(server: TriggerServer, f: TencentFixture, body = fixtureBody(f)) {
	return await send(server.url, {
		query: tencentQuery({ command: f.command }),
		body,
		contentType: 'application/json',
	});
}

/** Waits until the trigger has logged `line` (the late answer is dropped after the answer went out). */
export async function logged(server: TriggerServer, line: RegExp): Promise<void> {
	while (!line.test(server.logs.join('\n')))
		await new Promise((resolve) => setTimeout(resolve, 20));
}

export function expectJsonAnswer(
	answer: { status: number; contentType: string; body: string },
	expected: string,
) {
	expect(answer.status).toBe(200);
	expect(answer.contentType).toBe('application/json; charset=utf-8');
	expect(answer.body).toBe(expected);
}
