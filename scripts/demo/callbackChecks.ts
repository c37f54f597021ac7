/**
 * Sends WeChat what WeChat sends, to the demo trigger's production URL in a running n8n: the signed
 * GET handshake with an encrypted echostr, an encrypted follow event, and a forged one. The
 * encryption is testkit's (scripts/lib/weChatCallbacks.ts), apart from the node's own code.
 */
import { restCall } from '../lib/n8nRest';
import type { N8nSession } from '../lib/n8nRest';
import { encryptForPush, pushRequest, signedPushQuery } from '../lib/weChatCallbacks';

export const DEMO_CALLBACKS_WORKFLOW = 'demoCallbacks001';

interface Execution {
	id: string;
	status: string;
}

/** The executions the demo trigger started, newest first, read through n8n's REST API. */
async function triggerExecutions(session: N8nSession): Promise<Execution[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: DEMO_CALLBACKS_WORKFLOW }));
	return (await restCall<{ results: Execution[] }>(session, 'GET', `executions?filter=${filter}`))
		.results;
}

async function waitForExecutions(session: N8nSession, count: number): Promise<Execution[]> {
	for (let attempt = 0; attempt < 30; attempt++) {
		const executions = await triggerExecutions(session);
		if (
			executions.length >= count &&
			executions.every((execution) => execution.status !== 'running' && execution.status !== 'new')
		)
			return executions;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return await triggerExecutions(session);
}

async function checkHandshake(webhookUrl: string, token: string, encrypt: (m: string) => string) {
	const echostr = 'demo-echo-1234567890';
	const encryptedEcho = encrypt(echostr);
	const query = signedPushQuery(token, encryptedEcho);
	query.set('echostr', encryptedEcho);
	const handshake = await fetch(`${webhookUrl}?${query}`);
	const answer = await handshake.text();
	if (handshake.status !== 200 || answer !== echostr)
		throw new Error(`handshake answered ${handshake.status} ${answer}`);
	console.log('  ok  trigger: GET handshake answered the decrypted echostr');
}

async function post(webhookUrl: string, { query, body }: { query: string; body: string }) {
	const answer = await fetch(`${webhookUrl}?${query}`, {
		method: 'POST',
		headers: { 'Content-Type': 'text/xml' },
		body,
	});
	return { status: answer.status, text: await answer.text() };
}

export async function checkCallbacks(
	session: N8nSession,
	webhookUrl: string,
	{ token, encodingAESKey, appId }: { token: string; encodingAESKey: string; appId: string },
): Promise<void> {
	const encrypt = (message: string) => encryptForPush(message, encodingAESKey, appId);
	await checkHandshake(webhookUrl, token, encrypt);

	const event =
		`<xml><ToUserName><![CDATA[gh_demo]]></ToUserName><FromUserName><![CDATA[oDemoUser]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>` +
		'<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxalive_follow_notify]]></Event><FollowNotify><room_id>3</room_id>' +
		'<user_openid><![CDATA[oDemoUser]]></user_openid><time>1700000000</time><live_status>102</live_status><action><![CDATA[add_follow]]></action></FollowNotify></xml>';
	const encryptedEvent = encrypt(event);
	const accepted = await post(webhookUrl, pushRequest(token, encryptedEvent, 'gh_demo'));
	if (accepted.status !== 200 || accepted.text !== 'success')
		throw new Error(`event answered ${accepted.status} ${accepted.text}`);
	console.log('  ok  trigger: encrypted XML event answered "success"');

	const forged = await post(webhookUrl, pushRequest('not-the-token', encryptedEvent, 'gh_demo'));
	if (forged.status !== 401 || forged.text.includes(token))
		throw new Error(`forged event answered ${forged.status} ${forged.text}`);
	console.log(`  ok  trigger: forged event refused (${forged.status} ${forged.text.trim()})`);

	const executions = await waitForExecutions(session, 1);
	if (executions.length !== 1 || executions[0].status !== 'success')
		throw new Error(`trigger executions: ${JSON.stringify(executions)}`);
	const stored = JSON.stringify(
		await restCall<unknown>(session, 'GET', `executions/${executions[0].id}`),
	);
	for (const expected of ['wxalive_follow_notify', 'add_follow', 'dedupKey']) {
		if (!stored.includes(expected)) throw new Error(`the trigger's execution lacks ${expected}`);
	}
	if (stored.includes(encodingAESKey) || stored.includes(token))
		throw new Error('a secret reached the stored execution');
	console.log(
		'  ok  trigger: exactly one execution (the forged event started none), holding the decoded event and its dedupKey',
	);
}
