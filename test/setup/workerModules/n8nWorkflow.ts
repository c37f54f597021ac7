/** n8n-workflow: the jest worker's copy (see ../workerEnvironment.ts), else this file's own. */
const shared = (globalThis as { __n8nWorkerModules?: Record<string, unknown> }).__n8nWorkerModules;
export = (shared?.['n8n-workflow'] ??
	require('../../../node_modules/n8n-workflow/dist/cjs/index.js')) as typeof import('n8n-workflow');
