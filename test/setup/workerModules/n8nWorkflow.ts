/** n8n-workflow: the jest worker's copy (see ../workerEnvironment.ts), else this file's own. */
import { workerModule } from './workerModules';

export = (workerModule('n8n-workflow') ??
	require('../../../node_modules/n8n-workflow/dist/cjs/index.js')) as typeof import('n8n-workflow');
