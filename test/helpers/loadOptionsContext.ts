import { LoadOptionsContext } from 'n8n-core';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeParameters,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { InMemoryCredentials } from '../../testkit/engine/credentialsStore';
import { createNodeTypes, PACKAGE } from '../../testkit/engine/engineNodeTypes';

/**
 * The context n8n gives loadOptions, listSearch and resourceMapping methods while a user edits the
 * node: n8n-core's own LoadOptionsContext over a one-node workflow, so credentials and
 * helpers.httpRequest behave as in the editor.
 */
export function loadOptionsContext(
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	path = 'parameters.templateId',
): LoadOptionsContext {
	// The editor holds a node's parameters with their defaults filled in, and sends those.
	const nodeTypes = createNodeTypes();
	const nodeType = nodeTypes.getByNameAndVersion(`${PACKAGE}.weChatMiniProgram`, 1);
	const editorParameters =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			parameters,
			true,
			false,
			null,
			nodeType.description,
		) ?? parameters;
	const node: INode = {
		id: 'wechat',
		name: 'WeChat',
		type: `${PACKAGE}.weChatMiniProgram`,
		typeVersion: 1,
		position: [0, 0],
		parameters: editorParameters,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: type }]),
		),
	};
	const workflow = new Workflow({
		id: 'editor-workflow',
		name: 'editor',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const additionalData = {
		credentialsHelper: new InMemoryCredentials(credentials),
		currentNodeParameters: editorParameters,
		variables: {},
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, node, additionalData, path);
}
