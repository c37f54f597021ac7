import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { runWeChatResource } from '../helpers/runWeChatResource';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

/** A fresh world from `start` for each test of the calling describe block (its server stopped after it). */
export function useWorld<W extends { server: { stop(): Promise<void> } }>(
	start: () => Promise<W>,
): () => W {
	let world: W;
	beforeEach(async () => (world = await start()));
	afterEach(async () => await world.server.stop());
	return () => world;
}

/**
 * One operation's tests: a fresh world per test; `run` sends the input items through n8n's engine
 * to the WeChat node with the resource, the operation, its `base` parameters and those given;
 * `calls` are the requests the local WeChat received at `path`.
 */
export function useOperation<W extends { server: FakeWeChatServer }>(
	start: () => Promise<W>,
	resource: string,
	operation: string,
	path: string,
	base: Record<string, unknown> = {},
) {
	const world = useWorld(start);
	return {
		world,
		path,
		calls: () => world().server.callsTo(path),
		run: async (
			items: IDataObject[] = [{}],
			parameters: Record<string, unknown> = {},
			nodeSettings: Record<string, unknown> = {},
		) =>
			await runWeChatResource(
				world().server,
				resource,
				items,
				{ operation, ...base, ...parameters },
				nodeSettings,
			),
	};
}

/** `run(world, items, parameters, nodeSettings)`: the WeChat node's `resource` through n8n's engine. */
export function resourceRunner(resource: string) {
	return async (
		world: { server: FakeWeChatServer },
		items: IDataObject[],
		parameters: Record<string, unknown>,
		nodeSettings: Record<string, unknown> = {},
	) => await runWeChatResource(world.server, resource, items, parameters, nodeSettings);
}

/** Starts a local WeChat with what `add` puts on it (routes, their state): `{ server, ...add(server) }`. */
export function startWeChatWith<S extends object>(add: (server: FakeWeChatServer) => S) {
	return async () => {
		const server = await startFakeWeChat();
		return { server, ...add(server) };
	};
}

/** A fresh local WeChat for each test with what `add` puts on it: `{ server, ...add(server) }`. */
export const useWeChatWith = <S extends object>(add: (server: FakeWeChatServer) => S) =>
	useWorld(startWeChatWith(add));

/** Emit Items -> the WeChat node with `parameters` through n8n's engine; `server`'s credential unless given. */
export async function runOnWeChat(
	server: FakeWeChatServer,
	parameters: INodeParameters,
	options: {
		items?: IDataObject[];
		settings?: Record<string, unknown>;
		credentials?: Record<string, ICredentialDataDecryptedObject>;
	} = {},
) {
	const credentials = options.credentials ?? weChatCredentials(server);
	return await runWorkflow(
		itemsIntoWeChatNode(options.items ?? [{}], parameters, credentials, options.settings),
	);
}
