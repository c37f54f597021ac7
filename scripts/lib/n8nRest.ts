/**
 * n8n's REST API (below /rest/) as the editor uses it, with the owner's session (owner.ts):
 * credentials, workflows and their activation. Activating a workflow makes main register its
 * production webhooks, in the database in queue mode, where the webhook processor finds them.
 */

/** A signed-in REST session: the owner's cookie and the browser id it was issued for. */
export interface N8nSession {
	baseUrl: string;
	headers: Record<string, string>;
}

/** n8n ties a session cookie to the browser id it was issued with; the scripts use this one. */
export const BROWSER_ID = 'n8n-nodes-wechat-miniprogram-scripts';

export function sessionOf(baseUrl: string, cookie: string): N8nSession {
	return {
		baseUrl,
		headers: { cookie, 'content-type': 'application/json', 'browser-id': BROWSER_ID },
	};
}

/** One call to the REST API; the answer's `data`. */
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
	return (text ? (JSON.parse(text) as { data: T }).data : undefined) as T;
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

/** Saves a new workflow as the editor does; its id (the one in `json`, or n8n's own). */
export async function createWorkflow(session: N8nSession, json: object): Promise<string> {
	return (await restCall<{ id: string }>(session, 'POST', 'workflows', json)).id;
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
