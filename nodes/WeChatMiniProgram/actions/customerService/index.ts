import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as getMedia from './getMedia.operation';
import * as send from './send.operation';
import * as setTyping from './setTyping.operation';
import * as uploadMedia from './uploadMedia.operation';

// The descriptions are also what an AI Agent reads when the node is given to it as a tool.
const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customerService'] } },
	options: [
		{
			name: 'Get Media',
			value: 'getMedia',
			description:
				'Download a temporary media file, such as an image a user sent to customer service, as binary data',
			action: 'Get customer service media',
		},
		{
			name: 'Send',
			value: 'send',
			description:
				"Answer a user in the Mini Program's customer service chat with text, an image, a link or a Mini Program card. Only possible within 48 hours of the user's last message (at most 5 answers), or 1 minute after the user opened the chat (at most 2).",
			action: 'Send customer service message',
		},
		{
			name: 'Set Typing',
			value: 'setTyping',
			description: 'Show the user that an answer is being written, or stop showing it',
			action: 'Set customer service typing status',
		},
		{
			name: 'Upload Media',
			value: 'uploadMedia',
			description:
				'Upload an image from binary data as temporary media (valid 3 days) for later messages',
			action: 'Upload customer service media',
		},
	],
	default: 'send',
};

/** Conversations with users who write to the Mini Program's customer service. */
export const customerService = resourceModule(operationSelector, {
	getMedia,
	send,
	setTyping,
	uploadMedia,
});
