/**
 * Activates (publishes) workflows through main's REST API, as the editor's toggle does: sets up the
 * owner account, logs in, and activates each workflow's current version. main then registers the
 * production webhooks in the database, where the webhook processor finds them. Scenarios that
 * build their own credentials and workflows as a user does sign in again (ownerLogin).
 */
const OWNER = {
	email: 'e2e@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2eQueuePassw0rd!',
};

async function ownerCookie(baseUrl: string): Promise<string> {
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	const cookie = setup.headers.get('set-cookie');
	if (!setup.ok || !cookie)
		throw new Error(`owner setup answered ${setup.status}: ${await setup.text()}`);
	return cookie.split(';')[0];
}

export async function activateWorkflows(baseUrl: string, workflowIds: string[]): Promise<void> {
	const session = sessionOf(baseUrl, await ownerCookie(baseUrl));
	for (const id of workflowIds) await activateWorkflow(session, id);
}

/** The owner's signed-in REST session on main (after activateWorkflows has set the owner up). */
export interface N8nSession {
	baseUrl: string;
	headers: Record<string, string>;
}

function sessionOf(baseUrl: string, cookie: string): N8nSession {
	return { baseUrl, headers: { cookie, 'content-type': 'application/json', 'browser-id': 'e2e' } };
}

export async function ownerLogin(baseUrl: string): Promise<N8nSession> {
	const login = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': 'e2e' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	const cookie = login.headers.get('set-cookie');
	if (!login.ok || !cookie)
		throw new Error(`login answered ${login.status}: ${(await login.text()).slice(0, 300)}`);
	return sessionOf(baseUrl, cookie.split(';')[0]);
}

/** One call to main's REST API (below /rest/); the answer's `data`. */
export async function restCall<T>(
	session: N8nSession,
	method: string,
	path: string,
	body?: unknown,
): Promise<T> {
	const answer = await fetch(`${session.baseUrl}/rest/${path}`, {
		method,
		headers: session.headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await answer.text();
	if (!answer.ok)
		throw new Error(`${method} /rest/${path} answered ${answer.status}: ${text.slice(0, 500)}`);
	return (JSON.parse(text) as { data: T }).data;
}

/** Creates a credential as the editor's credential dialog does; n8n encrypts its data. */
export async function createCredential(
	session: N8nSession,
	credential: { name: string; type: string; data: Record<string, unknown> },
): Promise<{ id: string; name: string }> {
	const created = await restCall<{ id: string; name: string }>(
		session,
		'POST',
		'credentials',
		credential,
	);
	return { id: created.id, name: created.name };
}

/** The public-API scopes the Third-Party Platform mode needs for its Data Table. */
export const DATA_TABLE_SCOPES = [
	'dataTable:create',
	'dataTable:list',
	'dataTable:read',
	'dataTableRow:create',
	'dataTableRow:read',
	'dataTableRow:update',
	'dataTableRow:delete',
];

/** Creates an n8n API key as Settings > n8n API does; returns the key itself (shown once). */
export async function createApiKey(
	session: N8nSession,
	label: string,
	scopes: string[],
): Promise<string> {
	const created = await restCall<{ rawApiKey: string }>(session, 'POST', 'api-keys', {
		label,
		scopes,
		expiresAt: null,
	});
	return created.rawApiKey;
}

/** Saves a new workflow (with its id) as the editor does. */
export async function createWorkflow(session: N8nSession, json: object): Promise<void> {
	await restCall(session, 'POST', 'workflows', json);
}

/** Activates (publishes) a workflow's current version, as the editor's toggle does. */
export async function activateWorkflow(session: N8nSession, id: string): Promise<void> {
	const workflow = await restCall<{ versionId?: string }>(session, 'GET', `workflows/${id}`).catch(
		(error: Error) => {
			throw new Error(`workflow ${id} was not imported: ${error.message}`);
		},
	);
	if (!workflow.versionId) throw new Error(`workflow ${id} has no version to activate`);
	await restCall(session, 'POST', `workflows/${id}/activate`, { versionId: workflow.versionId });
}
