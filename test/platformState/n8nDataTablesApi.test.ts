import { N8nDataTablesApi } from '../../nodes/WeChatMiniProgram/platformState/n8nDataTablesApi';
import { context } from './platformStateHarness';

const KEY = 'n8n_api_pasted-in-the-url-7c6b5a49382716';

describe('n8n’s Data Tables API client: the API key in its errors', () => {
	it('redacts every copy of the key when n8n cannot be reached, wherever the key was pasted', async () => {
		// A key pasted into the URL field twice (user and query): the HTTP client's own message
		// repeats the URL, so the key is in the error four times before redaction.
		const baseUrl = `http://${KEY}@127.0.0.1:9/api/v1?key=${KEY}`;
		const api = new N8nDataTablesApi(context, { baseUrl, apiKey: KEY });

		const error = (await api.findTable('any').catch((caught: Error) => caught)) as Error;

		expect(error.message).toMatch(
			/^n8n's API at http:\/\/\*\*\*@127\.0\.0\.1:9.* cannot be reached/,
		);
		expect(error.message).toMatch(/GET \/data-tables: .*\*\*\*.*\*\*\*/);
		expect(error.message).not.toContain(KEY);
		expect(error.message).not.toContain('pasted-in-the-url');
	});
});
