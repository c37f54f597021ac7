import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';

import { WORKER_MODULES } from './workerModules/workerModules';
import type { WorkerModuleName } from './workerModules/workerModules';

// n8n-core reads its instance settings (encryption key, folders) from N8N_USER_FOLDER:
// keep every test run away from the developer's real ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-wechat-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-only-encryption-key';
// n8n's logger prints every node error; tests assert on errors directly.
process.env.N8N_LOG_LEVEL ??= 'silent';

/**
 * n8n-core and n8n-workflow take about 1.2 s to load into a test file's sandbox, and almost every
 * file loads them. Loaded here, once per jest worker, and handed to each file through
 * test/setup/workerModules/ (jest's moduleNameMapper), they cost that once per worker.
 * They hold no state a test relies on between files; a file that needs its own copy (it changes
 * n8n's environment variables before n8n reads them) says `@n8n-modules own` in its docblock.
 */
const workerModules: Record<WorkerModuleName, unknown> = {
	'n8n-workflow': require('n8n-workflow'),
	'n8n-core': require('n8n-core'),
};

const SHARED_ERRORS = ['Error', 'TypeError', 'RangeError', 'SyntaxError'] as const;

export default class WorkerEnvironment extends TestEnvironment {
	constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
		super(config, context);
		if (context.docblockPragmas['n8n-modules'] !== 'own') {
			this.global[WORKER_MODULES] = workerModules;
			// One realm's errors, as in n8n, where nodes and n8n-core share every global: an
			// `instanceof Error` in the node then holds for n8n's errors, and n8n's for the node's.
			for (const name of SHARED_ERRORS) this.global[name] = globalThis[name];
		}
	}
}
