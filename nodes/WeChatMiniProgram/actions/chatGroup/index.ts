import type { INodeProperties } from 'n8n-workflow';

import {
	MAX_MEMBERS_PER_ADD,
	MAX_MEMBERS_PER_REMOVE,
} from '../../../protocol/tencent/groupCommands';
import { resourceModule } from '../operation';
import * as addMembers from './addMembers.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getMany from './getMany.operation';
import * as getMembers from './getMembers.operation';
import * as removeMembers from './removeMembers.operation';
import * as sendMessage from './sendMessage.operation';
import * as sendSystemNotification from './sendSystemNotification.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatGroup'] } },
	options: [
		{
			name: 'Add Members',
			value: 'addMembers',
			description: `Add accounts to a group, ${MAX_MEMBERS_PER_ADD} per call`,
			action: 'Add members to chat group',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a group',
			action: 'Create chat group',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Disband a group',
			action: 'Delete chat group',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'Get the IDs of the groups of the app',
			action: 'Get many chat groups',
		},
		{
			name: 'Get Members',
			value: 'getMembers',
			description: 'Get the members of a group',
			action: 'Get chat group members',
		},
		{
			name: 'Remove Members',
			value: 'removeMembers',
			description: `Remove members from a group, ${MAX_MEMBERS_PER_REMOVE} per call`,
			action: 'Remove members from chat group',
		},
		{
			name: 'Send Message',
			value: 'sendMessage',
			description: 'Send a message to a group, paced to 40 a second per group',
			action: 'Send chat group message',
		},
		{
			name: 'Send System Notification',
			value: 'sendSystemNotification',
			description: 'Send a system notification to all or some members',
			action: 'Send chat group system notification',
		},
	],
	default: 'sendMessage',
};

export const chatGroup = resourceModule(operationSelector, {
	addMembers,
	create,
	delete: del,
	getMany,
	getMembers,
	removeMembers,
	sendMessage,
	sendSystemNotification,
});
