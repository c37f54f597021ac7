import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	INodeTypeDescription,
} from 'n8n-workflow';

import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from './nodeTransport';

export const PACKAGE = 'n8n-nodes-wechat-miniprogram';

/**
 * The description of a node a test workflow runs in place of one the engine does not load: one
 * main input and one main output; group transform, version 1 and the display name as its default
 * name unless given.
 */
export function standInDescription(
	description: Pick<INodeTypeDescription, 'displayName' | 'name' | 'description' | 'properties'> &
		Partial<Pick<INodeTypeDescription, 'group' | 'version' | 'defaults'>>,
): INodeTypeDescription {
	return {
		group: ['transform'],
		version: 1,
		defaults: { name: description.displayName },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		...description,
	};
}

/** Stands in for a Manual Trigger + Set: emits the items given in its `items` parameter (JSON array). */
class EmitItems implements INodeType {
	description = standInDescription({
		displayName: 'Emit Items',
		name: 'emitItems',
		group: ['input'],
		description: 'Test source of items',
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	});

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | object[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as object[];
		return [
			items.map((json, item) => ({
				json: json as INodeExecutionData['json'],
				pairedItem: { item: 0 },
			})),
		];
	}
}

/** A node of EmitItems (type test.emitItems) that starts a test workflow with `items`. */
export function emitItemsNode(items: object[], name = 'Emit Items', id = 'emit'): INode {
	return {
		id,
		name,
		type: 'test.emitItems',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(items) },
	};
}

/** The node types a test workflow may use, registered under the names n8n gives an installed package. */
export function createNodeTypes(extra: Record<string, INodeType> = {}): INodeTypes {
	const types: Record<string, INodeType> = {
		[`${PACKAGE}.weChatMiniProgram`]: new WeChatMiniProgram(testTransport()),
		'test.emitItems': new EmitItems(),
		...extra,
	};
	const byName = (name: string) => {
		const type = types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	};
	return {
		getByName: byName,
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(byName(name), version),
		getKnownTypes: () => ({}),
	};
}
