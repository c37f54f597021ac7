/**
 * Activates (publishes) workflows through main's REST API, as the editor's toggle does: sets up the
 * owner account, logs in, and activates each workflow's current version. main then registers the
 * production webhooks in the database, where the webhook processor finds them.
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

/** Activates the workflows; sets up the owner first unless `cookie` is a session from signIn. */
export async function activateWorkflows(
	baseUrl: string,
	workflowIds: string[],
	cookie?: string,
): Promise<void> {
	cookie ??= await ownerCookie(baseUrl);
	const headers = { cookie, 'content-type': 'application/json', 'browser-id': 'e2e' };
	for (const id of workflowIds) {
		const workflow = (await (
			await fetch(`${baseUrl}/rest/workflows/${id}`, { headers })
		).json()) as {
			data?: { versionId?: string };
		};
		const versionId = workflow.data?.versionId;
		if (!versionId)
			throw new Error(`workflow ${id} was not imported: ${JSON.stringify(workflow).slice(0, 300)}`);
		const answer = await fetch(`${baseUrl}/rest/workflows/${id}/activate`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ versionId }),
		});
		if (!answer.ok)
			throw new Error(
				`activating workflow ${id} answered ${answer.status}: ${(await answer.text()).slice(0, 500)}`,
			);
	}
}

/** A session of the owner that activateWorkflows set up, for what a scenario adds later. */
export async function signIn(baseUrl: string): Promise<string> {
	const answer = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': 'e2e' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	const cookie = answer.headers.get('set-cookie');
	if (!answer.ok || !cookie)
		throw new Error(`signing in answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
	return cookie.split(';')[0];
}

/** Creates a credential or a workflow through main's REST API, as the editor does; returns its id. */
export async function createEntity(
	baseUrl: string,
	cookie: string,
	kind: 'credentials' | 'workflows',
	body: object,
): Promise<string> {
	const answer = await fetch(`${baseUrl}/rest/${kind}`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json', 'browser-id': 'e2e' },
		body: JSON.stringify(body),
	});
	const created = (await answer.json().catch(() => ({}))) as { data?: { id?: string } };
	if (!answer.ok || !created.data?.id)
		throw new Error(
			`creating ${kind} answered ${answer.status}: ${JSON.stringify(created).slice(0, 300)}`,
		);
	return created.data.id;
}
