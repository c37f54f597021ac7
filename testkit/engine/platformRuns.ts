import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeType } from 'n8n-workflow';

import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { InMemoryDataTables } from './dataTables';
import { emitItemsNode } from './engineNodeTypes';
import { processTransport } from './nodeTransport';
import { PLATFORM_TRIGGER_TYPE, startPlatformTriggerServer } from './platformTriggerServer';
import type { PlatformTriggerServer } from './platformTriggerServer';
import { runWorkflow } from './runWorkflow';
import type { WorkflowResult } from './runWorkflow';
import { FakeN8nApi } from '../servers/fakeN8nApi';
import { FakeComponentPlatform } from '../servers/fakeWeChat/componentRoutes';
import { addLiveRoutes, makeFollowers } from '../servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../servers/fakeWeChat/server';

export const ACTION_TYPE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgram';

/**
 * One n8n "process": nodes with their own transport caches (so their own in-memory tokens and
 * table ids, as a separate worker has), sharing the Data Tables with every other process of the test.
 */
export function loadWorker(): Worker {
	return {
		action: new WeChatMiniProgram(processTransport()),
		trigger: new WeChatPlatformTrigger(),
	};
}

export function platformCredential(
	fake: FakeWeChatServer,
	platform: FakeComponentPlatform,
): ICredentialDataDecryptedObject {
	return {
		componentAppId: platform.componentAppId,
		componentAppSecret: platform.componentAppSecret,
		token: platform.token,
		encodingAESKey: platform.encodingAESKey,
		apiDomain: 'custom',
		customBaseUrl: fake.url,
	};
}

export interface Worker {
	action: INodeType;
	trigger: INodeType;
}

const apis = new WeakMap<InMemoryDataTables, Promise<FakeN8nApi>>();
/** The engine's own Data Table proxy refuses this node, as n8n 2.41.1's does. */
const N8N_PROXY = new InMemoryDataTables({ asN8n: true });

/** n8n's public API over one test database, as the credential's n8n API URL and key reach it. */
export async function n8nApiOver(dataTables: InMemoryDataTables): Promise<FakeN8nApi> {
	let api = apis.get(dataTables);
	if (!api) {
		api = new FakeN8nApi(dataTables).start();
		apis.set(dataTables, api);
	}
	return await api;
}

/**
 * Runs one action node (with `parameters`) on a worker, fed `items`; a trigger may come first.
 * The platform credential reaches `dataTables` through n8n's public API (FakeN8nApi).
 */
export async function runAction(
	worker: Worker,
	dataTables: InMemoryDataTables,
	credential: ICredentialDataDecryptedObject,
	parameters: INode['parameters'],
	start: { items: IDataObject[]; triggerNode?: INode } = { items: [{}] },
): Promise<WorkflowResult> {
	const action: INode = {
		id: 'action',
		name: 'WeChat',
		type: ACTION_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters,
		credentials: { weChatPlatformApi: { id: 'platform-cred', name: 'platform' } },
	};
	const first: INode = start.triggerNode ?? emitItemsNode(start.items, 'Start', 'start');
	return await runWorkflow({
		nodes: [first, action],
		connections: { [first.name]: { main: [[{ node: action.name, type: 'main', index: 0 }]] } },
		credentials: { weChatPlatformApi: { ...credential, ...(await n8nApiFields(dataTables)) } },
		extraNodeTypes: { [ACTION_TYPE]: worker.action, [PLATFORM_TRIGGER_TYPE]: worker.trigger },
		dataTables: N8N_PROXY,
		startItems: start.triggerNode ? start.items.map((json) => ({ json })) : undefined,
		mode: start.triggerNode ? 'webhook' : 'manual',
	});
}

/** The platform credential's fields that point it at n8n's public API over `dataTables`. */
export async function n8nApiFields(
	dataTables: InMemoryDataTables,
): Promise<{ n8nApiUrl: string; n8nApiKey: string }> {
	const api = await n8nApiOver(dataTables);
	return { n8nApiUrl: api.url, n8nApiKey: api.apiKey };
}

/** The ticket workflow's branches (an n8n Switch on InfoType in examples/). */
export function ticketWorkflowStep(infoType: unknown): INode['parameters'] | undefined {
	switch (infoType) {
		case 'component_verify_ticket':
			return { resource: 'thirdPartyPlatform', operation: 'storeVerifyTicket' };
		case 'authorized':
		case 'updateauthorized':
			return { resource: 'thirdPartyPlatform', operation: 'exchangeAuthorizationCode' };
		case 'unauthorized':
			return { resource: 'thirdPartyPlatform', operation: 'forgetAuthorizer' };
		default:
			return undefined;
	}
}

export { FakeComponentPlatform, InMemoryDataTables };

export interface AuthorizedPlatform {
	fake: FakeWeChatServer;
	platform: FakeComponentPlatform;
	dataTables: InMemoryDataTables;
	credential: ICredentialDataDecryptedObject;
	/** The platform trigger the ticket workflow runs behind (its two URLs). */
	trigger: PlatformTriggerServer;
	/** Errors of the ticket workflow's runs (a test expects none). */
	errors: string[];
	/** Closes the trigger (the local WeChat is the caller's). */
	stop(): Promise<void>;
}

/**
 * A local WeChat with a third-party platform whose ticket workflow (on `worker`) has stored a ticket
 * and the authorization of every merchant in `merchants`, ready for their operations.
 */
export async function startAuthorizedPlatform(
	worker: Worker,
	merchants: string[],
	fake: FakeWeChatServer,
): Promise<AuthorizedPlatform> {
	const platform = new FakeComponentPlatform(fake);
	const dataTables = new InMemoryDataTables();
	const credential = platformCredential(fake, platform);
	const errors: string[] = [];
	const trigger = await startPlatformTriggerServer(
		worker.trigger,
		credential,
		async (items, node) => {
			const parameters = ticketWorkflowStep(items[0].json.InfoType);
			if (!parameters) return;
			const result = await runAction(worker, dataTables, credential, parameters, {
				items: items.map((item) => item.json),
				triggerNode: node,
			});
			if (result.error) errors.push(result.error.message);
		},
	);
	await platform.pushTicket(trigger.authorizationUrl);
	for (const appId of merchants) await platform.authorize(appId, trigger.authorizationUrl);
	await trigger.idle();
	const stop = async () => await trigger.close();
	return { fake, platform, dataTables, credential, trigger, errors, stop };
}

/**
 * A new local WeChat with live room 1 and `merchants` authorized on its platform for one worker
 * (see startAuthorizedPlatform): where pushForEveryMerchantAtOnce runs. `stop` closes both.
 */
export async function startLiveRoomPlatform(merchants: string[]) {
	const worker = loadWorker();
	const fake = await new FakeWeChatServer().start();
	const live = addLiveRoutes(fake);
	live.rooms.add(1);
	const authorized = await startAuthorizedPlatform(worker, merchants, fake);
	const stop = async () => {
		await authorized.stop();
		await fake.stop();
	};
	return { worker, fake, live, authorized, stop };
}

/**
 * Every merchant pushes `openidsEach` followers of live room 1 at once (Live Message > Push), each
 * in its own run on `worker`: what per-merchant pacing is measured and proven with.
 */
export async function pushForEveryMerchantAtOnce(
	worker: Worker,
	{ dataTables, credential }: AuthorizedPlatform,
	merchants: string[],
	openidsEach: number,
): Promise<WorkflowResult[]> {
	return await Promise.all(
		merchants.map(
			async (merchant) =>
				await runAction(
					worker,
					dataTables,
					credential,
					{
						resource: 'liveMessage',
						operation: 'push',
						authentication: 'thirdPartyPlatform',
						authorizerAppId: merchant,
						roomId: { __rl: true, mode: 'id', value: 1 },
						openidSource: 'inputItems',
						openidField: 'openid',
					},
					{ items: makeFollowers(openidsEach, [1]).map((follower) => ({ ...follower })) },
				),
		),
	);
}
