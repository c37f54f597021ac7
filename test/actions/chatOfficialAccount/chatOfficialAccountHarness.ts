import type { IDataObject, INode } from 'n8n-workflow';

import { TencentChatApi } from '../../../credentials/TencentChatApi.credentials';
import { registerCredentialType } from '../../../testkit/engine/credentialsStore';
import { resetTransport } from '../../../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import type { WorkflowResult } from '../../../testkit/engine/runWorkflow';
import { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { useWorld } from '../operationHarness';

registerCredentialType(new TencentChatApi());

export function chatCredentials(server: FakeTencentChat, overrides: IDataObject = {}): IDataObject {
	return {
		sdkAppId: server.sdkAppId,
		secretKey: server.secretKey,
		adminIdentifier: 'administrator',
		region: 'custom',
		customBaseUrl: server.url,
		callbackToken: '',
		...overrides,
	};
}

export const ACCOUNT = '@TOA#_news';

/** Add Subscribers to ACCOUNT, the subscribers read from each input item's userId. */
export const subscribersFromItems = {
	operation: 'addSubscribers',
	officialAccount: ACCOUNT,
	subscriberSource: 'inputItems',
	subscriberField: 'userId',
};

export async function startChatServer(): Promise<FakeTencentChat> {
	resetTransport();
	return await new FakeTencentChat().start();
}

/** A fresh local Tencent Cloud Chat for each test of the describe block, stopped after it. */
export function useChatServer(): () => FakeTencentChat {
	let server: FakeTencentChat;
	beforeEach(async () => (server = await startChatServer()));
	afterEach(async () => await server.stop());
	return () => server;
}

/** A fresh local Tencent Cloud Chat for each test of the calling describe block, with ACCOUNT set up. */
export function useAccountServer(profile: IDataObject = {}, subscribers: string[] = []) {
	const world = useWorld(async () => {
		const server = await startChatServer();
		server.addAccount(ACCOUNT, profile, subscribers);
		return { server };
	});
	return () => world().server;
}

/** Runs Emit Items -> the node with resource Chat Official Account through n8n's engine. */
export async function runChat(
	server: FakeTencentChat,
	items: IDataObject[],
	parameters: INode['parameters'],
	options: { settings?: Partial<INode>; credentials?: IDataObject } = {},
): Promise<WorkflowResult> {
	const result = await runWorkflow(
		itemsIntoWeChatNode(
			items,
			{ resource: 'chatOfficialAccount', ...parameters },
			{ tencentChatApi: chatCredentials(server, options.credentials) as never },
			options.settings,
		),
	);
	expectNoSecrets(server, result);
	return result;
}

/** `run(server, items, parameters, options)` of `runChat` with the resource set to `resource`. */
export function chatRunner(resource: string) {
	return async (
		server: FakeTencentChat,
		items: IDataObject[],
		parameters: INode['parameters'],
		options: { settings?: Partial<INode> } = {},
	): Promise<WorkflowResult> => await runChat(server, items, { resource, ...parameters }, options);
}

type ChatRun = ReturnType<typeof chatRunner>;

/**
 * One operation's tests: a fresh local Tencent Cloud Chat per test (`server`), and `run(items,
 * parameters, options)` through `runner` on it with `operation` unless the parameters name another.
 */
export function useChatOperation(runner: ChatRun, operation: string) {
	const server = useChatServer();
	const run = async (
		items: IDataObject[] = [{}],
		parameters: INode['parameters'] = {},
		options: { settings?: Partial<INode> } = {},
	) => await runner(server(), items, { operation, ...parameters }, options);
	return { server, run };
}

/** Add Subscribers from the items' userId on `server()`, with `parameters` over subscribersFromItems. */
export function addSubscribersOn(server: () => FakeTencentChat) {
	return async (
		items: IDataObject[],
		parameters: INode['parameters'] = {},
		options: { settings?: Partial<INode> } = {},
	) => await runChat(server(), items, { ...subscribersFromItems, ...parameters }, options);
}

/** Neither the secret key nor any UserSig the server saw may appear in the run's outputs or errors. */
export function expectNoSecrets(server: FakeTencentChat, result: WorkflowResult): void {
	const everything = JSON.stringify(result.run.data.resultData, (_key, value: unknown) =>
		value instanceof Error
			? {
					message: value.message,
					description: (value as { description?: unknown }).description,
					stack: value.stack,
				}
			: value,
	);
	expect(everything).not.toContain(server.secretKey);
	for (const userSig of new Set(server.calls.map((call) => call.query.usersig).filter(Boolean))) {
		expect(everything).not.toContain(userSig);
	}
	if (result.error) {
		expect(result.error.message).not.toContain(server.secretKey);
		expect(String(result.error.description ?? '')).not.toContain(server.secretKey);
	}
}

export const users = (count: number, prefix = 'user') =>
	Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(6, '0')}`);
