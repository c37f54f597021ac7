import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IConnections, IDataObject, INode } from 'n8n-workflow';

export interface Example {
	nodes: INode[];
	connections: IConnections;
}

/** An example workflow of examples/, as a user imports it. */
export function readExample(file: string): Example {
	return JSON.parse(readFileSync(path.join(__dirname, '../../examples', file), 'utf8')) as Example;
}

export const TRIGGER_TYPE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';

/**
 * The example's workflow after its trigger: the trigger node becomes Emit Items of the item the
 * real trigger produced (same name, so `$('Customer Service Message')` reads it), sticky notes go.
 */
export function afterTrigger(
	example: Example,
	item: IDataObject,
	replace: Record<string, string> = {},
): Example {
	const nodes = example.nodes
		.filter((node) => node.type !== 'n8n-nodes-base.stickyNote')
		.map((node) =>
			node.type === TRIGGER_TYPE
				? {
						...node,
						type: 'test.emitItems',
						typeVersion: 1,
						parameters: { items: JSON.stringify([item]) },
					}
				: replace[node.name]
					? { ...node, type: replace[node.name], typeVersion: 1 }
					: node,
		);
	return { nodes, connections: example.connections };
}
