import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as check from './check.operation';
import * as del from './delete.operation';
import * as getOnlineStatus from './getOnlineStatus.operation';
import * as importOperation from './import.operation';
import * as kick from './kick.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatAccount'] } },
	options: [
		{
			name: 'Check',
			value: 'check',
			description: 'Check whether accounts are imported, 100 per call',
			action: 'Check chat accounts',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete accounts, 100 per call',
			action: 'Delete chat accounts',
		},
		{
			name: 'Get Online Status',
			value: 'getOnlineStatus',
			description: 'Get whether accounts are online, 500 per call',
			action: 'Get chat account online status',
		},
		{
			name: 'Import',
			value: 'import',
			description: 'Import accounts, 100 per call, or one with its profile',
			action: 'Import chat accounts',
		},
		{
			name: 'Kick',
			value: 'kick',
			description: 'Log accounts out of every device',
			action: 'Kick chat accounts',
		},
	],
	default: 'import',
};

export const chatAccount = resourceModule(operationSelector, {
	check,
	delete: del,
	getOnlineStatus,
	import: importOperation,
	kick,
});
