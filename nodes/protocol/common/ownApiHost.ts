/**
 * Where a request a credential is asked to sign is going. n8n's HTTP Request node hands a
 * credential's `authenticate` any URL a workflow names (n8n 2.41's Allowed HTTP Request Domains
 * default to All), so a token or UserSig is added only when the request goes to the credential's
 * own API base URL.
 */
export interface RequestTarget {
	/** IHttpRequestOptions: absolute, or relative to baseURL (joined as axios joins them). */
	url?: unknown;
	baseURL?: unknown;
	/** The legacy request options n8n's HTTP Request node passes (requestWithAuthentication). */
	uri?: unknown;
}

/** The URL the request goes to, or undefined when it names none. */
export function requestUrlOf(request: RequestTarget): URL | undefined {
	const given = [request.url, request.uri].find(
		(value): value is string => typeof value === 'string' && value !== '',
	);
	const base = typeof request.baseURL === 'string' ? request.baseURL : '';
	const full =
		given !== undefined && (ABSOLUTE.test(given) || !base)
			? given
			: `${base.replace(/\/+$/, '')}/${(given ?? '').replace(/^\/+/, '')}`;
	try {
		return new URL(full);
	} catch {
		return undefined;
	}
}

/** Same scheme, host and port as the base URL, and a path at or under its path. */
export function isUnderBaseUrl(target: URL, baseUrl: string): boolean {
	const base = new URL(baseUrl);
	if (target.origin !== base.origin || target.username || target.password) return false;
	const basePath = base.pathname.replace(/\/+$/, '');
	return (
		basePath === '' || target.pathname === basePath || target.pathname.startsWith(`${basePath}/`)
	);
}

/**
 * Throws, before anything is sent, unless the request goes to the credential's own base URL.
 * The error names the credential, its host and the refused host, never a secret or the path.
 */
export function assertOwnApiHost(
	credentialName: string,
	secretName: string,
	baseUrl: string,
	request: RequestTarget,
): void {
	const target = requestUrlOf(request);
	if (target && isUnderBaseUrl(target, baseUrl)) return;
	const refused = target ? target.origin : 'a request without a valid URL';
	throw new Error(
		`The ${credentialName} credential adds its ${secretName} only to requests for its own API (${baseUrl}): refused for ${refused}, and nothing was sent. Use this credential only for that API, or change its API domain or base URL`,
	);
}

const ABSOLUTE = /^[a-z][a-z\d+\-.]*:\/\//i;
