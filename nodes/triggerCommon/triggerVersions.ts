import type { INodeTypeDescription } from 'n8n-workflow';

/**
 * Both triggers' versions. Version 2 behaves as 1: n8n treats a version-1 webhook node as its old
 * Webhook node and evaluates an expression for every request, which costs a V8 isolate per request
 * (README). Workflows saved at version 1 keep loading.
 */
export const TRIGGER_VERSIONS = {
	version: [1, 2],
	defaultVersion: 2,
} satisfies Pick<INodeTypeDescription, 'version' | 'defaultVersion'>;
