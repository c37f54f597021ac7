import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as getHistory from './getHistory.operation';
import * as getUnreadCount from './getUnreadCount.operation';
import * as markRead from './markRead.operation';
import * as recall from './recall.operation';
import * as send from './send.operation';
import * as sendBatch from './sendBatch.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatMessage'] } },
	options: [
		{
			name: 'Get History',
			value: 'getHistory',
			description: 'Get the messages of a one-to-one conversation, every page',
			action: 'Get chat message history',
		},
		{
			name: 'Get Unread Count',
			value: 'getUnreadCount',
			description: "Get an account's unread one-to-one messages, in all and per peer",
			action: 'Get unread chat message count',
		},
		{
			name: 'Mark Read',
			value: 'markRead',
			description: 'Mark the messages of a conversation read',
			action: 'Mark chat messages read',
		},
		{
			name: 'Recall',
			value: 'recall',
			description: 'Recall a one-to-one message',
			action: 'Recall chat message',
		},
		{
			name: 'Send',
			value: 'send',
			description: 'Send a one-to-one message to one account',
			action: 'Send chat message',
		},
		{
			name: 'Send Batch',
			value: 'sendBatch',
			description: 'Send one message to the accounts of all input items, 500 per call',
			action: 'Send chat message to many accounts',
		},
	],
	default: 'send',
};

export const chatMessage = resourceModule(operationSelector, {
	getHistory,
	getUnreadCount,
	markRead,
	recall,
	send,
	sendBatch,
});
