/** Where test/setup/workerEnvironment.ts leaves the worker's n8n modules in each test file's global. */
export const WORKER_MODULES = '__n8nWorkerModules';

export type WorkerModuleName = 'n8n-core' | 'n8n-workflow';

/** The worker's copy of a module, or undefined in a file with `@n8n-modules own`. */
export function workerModule(name: WorkerModuleName): unknown {
	const shared = (globalThis as Record<string, unknown>)[WORKER_MODULES];
	return (shared as Partial<Record<WorkerModuleName, unknown>> | undefined)?.[name];
}
