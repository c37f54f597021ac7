import { NodeHelpers, Workflow } from 'n8n-workflow';
import type { INode, INodeParameters, INodeType, INodeTypes } from 'n8n-workflow';

/**
 * A workflow of one trigger node, as n8n's Workflow holds it: the node (at the version n8n creates
 * it at, at the origin unless given) with `parameters` plus every default of the trigger's properties.
 */
export function triggerWorkflow(
	trigger: INodeType,
	node: Pick<INode, 'id' | 'name' | 'type'> & Partial<Pick<INode, 'webhookId' | 'credentials'>>,
	parameters: INodeParameters = {},
	workflow: { id: string; name?: string } = { id: 'wf' },
): { workflow: Workflow; node: INode } {
	const nodeTypes = {
		getByName: () => trigger,
		getByNameAndVersion: () => trigger,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const full: INode = {
		typeVersion: trigger.description.defaultVersion ?? 1,
		position: [0, 0],
		...node,
		parameters:
			NodeHelpers.getNodeParameters(
				trigger.description.properties,
				parameters,
				true,
				false,
				null,
				null,
			) ?? {},
	};
	return {
		workflow: new Workflow({
			...workflow,
			active: true,
			nodeTypes,
			nodes: [full],
			connections: {},
		}),
		node: full,
	};
}
