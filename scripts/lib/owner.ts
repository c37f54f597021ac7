/**
 * The owner account of a local n8n: set up through the REST API on n8n's first start, signed in
 * on later starts. The demo prints its login, and the editor check signs in with it in the browser.
 */
import { sessionOf, BROWSER_ID } from './n8nRest';
import type { N8nSession } from './n8nRest';

export interface Owner {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

export const DEMO_OWNER: Owner = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'DemoPassw0rd!',
};

export const E2E_OWNER: Owner = {
	email: 'e2e@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2eQueuePassw0rd!',
};

const JSON_HEADERS = { 'content-type': 'application/json', 'browser-id': BROWSER_ID };

/** Asks n8n to set up `owner` until its REST API answers (it may still be starting). */
async function ownerSetup(baseUrl: string, owner: Owner, timeoutMs: number): Promise<Response> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: JSON_HEADERS,
			body: JSON.stringify(owner),
		}).catch(() => undefined); // not listening yet
		// 404 until n8n routes its REST API, 5xx while it is still starting
		if (setup && setup.status !== 404 && setup.status < 500) return setup;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`n8n at ${baseUrl} did not come up within ${timeoutMs / 1000} s`);
}

/** Sets up the owner if n8n has none yet, else signs in; the owner's REST session. */
export async function signInOwner(
	baseUrl: string,
	owner: Owner,
	timeoutMs = 120_000,
): Promise<N8nSession> {
	const setup = await ownerSetup(baseUrl, owner, timeoutMs);
	let answer = setup;
	if (!setup.ok)
		answer = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers: JSON_HEADERS,
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
	const cookie = answer.headers.get('set-cookie');
	if (!answer.ok || !cookie)
		throw new Error(
			`could not sign in to n8n as ${owner.email}: owner setup answered ${setup.status}, login ${answer.status} ${(await answer.text()).slice(0, 300)}`,
		);
	return sessionOf(baseUrl, cookie.split(';')[0]);
}
