import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as add from './add.operation';
import * as del from './delete.operation';
import * as getMany from './getMany.operation';
import * as getStatus from './getStatus.operation';
import * as resubmitAudit from './resubmitAudit.operation';
import * as update from './update.operation';
import * as withdrawAudit from './withdrawAudit.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveGoods'] } },
	options: [
		{
			name: 'Add',
			value: 'add',
			description: 'Add goods to the library and submit them for audit',
			action: 'Add live goods',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete goods from the library',
			action: 'Delete live goods',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the goods library by audit state',
			action: 'Get many live goods',
		},
		{
			name: 'Get Status',
			value: 'getStatus',
			description: 'Get goods info and audit state by ID',
			action: 'Get live goods status',
		},
		{
			name: 'Resubmit Audit',
			value: 'resubmitAudit',
			description: 'Submit withdrawn goods for audit again',
			action: 'Resubmit live goods audit',
		},
		{
			name: 'Update',
			value: 'update',
			description: 'Change goods in the library',
			action: 'Update live goods',
		},
		{
			name: 'Withdraw Audit',
			value: 'withdrawAudit',
			description: 'Withdraw goods from audit',
			action: 'Withdraw live goods audit',
		},
	],
	default: 'getMany',
};

const modules = { add, delete: del, getMany, getStatus, resubmitAudit, update, withdrawAudit };

export const liveGoods = resourceModule(operationSelector, modules);
