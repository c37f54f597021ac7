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
			description: 'Add room assistants (addassistant)',
			action: 'Add live room assistants',
		},
		{
			name: 'Add Sub-Anchor',
			value: 'addSubAnchor',
			description: 'Set a second anchor (addsubanchor)',
			action: 'Add a live room sub anchor',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a live room, uploading its images (room/create)',
			action: 'Create a live room',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a live room (deleteroom)',
			action: 'Delete a live room',
		},
		{
			name: 'Get Assistants',
			value: 'getAssistants',
			description: "List a room's assistants (getassistantlist)",
			action: 'Get live room assistants',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the Mini Program's live rooms (getliveinfo)",
			action: 'Get many live rooms',
		},
		{
			name: 'Get Push URL',
			value: 'getPushUrl',
			description: 'Get the stream push address (getpushurl)',
			action: 'Get a live room push URL',
		},
		{
			name: 'Get Replay',
			value: 'getReplay',
			description: 'Get the replay videos of a room (getliveinfo get_replay)',
			action: 'Get a live room replay',
		},
		{
			name: 'Get Share Code',
			value: 'getShareCode',
			description: 'Get the share code image and page path (getsharedcode)',
			action: 'Get a live room share code',
		},
		{
			name: 'Get Sub-Anchor',
			value: 'getSubAnchor',
			description: "Get a room's sub-anchor (getsubanchor)",
			action: 'Get a live room sub anchor',
		},
		{
			name: 'Remove Assistant',
			value: 'removeAssistant',
			description: 'Remove a room assistant (removeassistant)',
			action: 'Remove a live room assistant',
		},
		{
			name: 'Remove Sub-Anchor',
			value: 'removeSubAnchor',
			description: "Remove a room's sub-anchor (deletesubanchor)",
			action: 'Remove a live room sub anchor',
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
			description: 'Change a room that has not started (editroom)',
			action: 'Update a live room',
		},
		{
			name: 'Update Assistant',
			value: 'updateAssistant',
			description: "Change an assistant's nickname (modifyassistant)",
			action: 'Update a live room assistant',
		},
		{
			name: 'Update Sub-Anchor',
			value: 'updateSubAnchor',
			description: "Replace a room's sub-anchor (modifysubanchor)",
			action: 'Update a live room sub anchor',
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
