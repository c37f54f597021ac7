import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IConnections, INode } from 'n8n-workflow';

export interface Example {
	nodes: INode[];
	connections: IConnections;
}

/** An example workflow of examples/, as a user imports it. */
export function readExample(file: string): Example {
	return JSON.parse(readFileSync(path.join(__dirname, '../../examples', file), 'utf8')) as Example;
}
