import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../testkit/engine/runWorkflow';
import type { WorkflowSpec } from '../../testkit/engine/runWorkflow';
import { addBroadcastRoutes } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import type { FakeBroadcastState } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoomRoutes } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import type { FakeLiveRoomState } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { addLiveRoutes } from '../../testkit/servers/fakeWeChat/liveRoutes';
import type { FakeLiveState } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { addMediaRoutes } from '../../testkit/servers/fakeWeChat/mediaRoutes';
import type { FakeMediaState } from '../../testkit/servers/fakeWeChat/mediaRoutes';
import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

export interface BroadcastWeChat {
	server: FakeWeChatServer;
	rooms: FakeLiveRoomState;
	media: FakeMediaState;
	broadcast: FakeBroadcastState;
	live: FakeLiveState;
}

export async function startBroadcastWeChat(): Promise<BroadcastWeChat> {
	const server = await startFakeWeChat();
	const rooms = addLiveRoomRoutes(server);
	const media = addMediaRoutes(server);
	const live = addLiveRoutes(server);
	const broadcast = addBroadcastRoutes(server, { rooms, media, live });
	return { server, rooms, media, broadcast, live };
}

export interface InputItem {
	json?: Record<string, unknown>;
	/** Binary fields: name -> bytes and type. */
	binary?: Record<string, { data: Buffer; mimeType: string; fileName?: string }>;
}

/** Emits items with binary data the way an HTTP Request or Read File node hands them on. */
class EmitBinaryItems implements INodeType {
	description = {
		displayName: 'Emit Binary Items',
		name: 'emitBinaryItems',
		group: ['input'] as INodeTypeDescription['group'],
		version: 1,
		description: 'Test source of items with binary data',
		defaults: { name: 'Emit Binary Items' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json' as const, default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = JSON.parse(this.getNodeParameter('items', 0) as string) as Array<{
			json: Record<string, unknown>;
			binary: Record<string, { base64: string; mimeType: string; fileName?: string }>;
		}>;
		const items: INodeExecutionData[] = [];
		for (const [index, item] of raw.entries()) {
			const binary: INodeExecutionData['binary'] = {};
			for (const [name, file] of Object.entries(item.binary)) {
				binary[name] = await this.helpers.prepareBinaryData(
					Buffer.from(file.base64, 'base64'),
					file.fileName ?? `${name}.png`,
					file.mimeType,
				);
			}
			const withBinary = Object.keys(binary).length > 0 ? { binary } : {};
			items.push({ json: item.json as never, ...withBinary, pairedItem: { item: index } });
		}
		return [items];
	}
}

/**
 * Emit Binary Items -> the WeChat node with `parameters` and a credential of each type given: the
 * items reach the node as an HTTP Request or Read File node would hand them on.
 */
export function binaryItemsIntoWeChatNode(
	items: InputItem[],
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	settings: Partial<INode> = {},
): WorkflowSpec {
	const encoded = items.map((item) => ({
		json: item.json ?? {},
		binary: Object.fromEntries(
			Object.entries(item.binary ?? {}).map(([name, file]) => [
				name,
				{ base64: file.data.toString('base64'), mimeType: file.mimeType, fileName: file.fileName },
			]),
		),
	}));
	const spec = itemsIntoWeChatNode([], parameters, credentials, settings);
	const [emit, weChatNode] = spec.nodes;
	return {
		...spec,
		extraNodeTypes: { 'test.emitBinaryItems': new EmitBinaryItems() },
		nodes: [
			{ ...emit, type: 'test.emitBinaryItems', parameters: { items: JSON.stringify(encoded) } },
			weChatNode,
		],
	};
}

/** Runs Emit Binary Items -> the WeChat node with `parameters`, through n8n-core's engine. */
export async function runBroadcast(
	weChat: { server: FakeWeChatServer },
	parameters: Record<string, unknown>,
	items: InputItem[] = [{}],
	settings: Record<string, unknown> = {},
) {
	return await runWorkflow(
		binaryItemsIntoWeChatNode(
			items,
			parameters as INodeParameters,
			weChatCredentials(weChat.server),
			settings,
		),
	);
}

export const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });

/** Bytes that look like an image of `size` bytes (not valid UTF-8, to catch text mangling). */
export function imageBytes(size: number, seed = 1): Buffer {
	const bytes = Buffer.alloc(size);
	for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed * 7 + 0x80) & 0xff;
	return bytes;
}

export const png = (size: number, seed = 1) => ({
	data: imageBytes(size, seed),
	mimeType: 'image/png',
});

/** Unix seconds `minutes` from now. */
export const inMinutes = (minutes: number) => Math.floor(Date.now() / 1000) + minutes * 60;
