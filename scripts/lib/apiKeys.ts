/**
 * n8n API keys, made as a person does in Settings > n8n API. The Third-Party Platform credential
 * keeps its shared state in an n8n Data Table, which n8n serves community nodes only through its
 * public API, so that credential holds a key with the Data Table scopes.
 */
import type { CredentialFixture } from './credentials';
import { restCall } from './n8nRest';
import type { N8nSession } from './n8nRest';

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

/** Creates an n8n API key; returns the key itself (n8n shows it once). */
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

/** Deletes the keys labelled `label` (an earlier start's), then creates a new one. */
async function replaceApiKey(
	session: N8nSession,
	label: string,
	scopes: string[],
): Promise<string> {
	// n8n 2.41.1 lists keys as { items, counts, ... }.
	const listed = await restCall<
		{ id: string; label: string }[] | { items?: { id: string; label: string }[] }
	>(session, 'GET', 'api-keys');
	for (const key of Array.isArray(listed) ? listed : (listed?.items ?? []))
		if (key.label === label) await restCall(session, 'DELETE', `api-keys/${key.id}`);
	return await createApiKey(session, label, scopes);
}

/**
 * Gives an imported platform credential a fresh n8n API key with the Data Table scopes and the
 * API's URL, as a person would in the credential dialog.
 */
export async function givePlatformCredentialAnApiKey(
	session: N8nSession,
	platform: CredentialFixture & { id: string },
): Promise<void> {
	const n8nApiKey = await replaceApiKey(session, platform.name, DATA_TABLE_SCOPES);
	await restCall(session, 'PATCH', `credentials/${platform.id}`, {
		name: platform.name,
		type: platform.type,
		data: { ...platform.data, n8nApiKey, n8nApiUrl: `${session.baseUrl}/api/v1` },
	});
}
