import { resolveWebhookDescriptionField } from 'n8n-workflow';
import type { INode, INodeParameters, INodeType, Workflow } from 'n8n-workflow';

import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { triggerWorkflow } from '../../testkit/engine/triggerWorkflow';

/** The node as n8n's Workflow holds it: the given parameters plus every default. */
function workflowWith(
	trigger: INodeType,
	parameters: INodeParameters,
): { workflow: Workflow; node: INode } {
	return triggerWorkflow(
		trigger,
		{ id: 'trigger', name: 'Trigger', type: 'n8n-nodes-wechat-miniprogram.trigger' },
		parameters,
	);
}

// n8n 2.41 runs a webhook description's expression through its expression engine on every
// request, unless the field declares a native resolver (as n8n's Webhook node does): both triggers
// declare one, and it must give what the template gives.
describe.each([
	[
		'WeChat Mini Program Trigger',
		new WeChatMiniProgramTrigger(),
		[
			[{}, 'onReceived'],
			[{ messageAnswer: 'workflow' }, 'responseNode'],
			[{ messageAnswer: 'transferUnselected' }, 'onReceived'],
			[{ source: 'tencentChat' }, 'onReceived'],
			[{ source: 'tencentChat', beforeCallbackAnswer: 'workflow' }, 'responseNode'],
			[{ source: 'tencentChat', messageAnswer: 'workflow' }, 'onReceived'],
		],
	],
	[
		'WeChat Third-Party Platform Trigger',
		new WeChatPlatformTrigger(),
		[
			[{}, 'onReceived'],
			[{ messageAnswer: 'workflow' }, 'responseNode'],
			[{ messageAnswer: 'transferUnselected' }, 'onReceived'],
		],
	],
] as const)(
	'%s: the POST response mode is resolved without the expression engine',
	(_, trigger, cases) => {
		test.each(cases as unknown as [INodeParameters, string][])(
			'%j -> %s',
			(parameters, expected) => {
				const { workflow, node } = workflowWith(trigger, parameters);
				const posts = trigger.description.webhooks!.filter(
					(webhook) => webhook.httpMethod === 'POST',
				);
				for (const description of posts) {
					if (
						typeof description.responseMode === 'string' &&
						!description.responseMode.startsWith('=')
					)
						continue; // the platform's authorization URL: always onReceived
					const native = resolveWebhookDescriptionField(node, description, 'responseMode');
					expect(native).toEqual({ resolved: true, value: expected });
					const template = workflow.expression.getSimpleParameterValue(
						node,
						description.responseMode,
						'internal',
						{},
					);
					expect(template).toBe(expected);
				}
			},
		);
	},
);
