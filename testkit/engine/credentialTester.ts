import { ExecuteContext, RoutingNode } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { InMemoryCredentials, registerCredentialType } from './credentialsStore';
import { createNodeTypes } from './engineNodeTypes';

export type CredentialTestResult = { status: 'OK' | 'Error'; message: string };

/**
 * What n8n's "Test" button does for a credential whose `test` is a request: it runs that request
 * through n8n-core's RoutingNode with the credential's preAuthentication/authenticate applied,
 * then applies the `rules` to the answer. Mirrors the CLI's CredentialsTester for request tests.
 */
export async function testCredential(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	registerCredentialType(type);
	const request = type.test?.request;
	if (!request)
		return { status: 'Error', message: 'No testing function found for this credential.' };

	const nodeType: INodeType = {
		description: {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['output'],
			version: 1,
			description: '',
			defaults: { name: 'Temp-Node' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type.name, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request }, default: '' },
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type.name]: { id: 'credential-under-test', name: 'under test' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: createNodeTypes({ 'test.credentialTest': nodeType }),
	});
	const additionalData = {
		credentialsHelper: new InMemoryCredentials({ [type.name]: data }),
		variables: {},
		currentNodeExecutionIndex: 0,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		{ resultData: { runData: {} } } as never,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, nodeType, {
		id: 'credential-under-test',
		name: 'under test',
		type: type.name,
		data,
	});

	let answer: Record<string, unknown>;
	try {
		const output = await routingNode.runNode();
		answer = (output?.[0]?.[0]?.json ?? {}) as Record<string, unknown>;
	} catch (error) {
		const cause = (error as { cause?: { response?: { status: number; statusText?: string } } })
			.cause;
		if (cause?.response) {
			for (const rule of type.test?.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
			};
		}
		return { status: 'Error', message: String((error as Error).message) };
	}
	for (const rule of type.test?.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			readPath(answer, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

function readPath(value: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(current, key) => (current as Record<string, unknown> | undefined)?.[key],
			value,
		);
}
