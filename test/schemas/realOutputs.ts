/**
 * Runs every sample of outputSamples.ts through n8n's engine against local servers seeded as for
 * the demo, and the trigger over real HTTP with every callback fixture: the output items each
 * operation and each trigger event really produce.
 */
import { CUSTOMER_SERVICE_PUSHES } from '../../testkit/fixtures/customerServiceFixtures';
import { pushToTrigger } from '../../testkit/servers/fakeWeChat/messagePusher';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { TencentChatApi } from '../../credentials/TencentChatApi.credentials';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { InMemoryDataTables } from '../../testkit/engine/dataTables';
import { resetTransport } from '../../testkit/engine/nodeTransport';
import { registerCredentialType } from '../../testkit/engine/credentialsStore';
import { startPlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SDK_APP_ID,
	TEST_SECRET_KEY,
} from '../../testkit/fixtures/tencentCallbackFixtures';
import { EVENT_FIXTURES } from '../../testkit/fixtures/wechatEventFixtures';
import {
	signedQuery,
	TEST_AES_KEY,
	TEST_APP_ID,
	TEST_TOKEN,
} from '../../testkit/fixtures/wechatTestCrypto';
import { seedDemoTencent, seedDemoWeChat } from '../../testkit/servers/demoSeed';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { FakeComponentPlatform } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { binaryItemsIntoWeChatNode } from '../actions/broadcastHarness';
import {
	n8nApiFields,
	platformCredential,
} from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';
import { chatCredentials } from '../actions/chatOfficialAccount/chatOfficialAccountHarness';
import { send, startTriggerServer } from '../trigger/triggerServer';
import { OPERATION_SAMPLES, SAMPLE_MERCHANT } from './outputSamples';
import type { TriggerOutputs } from './outputSamples';

registerCredentialType(new TencentChatApi());

/**
 * The output items of each operation, keyed `<resource>/<operation>`. `trigger` is what the
 * trigger emitted (triggerOutputs), for the operations that take a trigger's item; the Third-Party
 * Platform Trigger's items (keyed `Platform.<InfoType>`) are added here, as they come from the
 * same local WeChat the operations call.
 */
export async function operationOutputs(trigger: TriggerOutputs): Promise<{
	operations: Map<string, IDataObject[]>;
	platformTrigger: Map<string, IDataObject[]>;
}> {
	resetTransport();
	const weChat = await new FakeWeChatServer().start();
	const tencent = await new FakeTencentChat().start();
	const seed = seedDemoWeChat(weChat);
	seedDemoTencent(tencent);
	const platform = new FakeComponentPlatform(weChat);
	// n8n's database, where the platform operations keep the ticket and the merchants' tokens.
	const dataTables = new InMemoryDataTables();
	const credentials = {
		...weChatCredentials(weChat),
		tencentChatApi: chatCredentials(tencent) as never,
		weChatPlatformApi: {
			...platformCredential(weChat, platform),
			...(await n8nApiFields(dataTables)),
		},
	};
	const outputs = new Map<string, IDataObject[]>();
	let platformTrigger = new Map<string, IDataObject[]>();
	try {
		platformTrigger = await platformTriggerOutputs(platform, credentials.weChatPlatformApi);
		const triggers = new Map([...trigger, ...platformTrigger]);
		for (const sample of OPERATION_SAMPLES) {
			const { resource, operation, parameters = {}, items = [{}] } = sample;
			const given = typeof parameters === 'function' ? parameters(seed) : parameters;
			const inputs = typeof items === 'function' ? items(triggers) : items;
			let answers = 0;
			const result = await runWorkflow({
				...binaryItemsIntoWeChatNode(inputs, { resource, operation, ...given }, credentials),
				onSendResponse: () => answers++,
			});
			const key = `${resource}/${operation}`;
			if (result.error) throw new Error(`${key} failed: ${result.error.message}`);
			if (answers !== (sample.answersWebhook ? 1 : 0))
				throw new Error(`${key} answered the webhook ${answers} times`);
			const output = result.output('WeChat');
			if (output.length === 0) throw new Error(`${key} produced no items to derive a schema from`);
			outputs.set(key, [...(outputs.get(key) ?? []), ...output]);
		}
	} finally {
		await Promise.all([weChat.stop(), tencent.stop()]);
	}
	return { operations: outputs, platformTrigger };
}

/** A second merchant, who authorises the platform and then revokes it. */
const LEAVING_MERCHANT = 'wxshop0000000002';

/**
 * What the Third-Party Platform Trigger emits: keyed `Platform.<InfoType>` for each authorization
 * event (WeChat's ticket push; SAMPLE_MERCHANT authorising, whose code is still unexchanged, and
 * changing its authorisation; LEAVING_MERCHANT revoking), and `Message.<Event>` for each XML event
 * fixture arriving from SAMPLE_MERCHANT at the message URL.
 */
async function platformTriggerOutputs(
	platform: FakeComponentPlatform,
	credential: ICredentialDataDecryptedObject,
): Promise<Map<string, IDataObject[]>> {
	// Nothing runs after the trigger here: the samples' own runs store the ticket and exchange the code.
	const server = await startPlatformTriggerServer(
		new WeChatPlatformTrigger(),
		credential,
		async () => {},
	);
	const outputs = new Map<string, IDataObject[]>();
	try {
		const pushes = [
			await platform.pushTicket(server.authorizationUrl),
			await platform.authorize(SAMPLE_MERCHANT, server.authorizationUrl),
			await platform.updateAuthorization(SAMPLE_MERCHANT, server.authorizationUrl),
			await platform.authorize(LEAVING_MERCHANT, server.authorizationUrl),
			await platform.revoke(LEAVING_MERCHANT, server.authorizationUrl),
		];
		for (const fixture of EVENT_FIXTURES.filter(({ format }) => format === 'xml'))
			pushes.push(
				await platform.pushMessageXml(`${server.messageUrl}/${SAMPLE_MERCHANT}`, fixture.body),
			);
		if (pushes.some((answer) => answer.status !== 200))
			throw new Error(`the platform trigger refused a push: ${JSON.stringify(pushes)}`);
		for (const [item] of server.started) {
			const key =
				item.json.url === 'message'
					? `Message.${String(item.json.Event)}`
					: `Platform.${String(item.json.InfoType)}`;
			outputs.set(key, [...(outputs.get(key) ?? []), item.json]);
		}
	} finally {
		await server.close();
	}
	return outputs;
}

/** The items the trigger emits, keyed by WeChat event or Tencent Cloud Chat callback command. */
export async function triggerOutputs(): Promise<Map<string, IDataObject[]>> {
	const outputs = new Map<string, IDataObject[]>();
	const collect = (key: string, started: { json: IDataObject }[][][]) => {
		const items = started.flatMap((run) => run[0].map((item) => item.json));
		if (items.length === 0) throw new Error(`the trigger emitted nothing for ${key}`);
		outputs.set(key, [...(outputs.get(key) ?? []), ...items]);
		started.splice(0);
	};
	const weChat = await startTriggerServer(
		{ appId: TEST_APP_ID, token: TEST_TOKEN, encodingAESKey: TEST_AES_KEY },
		{ encryptionMode: 'plaintext' },
	);
	const tencent = await startTriggerServer(
		{
			sdkAppId: TEST_SDK_APP_ID,
			secretKey: TEST_SECRET_KEY,
			adminIdentifier: 'administrator',
			region: 'console.tim.qq.com',
			callbackToken: TEST_CALLBACK_TOKEN,
		},
		{ source: 'tencentChat' },
		'tencentChatApi',
	);
	try {
		for (const fixture of EVENT_FIXTURES) {
			await send(weChat.url, {
				query: signedQuery(),
				body: fixture.body,
				contentType: fixture.format === 'xml' ? 'text/xml' : 'application/json',
			});
			collect(fixture.event, weChat.started as never);
		}
		for (const { event, message } of CUSTOMER_SERVICE_PUSHES) {
			const target = {
				url: weChat.url,
				token: TEST_TOKEN,
				aesKey: TEST_AES_KEY,
				appId: TEST_APP_ID,
			};
			await pushToTrigger({ ...target, mode: 'plaintext', format: 'json' }, message);
			collect(event, weChat.started as never);
		}
		for (const fixture of TENCENT_FIXTURES) {
			await send(tencent.url, {
				query: tencentQuery({ command: fixture.command }),
				body: fixtureBody(fixture),
				contentType: 'application/json',
			});
			collect(fixture.command, tencent.started as never);
		}
	} finally {
		await Promise.all([weChat.close(), tencent.close()]);
	}
	return outputs;
}
