/** n8n-core: the jest worker's copy (see ../workerEnvironment.ts), else this file's own. */
import { workerModule } from './workerModules';

export = (workerModule('n8n-core') ??
	require('../../../node_modules/n8n-core/dist/index.js')) as typeof import('n8n-core');
