import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as checkMedia from './checkMedia.operation';
import * as checkText from './checkText.operation';

// The descriptions are also what an AI Agent reads when the node is given to it as a tool.
const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contentSecurity'] } },
	options: [
		{
			name: 'Check Media',
			value: 'checkMedia',
			description:
				"Start WeChat's check of an image or audio by URL; the verdict arrives later at the trigger, matched by trace ID",
			action: 'Check media',
		},
		{
			name: 'Check Text',
			value: 'checkText',
			description:
				'Ask WeChat whether a text may be shown or sent: the answer is pass, review or risky, with the reason (label)',
			action: 'Check text',
		},
	],
	default: 'checkText',
};

/** WeChat's content security 2.0: screen texts and media before they are shown or sent. */
export const contentSecurity = resourceModule(operationSelector, { checkMedia, checkText });
