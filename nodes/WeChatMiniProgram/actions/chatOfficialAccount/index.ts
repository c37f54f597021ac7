import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as addSubscribers from './addSubscribers.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMessages from './getMessages.operation';
import * as getSubscribedAccounts from './getSubscribedAccounts.operation';
import * as getSubscribers from './getSubscribers.operation';
import * as recallMessages from './recallMessages.operation';
import * as removeSubscribers from './removeSubscribers.operation';
import * as sendMessage from './sendMessage.operation';
import * as update from './update.operation';
import * as updateSubscriber from './updateSubscriber.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatOfficialAccount'] } },
	options: [
		{
			name: 'Add Subscribers',
			value: 'addSubscribers',
			description: 'Subscribe users, 100 per call',
			action: 'Add subscribers to official account',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create an official account',
			action: 'Create official account',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Terminate an official account',
			action: 'Delete official account',
		},
		{
			name: 'Get',
			value: 'get',
			description: 'Get official account details',
			action: 'Get official accounts',
		},
		{
			name: 'Get Messages',
			value: 'getMessages',
			description: 'Get message history',
			action: 'Get official account messages',
		},
		{
			name: 'Get Subscribed Accounts',
			value: 'getSubscribedAccounts',
			description: 'Get the official accounts a user subscribes to',
			action: 'Get subscribed official accounts',
		},
		{
			name: 'Get Subscribers',
			value: 'getSubscribers',
			description: 'Get the subscribers of an official account',
			action: 'Get official account subscribers',
		},
		{
			name: 'Recall Messages',
			value: 'recallMessages',
			description: 'Recall sent messages, 10 per call',
			action: 'Recall official account messages',
		},
		{
			name: 'Remove Subscribers',
			value: 'removeSubscribers',
			description: 'Unsubscribe users, 100 per call',
			action: 'Remove subscribers from official account',
		},
		{
			name: 'Send Message',
			value: 'sendMessage',
			description: 'Broadcast a message to all subscribers',
			action: 'Send official account message',
		},
		{
			name: 'Update',
			value: 'update',
			description: 'Change name, avatar, introduction or limits',
			action: 'Update official account',
		},
		{
			name: 'Update Subscriber',
			value: 'updateSubscriber',
			description: "Set a subscriber's custom string",
			action: 'Update official account subscriber',
		},
	],
	default: 'addSubscribers',
};

const modules = {
	addSubscribers,
	create,
	delete: del,
	get,
	getMessages,
	getSubscribedAccounts,
	getSubscribers,
	recallMessages,
	removeSubscribers,
	sendMessage,
	update,
	updateSubscriber,
};

export const chatOfficialAccount = resourceModule(operationSelector, modules);
