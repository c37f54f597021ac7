/** n8n-core: the jest worker's copy (see ../workerEnvironment.ts), else this file's own. */
const shared = (globalThis as { __n8nWorkerModules?: Record<string, unknown> }).__n8nWorkerModules;
export = (shared?.['n8n-core'] ??
	require('../../../node_modules/n8n-core/dist/index.js')) as typeof import('n8n-core');
