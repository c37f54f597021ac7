/**
 * The demo's Third-Party Platform credential keeps its shared state in an n8n Data Table, which n8n
 * serves community nodes only through its public API: once the owner is signed in, this makes an
 * n8n API key (replacing the one of an earlier start) and puts it in that credential, as a person
 * would in Settings > n8n API and the credential dialog.
 */
const LABEL = 'WeChat platform (local demo)';
const SCOPES = [
	'dataTable:create',
	'dataTable:list',
	'dataTable:read',
	'dataTableRow:create',
	'dataTableRow:read',
	'dataTableRow:update',
	'dataTableRow:delete',
];

async function rest(baseUrl, cookie, method, path, body) {
	const answer = await fetch(`${baseUrl}/rest/${path}`, {
		method,
		headers: { 'Content-Type': 'application/json', cookie, 'browser-id': 'demo' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await answer.text();
	if (!answer.ok) throw new Error(`${method} /rest/${path} answered ${answer.status}`);
	return text ? JSON.parse(text).data : undefined;
}

/** Gives the demo's platform credential (from demoCredentials) a fresh n8n API key. */
async function givePlatformCredentialAnApiKey(baseUrl, cookie, demoCredentials) {
	const platform = demoCredentials.find((credential) => credential.type === 'weChatPlatformApi');
	// n8n 2.41.1 lists keys as { items, counts, ... }.
	const listed = await rest(baseUrl, cookie, 'GET', 'api-keys');
	for (const key of Array.isArray(listed) ? listed : (listed?.items ?? []))
		if (key.label === LABEL) await rest(baseUrl, cookie, 'DELETE', `api-keys/${key.id}`);
	const { rawApiKey } = await rest(baseUrl, cookie, 'POST', 'api-keys', {
		label: LABEL,
		scopes: SCOPES,
		expiresAt: null,
	});
	await rest(baseUrl, cookie, 'PATCH', `credentials/${platform.id}`, {
		name: platform.name,
		type: platform.type,
		data: { ...platform.data, n8nApiKey: rawApiKey, n8nApiUrl: `${baseUrl}/api/v1` },
	});
}

module.exports = { givePlatformCredentialAnApiKey };
