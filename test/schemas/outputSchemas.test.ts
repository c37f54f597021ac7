/**
 * The output schemas shipped in __schema__ (n8n's editor reads them to offer an operation's output
 * fields before a first run) against what the operations and the trigger really output. With
 * WRITE_OUTPUT_SCHEMAS=1 (`npm run schemas`) the files are written from those outputs first.
 */
import fs from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import type { IDataObject, INodeType } from 'n8n-workflow';

import { resources } from '../../nodes/WeChatMiniProgram/actions/resources';
import { triggerProperties } from '../../nodes/WeChatMiniProgramTrigger/triggerProperties';
import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { jsonSchemaOf } from '../../testkit/schemas/jsonSchemaOf';
import type { JsonSchema } from '../../testkit/schemas/jsonSchemaOf';
import { OPERATION_SAMPLES } from './outputSamples';
import { operationOutputs, triggerOutputs } from './realOutputs';

const WRITE = process.env.WRITE_OUTPUT_SCHEMAS === '1';
const root = path.resolve(__dirname, '..', '..');
// n8n reads __schema__/v<major.minor.patch>/<resource>/<operation>.json next to the node file,
// and for a node with no resource or operation (the trigger) __schema__/v<version>/output.json.
const actionSchemas = path.join(root, 'nodes', 'WeChatMiniProgram', '__schema__', 'v1.0.0');
// n8n reads a trigger's output.json by the node's version: one file for each version it declares.
const versionsOf = (node: INodeType) => [node.description.version].flat();
const triggerSchemaFilesOf = (folder: string, node: INodeType) =>
	versionsOf(node).map((version) =>
		path.join(root, 'nodes', folder, '__schema__', `v${version}.0.0`, 'output.json'),
	);
const triggerSchemaFiles = triggerSchemaFilesOf(
	'WeChatMiniProgramTrigger',
	new WeChatMiniProgramTrigger(),
);
const platformTriggerSchemaFiles = triggerSchemaFilesOf(
	'WeChatPlatformTrigger',
	new WeChatPlatformTrigger(),
);

const operationKeys = [...new Set(OPERATION_SAMPLES.map((s) => `${s.resource}/${s.operation}`))];
const schemaOfItems = (items: IDataObject[]) =>
	jsonSchemaOf(items.map((item) => JSON.parse(JSON.stringify(item)) as unknown));
const readSchema = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonSchema;

/** Written plain; scripts/schemas.mts formats them with prettier afterwards. */
function writeSchema(file: string, schema: JsonSchema): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, `${JSON.stringify(schema, null, '\t')}\n`);
}

const TRIGGER_DESCRIPTION =
	'One item per callback: a WeChat event (by Event) or a Tencent Cloud Chat callback (by CallbackCommand)';
const PLATFORM_TRIGGER_DESCRIPTION =
	'One item per push: an authorization event (Platform.<InfoType>) or a merchant’s message (Message.<Event>, with authorizerAppId)';

function triggerSchemaOf(
	outputs: Map<string, IDataObject[]>,
	description = TRIGGER_DESCRIPTION,
): JsonSchema {
	return {
		description,
		anyOf: [...outputs].map(([event, items]) => ({ title: event, ...schemaOfItems(items) })),
	};
}

let operations: Map<string, IDataObject[]>;
let triggerEvents: Map<string, IDataObject[]>;
let platformEvents: Map<string, IDataObject[]>;
const ajv = new Ajv({ allErrors: true, strict: false });

beforeAll(async () => {
	triggerEvents = await triggerOutputs();
	({ operations, platformTrigger: platformEvents } = await operationOutputs(triggerEvents));
	if (!WRITE) return;
	fs.rmSync(actionSchemas, { recursive: true, force: true });
	for (const [key, items] of operations)
		writeSchema(path.join(actionSchemas, `${key}.json`), schemaOfItems(items));
	for (const file of triggerSchemaFiles) writeSchema(file, triggerSchemaOf(triggerEvents));
	for (const file of platformTriggerSchemaFiles)
		writeSchema(file, triggerSchemaOf(platformEvents, PLATFORM_TRIGGER_DESCRIPTION));
}, 120_000);

const run = 'run `npm run schemas` after changing what an operation outputs';

test('every operation of every resource has a sample run and a schema; no schema is left over', () => {
	const declared = Object.entries(resources).flatMap(([resource, { module }]) =>
		Object.keys(module.operations).map((operation) => `${resource}/${operation}`),
	);
	expect([...operationKeys].sort()).toEqual([...declared].sort());
	const shipped = fs
		.readdirSync(actionSchemas, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.replace(/\\/g, '/').replace(/\.json$/, ''));
	expect(shipped.sort()).toEqual([...declared].sort());
});

test.each(operationKeys)('%s: its real outputs validate against its schema', (key) => {
	const schema = readSchema(path.join(actionSchemas, `${key}.json`));
	const validate = ajv.compile(schema);
	for (const item of operations.get(key)!) {
		const valid = validate(JSON.parse(JSON.stringify(item)));
		if (!valid) throw new Error(`${key}: ${ajv.errorsText(validate.errors)}; ${run}`);
	}
	expect(schema).toEqual(schemaOfItems(operations.get(key)!));
	expect(schema.type).toBe('object');
	expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
});

test.each(triggerSchemaFiles)(
	'the trigger schema %s covers every event and callback it can emit, and the real items validate',
	(triggerSchemaFile) => {
		const schema = readSchema(triggerSchemaFile);
		expect(schema).toEqual(triggerSchemaOf(triggerEvents));
		const titles = schema.anyOf!.map((branch) => branch.title);
		const options = (name: string) =>
			(triggerProperties.find((p) => p.name === name)!.options as Array<{ value: string }>).map(
				(option) => option.value,
			);
		for (const event of [...options('events'), ...options('commands')])
			expect(titles).toContain(event);
		const validate = ajv.compile(schema);
		for (const [event, items] of triggerEvents) {
			for (const item of items) {
				if (!validate(JSON.parse(JSON.stringify(item))))
					throw new Error(`${event}: ${ajv.errorsText(validate.errors)}; ${run}`);
			}
			const own = ajv.compile(schema.anyOf!.find((branch) => branch.title === event)!);
			expect(items.every((item) => own(JSON.parse(JSON.stringify(item))))).toBe(true);
		}
	},
);

test.each(platformTriggerSchemaFiles)(
	'the platform trigger schema %s covers each authorization event and merchant messages',
	(platformTriggerSchemaFile) => {
		const schema = readSchema(platformTriggerSchemaFile);
		expect(schema).toEqual(triggerSchemaOf(platformEvents, PLATFORM_TRIGGER_DESCRIPTION));
		const titles = schema.anyOf!.map((branch) => branch.title);
		for (const infoType of [
			'component_verify_ticket',
			'authorized',
			'updateauthorized',
			'unauthorized',
		])
			expect(titles).toContain(`Platform.${infoType}`);
		expect(titles).toContain('Message.wxalive_follow_notify');
		const validate = ajv.compile(schema);
		for (const [key, items] of platformEvents) {
			for (const item of items) {
				if (!validate(JSON.parse(JSON.stringify(item))))
					throw new Error(`${key}: ${ajv.errorsText(validate.errors)}; ${run}`);
				if (key.startsWith('Message.')) expect(item.authorizerAppId).toBe('wxshop0000000001');
			}
		}
		// The ticket travels sealed: the local WeChat's tickets all start with ticket@@@.
		expect(JSON.stringify([...platformEvents])).not.toContain('ticket@@@');
	},
);

// A secret's name at any depth of a schema means an operation outputs it. A boolean saying one was
// stored (Exchange Authorization Code's refreshTokenStored) holds nothing, and a sealed value (the
// platform trigger's sealedVerifyTicket: AES-GCM under a key derived from the component App Secret,
// opened only by the action node) is not the secret; the platform tests check the ticket itself
// never appears in an item.
const SECRET_NAME = /token|ticket|secret|usersig|aeskey|password/i;
function secretFields(schema: JsonSchema, at: string): string[] {
	const own = Object.entries(schema.properties ?? {}).flatMap(([name, inner]) => [
		...(SECRET_NAME.test(name) && inner.type !== 'boolean' && !name.startsWith('sealed')
			? [`${at}.${name}`]
			: []),
		...secretFields(inner, `${at}.${name}`),
	]);
	const items = schema.items ? secretFields(schema.items, `${at}[]`) : [];
	const branches = (schema.anyOf ?? []).flatMap((branch, index) =>
		secretFields(branch, `${at}|${branch.title ?? index}`),
	);
	return [...own, ...items, ...branches];
}

test('no schema has a field named for a token, ticket or secret (the outputs carry none)', () => {
	const files = [
		...operationKeys.map((key) => path.join(actionSchemas, `${key}.json`)),
		...triggerSchemaFiles,
		...platformTriggerSchemaFiles,
	];
	const found = files.flatMap((file) =>
		secretFields(readSchema(file), path.relative(actionSchemas, file)),
	);
	expect(found).toEqual([]);
	// The walk finds a secret's field where one would be.
	const leaky: JsonSchema = {
		type: 'object',
		properties: {
			list: {
				type: 'array',
				items: { type: 'object', properties: { refresh_token: { type: 'string' } } },
			},
		},
	};
	expect(secretFields(leaky, 'leaky')).toEqual(['leaky.list[].refresh_token']);
});

test('a schema catches a changed output: a renamed field and a changed type fail', () => {
	const key = 'liveRoom/getMany';
	const validate = ajv.compile(readSchema(path.join(actionSchemas, `${key}.json`)));
	const [room] = operations.get(key)!;
	const [first, ...rest] = Object.keys(room);
	const renamed = {
		[`${first}Renamed`]: room[first],
		...Object.fromEntries(rest.map((k) => [k, room[k]])),
	};
	expect(validate(renamed)).toBe(false);
	const retyped = { ...room, [first]: { unexpected: true } };
	expect(validate(retyped)).toBe(false);
});
