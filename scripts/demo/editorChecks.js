/**
 * What `npm run demo:smoke` checks through a running n8n's REST API, as the editor would use it:
 * the nodes and their icons are served, and each credential's Test button answers right for good
 * and for bad data.
 */
const { signInOwner } = require('./owner');

async function testCredential(baseUrl, cookie, credentials) {
	const answer = await fetch(`${baseUrl}/rest/credentials/test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', cookie, 'browser-id': 'demo' },
		body: JSON.stringify({ credentials }),
	});
	return (await answer.json()).data;
}

module.exports = async function checkEditor(baseUrl, demoCredentials) {
	const cookie = await signInOwner(baseUrl);
	const problems = [];
	const types = await (await fetch(`${baseUrl}/types/nodes.json`, { headers: { cookie } })).json();
	for (const name of [
		'weChatMiniProgram',
		'weChatMiniProgramTrigger',
		'weChatPlatformTrigger',
		'weChatMiniProgramTool',
	]) {
		const type = types.find((node) => node.name === `n8n-nodes-wechat-miniprogram.${name}`);
		if (!type) {
			problems.push(`node type ${name} not loaded`);
			continue;
		}
		for (const icon of Object.values(type.iconUrl ?? {})) {
			const served = await fetch(`${baseUrl}/${icon}`);
			if (!served.ok || !String(served.headers.get('content-type')).includes('svg'))
				problems.push(`icon ${icon}: HTTP ${served.status}`);
		}
		console.log(`  ok  editor: ${name} loaded with its light and dark icons`);
	}
	for (const credential of demoCredentials) {
		const good = await testCredential(baseUrl, cookie, credential);
		const secretField =
			{
				weChatMiniProgramApi: 'appSecret',
				weChatPlatformApi: 'componentAppSecret',
			}[credential.type] ?? 'secretKey';
		const bad = await testCredential(baseUrl, cookie, {
			...credential,
			data: { ...credential.data, [secretField]: 'not-the-right-secret' },
		});
		if (good?.status !== 'OK')
			problems.push(`${credential.type} Test with good data: ${JSON.stringify(good)}`);
		if (bad?.status !== 'Error' || String(bad.message).includes('not-the-right-secret'))
			problems.push(`${credential.type} Test with a wrong secret: ${JSON.stringify(bad)}`);
		console.log(
			`  ok  editor: ${credential.type} Test button: "${good?.message}" / wrong secret: "${bad?.message}"`,
		);
	}
	if (problems.length) throw new Error(problems.join('\n'));
	return cookie;
};
