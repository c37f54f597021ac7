import type { IDataObject } from 'n8n-workflow';

import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { runWeChatResource } from '../helpers/runWeChatResource';

/** A fresh world from `start` for each test of the calling describe block (its server stopped after it). */
export function useWorld<W extends { server: FakeWeChatServer }>(start: () => Promise<W>): () => W {
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
