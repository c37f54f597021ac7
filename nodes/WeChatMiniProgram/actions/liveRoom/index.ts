import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as addAssistants from './addAssistants.operation';
import * as addSubAnchor from './addSubAnchor.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAssistants from './getAssistants.operation';
import * as getMany from './getMany.operation';
import * as getPushUrl from './getPushUrl.operation';
import * as getReplay from './getReplay.operation';
import * as getShareCode from './getShareCode.operation';
import * as getSubAnchor from './getSubAnchor.operation';
import * as removeAssistant from './removeAssistant.operation';
import * as removeSubAnchor from './removeSubAnchor.operation';
import * as setOptions from './setOptions.operation';
import * as update from './update.operation';
import * as updateAssistant from './updateAssistant.operation';
import * as updateSubAnchor from './updateSubAnchor.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveRoom'] } },
	options: [
		{
			name: 'Add Assistants',
			value: 'addAssistants',
			description: 'Add room assistants',
			action: 'Add live room assistants',
		},
		{
			name: 'Add Sub-Anchor',
			value: 'addSubAnchor',
			description: 'Set a second anchor',
			action: 'Add live room second anchor',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a live room, uploading its images',
			action: 'Create live room',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a live room',
			action: 'Delete live room',
		},
		{
			name: 'Get Assistants',
			value: 'getAssistants',
			description: "List a room's assistants",
			action: 'Get live room assistants',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the Mini Program's live rooms",
			action: 'Get many live rooms',
		},
		{
			name: 'Get Push URL',
			value: 'getPushUrl',
			description: 'Get the stream push address',
			action: 'Get live room push URL',
		},
		{
			name: 'Get Replay',
			value: 'getReplay',
			description: 'Get the replay videos of a room',
			action: 'Get live room replay',
		},
		{
			name: 'Get Share Code',
			value: 'getShareCode',
			description: 'Get the share code image and page path',
			action: 'Get live room share code',
		},
		{
			name: 'Get Sub-Anchor',
			value: 'getSubAnchor',
			description: "Get a room's sub-anchor",
			action: 'Get live room second anchor',
		},
		{
			name: 'Remove Assistant',
			value: 'removeAssistant',
			description: 'Remove a room assistant',
			action: 'Remove live room assistant',
		},
		{
			name: 'Remove Sub-Anchor',
			value: 'removeSubAnchor',
			description: "Remove a room's sub-anchor",
			action: 'Remove live room second anchor',
		},
		{
			name: 'Set Options',
			value: 'setOptions',
			description: 'Switch feeds listing, replay, customer service or comments',
			action: 'Set live room options',
		},
		{
			name: 'Update',
			value: 'update',
			description: 'Change a room that has not started',
			action: 'Update live room',
		},
		{
			name: 'Update Assistant',
			value: 'updateAssistant',
			description: "Change an assistant's nickname",
			action: 'Update live room assistant',
		},
		{
			name: 'Update Sub-Anchor',
			value: 'updateSubAnchor',
			description: "Replace a room's sub-anchor",
			action: 'Update live room second anchor',
		},
	],
	default: 'getMany',
};

const modules = {
	addAssistants,
	addSubAnchor,
	create,
	delete: del,
	getAssistants,
	getMany,
	getPushUrl,
	getReplay,
	getShareCode,
	getSubAnchor,
	removeAssistant,
	removeSubAnchor,
	setOptions,
	update,
	updateAssistant,
	updateSubAnchor,
};

export const liveRoom = resourceModule(operationSelector, modules);
