/**
 * Sends WeChat what WeChat sends, to the demo trigger's production URL in a running n8n: the signed
 * GET handshake with an encrypted echostr, an encrypted follow event, and a forged one. Encryption
 * here is written from WeChat's spec, apart from the node's own code.
 */
const { createCipheriv, createHash, randomBytes } = require('node:crypto');

const sha1 = (...parts) => createHash('sha1').update(parts.sort().join('')).digest('hex');

function encrypt(message, { aesKey, appId }) {
	const key = Buffer.from(`${aesKey}=`, 'base64');
	const body = Buffer.from(message, 'utf8');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(body.length, 0);
	const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(appId)]);
	const pad = 32 - (plain.length % 32);
	const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
	return Buffer.concat([
		cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
		cipher.final(),
	]).toString('base64');
}

function signed(token, encrypted) {
	const timestamp = String(Math.floor(Date.now() / 1000));
	const nonce = String(Math.floor(Math.random() * 1e9));
	return new URLSearchParams({
		signature: sha1(token, timestamp, nonce),
		timestamp,
		nonce,
		encrypt_type: 'aes',
		msg_signature: sha1(token, timestamp, nonce, encrypted),
	});
}

/** The executions the demo trigger started, newest first, read through n8n's REST API. */
async function triggerExecutions(baseUrl, cookie) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: 'demoCallbacks001' }));
	const answer = await fetch(`${baseUrl}/rest/executions?filter=${filter}`, {
		headers: { cookie },
	});
	return (await answer.json()).data.results;
}

async function waitForExecutions(baseUrl, cookie, count) {
	for (let attempt = 0; attempt < 30; attempt++) {
		const executions = await triggerExecutions(baseUrl, cookie);
		if (
			executions.length >= count &&
			executions.every((execution) => execution.status !== 'running' && execution.status !== 'new')
		)
			return executions;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return await triggerExecutions(baseUrl, cookie);
}

module.exports = async function checkCallbacks(
	baseUrl,
	cookie,
	webhookUrl,
	{ token, encodingAESKey, appId },
) {
	const secrets = { aesKey: encodingAESKey, appId };
	const echostr = 'demo-echo-1234567890';
	const encryptedEcho = encrypt(echostr, secrets);
	const handshakeQuery = signed(token, encryptedEcho);
	handshakeQuery.set('echostr', encryptedEcho);
	const handshake = await fetch(`${webhookUrl}?${handshakeQuery}`);
	const handshakeAnswer = await handshake.text();
	if (handshake.status !== 200 || handshakeAnswer !== echostr)
		throw new Error(`handshake answered ${handshake.status} ${handshakeAnswer}`);
	console.log('  ok  trigger: GET handshake answered the decrypted echostr');

	const event =
		`<xml><ToUserName><![CDATA[gh_demo]]></ToUserName><FromUserName><![CDATA[oDemoUser]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>` +
		'<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxalive_follow_notify]]></Event><FollowNotify><room_id>3</room_id>' +
		'<user_openid><![CDATA[oDemoUser]]></user_openid><time>1700000000</time><live_status>102</live_status><action><![CDATA[add_follow]]></action></FollowNotify></xml>';
	const encryptedEvent = encrypt(event, secrets);
	const envelope = `<xml><ToUserName><![CDATA[gh_demo]]></ToUserName><Encrypt><![CDATA[${encryptedEvent}]]></Encrypt></xml>`;
	const post = await fetch(`${webhookUrl}?${signed(token, encryptedEvent)}`, {
		method: 'POST',
		headers: { 'Content-Type': 'text/xml' },
		body: envelope,
	});
	const postAnswer = await post.text();
	if (post.status !== 200 || postAnswer !== 'success')
		throw new Error(`event answered ${post.status} ${postAnswer}`);
	console.log('  ok  trigger: encrypted XML event answered "success"');

	const forged = await fetch(`${webhookUrl}?${signed('not-the-token', encryptedEvent)}`, {
		method: 'POST',
		headers: { 'Content-Type': 'text/xml' },
		body: envelope,
	});
	const forgedAnswer = await forged.text();
	if (forged.status !== 401 || forgedAnswer.includes(token))
		throw new Error(`forged event answered ${forged.status} ${forgedAnswer}`);
	console.log(`  ok  trigger: forged event refused (${forged.status} ${forgedAnswer.trim()})`);

	const executions = await waitForExecutions(baseUrl, cookie, 1);
	if (executions.length !== 1 || executions[0].status !== 'success')
		throw new Error(`trigger executions: ${JSON.stringify(executions)}`);
	const detail = await (
		await fetch(`${baseUrl}/rest/executions/${executions[0].id}`, { headers: { cookie } })
	).json();
	const stored = JSON.stringify(detail.data);
	for (const expected of ['wxalive_follow_notify', 'add_follow', 'dedupKey']) {
		if (!stored.includes(expected)) throw new Error(`the trigger's execution lacks ${expected}`);
	}
	if (stored.includes(encodingAESKey) || stored.includes(token))
		throw new Error('a secret reached the stored execution');
	console.log(
		'  ok  trigger: exactly one execution (the forged event started none), holding the decoded event and its dedupKey',
	);
};
