/**
 * What `npm run demo:smoke` checks through a running n8n's REST API, as the editor would use it:
 * the nodes and their icons are served, and each credential's Test button answers right for good
 * and for bad data.
 */
import type { DemoCredential } from '../lib/credentials';
import { restCall } from '../lib/n8nRest';
import type { N8nSession } from '../lib/n8nRest';

const NODE_TYPES = [
	'weChatMiniProgram',
	'weChatMiniProgramTrigger',
	'weChatPlatformTrigger',
	'weChatMiniProgramTool',
];

/** The field of each credential type that a wrong value must make its Test fail. */
const SECRET_FIELD: Record<string, string> = {
	weChatMiniProgramApi: 'appSecret',
	weChatPlatformApi: 'componentAppSecret',
	tencentChatApi: 'secretKey',
};

type TestAnswer = { status?: string; message?: string } | undefined;

async function testCredential(
	session: N8nSession,
	credentials: DemoCredential,
): Promise<TestAnswer> {
	return await restCall<TestAnswer>(session, 'POST', 'credentials/test', { credentials });
}

async function checkNodeTypes(session: N8nSession, problems: string[]): Promise<void> {
	const answer = await fetch(`${session.baseUrl}/types/nodes.json`, { headers: session.headers });
	const types = (await answer.json()) as { name: string; iconUrl?: Record<string, string> }[];
	for (const name of NODE_TYPES) {
		const type = types.find((node) => node.name === `n8n-nodes-wechat-miniprogram.${name}`);
		if (!type) {
			problems.push(`node type ${name} not loaded`);
			continue;
		}
		for (const icon of Object.values(type.iconUrl ?? {})) {
			const served = await fetch(`${session.baseUrl}/${icon}`);
			if (!served.ok || !String(served.headers.get('content-type')).includes('svg'))
				problems.push(`icon ${icon}: HTTP ${served.status}`);
		}
		console.log(`  ok  editor: ${name} loaded with its light and dark icons`);
	}
}

async function checkCredentialTests(
	session: N8nSession,
	demoCredentials: DemoCredential[],
	problems: string[],
): Promise<void> {
	for (const credential of demoCredentials) {
		const good = await testCredential(session, credential);
		const bad = await testCredential(session, {
			...credential,
			data: { ...credential.data, [SECRET_FIELD[credential.type]]: 'not-the-right-secret' },
		});
		if (good?.status !== 'OK')
			problems.push(`${credential.type} Test with good data: ${JSON.stringify(good)}`);
		if (bad?.status !== 'Error' || String(bad.message).includes('not-the-right-secret'))
			problems.push(`${credential.type} Test with a wrong secret: ${JSON.stringify(bad)}`);
		console.log(
			`  ok  editor: ${credential.type} Test button: "${good?.message}" / wrong secret: "${bad?.message}"`,
		);
	}
}

export async function checkEditor(
	session: N8nSession,
	demoCredentials: DemoCredential[],
): Promise<void> {
	const problems: string[] = [];
	await checkNodeTypes(session, problems);
	await checkCredentialTests(session, demoCredentials, problems);
	if (problems.length) throw new Error(problems.join('\n'));
}
