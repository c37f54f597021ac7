import * as n8nCore from 'n8n-core';
import { NodeApiError } from 'n8n-workflow';

import { workerModule } from './workerModules/workerModules';

describe('the jest worker environment', () => {
	test("a test file gets the worker's n8n-core and n8n-workflow, not copies of its own", () => {
		expect(workerModule('n8n-core')).toBe(n8nCore);
		expect((workerModule('n8n-workflow') as { NodeApiError: unknown }).NodeApiError).toBe(
			NodeApiError,
		);
	});

	test("n8n's errors and the test file's are of one realm, as in n8n", () => {
		const node = {
			id: '1',
			name: 'n',
			type: 't',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		};
		expect(new NodeApiError(node as never, { message: 'refused' })).toBeInstanceOf(Error);
		let n8nError: { constructor: unknown } = NodeApiError.prototype;
		while (n8nError.constructor !== Error && Object.getPrototypeOf(n8nError)) {
			n8nError = Object.getPrototypeOf(n8nError);
		}
		expect(n8nError.constructor).toBe(Error);
	});
});
