/**
 * The demo's n8n owner: created through n8n's REST API on first start, signed in on later starts. `npm run demo` prints this login; the editor check uses it.
 */
const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'DemoPassw0rd!',
};

async function waitForOwnerSetup(baseUrl, timeoutMs = 120_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(OWNER),
			});
			// 404 until n8n routes its REST API, 5xx while it is still starting
			if (setup.status !== 404 && setup.status < 500) return setup;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error('n8n did not come up');
}

/** Sets up the owner if n8n has none yet, signs in, and returns the session cookie ("name=value"). */
async function signInOwner(baseUrl) {
	const setup = await waitForOwnerSetup(baseUrl);
	let cookie = setup.headers.get('set-cookie');
	if (!setup.ok) {
		const answer = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'browser-id': 'demo' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		cookie = answer.headers.get('set-cookie');
	}
	if (!cookie)
		throw new Error(`could not log in to n8n (owner setup answered HTTP ${setup.status})`);
	return cookie.split(';')[0];
}

module.exports = { OWNER, signInOwner };
