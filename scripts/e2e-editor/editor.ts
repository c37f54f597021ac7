#!/usr/bin/env node
/**
 * `npm run e2e:editor`: this package in a real n8n's editor, driven in headless Chromium (Debian's
 * `chromium`, through playwright-core; no browser download). It signs in as the demo owner,
 * creates a workflow with the action node, a node after it, the trigger, an action node acting
 * for a merchant and the platform trigger, then opens every resource and operation of the action
 * node, the trigger in each source, the merchant node and the platform trigger, and each
 * credential's dialog. It fails on a console error, and unless the room picker lists the local
 * rooms, the template dropdown lists the templates and the keyword mapper shows the chosen
 * template's keywords, each operation's output fields are offered before a run (its __schema__),
 * the three credential tests pass, the merchant node asks for the Authorizer App ID and its
 * credential list offers both WeChat kinds, and each trigger shows its production URLs and set-up
 * steps.
 * A screenshot of each panel goes to e2e-output/editor/.
 *
 *   CHROMIUM   the browser binary (default /usr/bin/chromium)
 *
 * Expects `npm run build` and `tsc -p tsconfig.tools.json` to have run (the npm script does both).
 */
import fs from 'node:fs';
import path from 'node:path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { chromium } from 'playwright-core';
import type { Locator, Page } from 'playwright-core';

import { refTo } from '../lib/credentials';
import type { DemoCredential } from '../lib/credentials';
import { createWorkflow } from '../lib/n8nRest';
import { DEMO_OWNER } from '../lib/owner';
import { REPO_ROOT } from '../lib/repoRoot';
import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import { startEditorInstance } from './editorInstance';
import {
	choose,
	chooseEntry,
	closeDropdown,
	dropdownEntries,
	openDropdown,
	openNode,
	openNodeOnCanvas,
	screenshots,
	signIn,
} from './editorPage';
import type { Screenshots } from './editorPage';

const SCREENSHOTS = path.join(REPO_ROOT, 'e2e-output', 'editor');
const PACKAGE = 'n8n-nodes-wechat-miniprogram';
const ACTION = { id: 'e2e-action-node', name: 'WeChat Mini Program' };
const AFTER = { id: 'e2e-after-node', name: 'After' };
const TRIGGER = { id: 'e2e-trigger-node', name: 'WeChat Mini Program Trigger' };
const PLATFORM_ACTION = { id: 'e2e-platform-action-node', name: 'For a Merchant' };
const PLATFORM_TRIGGER = { id: 'e2e-platform-trigger-node', name: 'Platform Pushes' };
const WEBHOOK_ID = 'e2e-editor-callbacks';
const PLATFORM_WEBHOOK_ID = 'e2e-editor-platform';
// What the demo seed (testkit/servers/demoSeed.ts) holds.
const DEMO_ROOMS = ['直播间 1 (1)', '直播间 2 (2)', '直播间 3 (3)'];
const DEMO_TEMPLATE = 'Live broadcast reminder (one-time)';
const DEMO_TEMPLATE_KEYWORDS = ['Room (thing1)', 'Starts (time2)', 'Note (thing3)'];

const actionDescription = new WeChatMiniProgram().description;
const triggerDescription = new WeChatMiniProgramTrigger().description;
const platformTriggerDescription = new WeChatPlatformTrigger().description;

/** The property of `properties` that `matches`; throws when the node declares none. */
function propertyWhere(
	properties: INodeProperties[],
	matches: (property: INodeProperties) => boolean,
	what: string,
): INodeProperties {
	const found = properties.find(matches);
	if (!found) throw new Error(`the node declares no ${what}`);
	return found;
}

const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

/** [resource option, its operation options] as the action node declares them. */
function resourcesAndOperations(): [INodePropertyOptions, INodePropertyOptions[]][] {
	const { properties } = actionDescription;
	const resource = propertyWhere(properties, (p) => p.name === 'resource', 'resource');
	return optionsOf(resource).map((option) => [
		option,
		optionsOf(
			propertyWhere(
				properties,
				(p) => p.name === 'operation' && !!p.displayOptions?.show?.resource?.includes(option.value),
				`operation for ${option.name}`,
			),
		),
	]);
}

function editorWorkflow(credentials: DemoCredential[]) {
	const weChat = refTo(credentials, 'weChatMiniProgramApi');
	const tencent = refTo(credentials, 'tencentChatApi');
	const platform = refTo(credentials, 'weChatPlatformApi');
	return {
		name: 'Editor check',
		nodes: [
			{
				id: ACTION.id,
				name: ACTION.name,
				type: `${PACKAGE}.weChatMiniProgram`,
				typeVersion: 1,
				position: [200, 0],
				parameters: {},
				credentials: { weChatMiniProgramApi: weChat, tencentChatApi: tencent },
			},
			{
				id: AFTER.id,
				name: AFTER.name,
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [450, 0],
				parameters: {},
			},
			{
				id: TRIGGER.id,
				name: TRIGGER.name,
				type: `${PACKAGE}.weChatMiniProgramTrigger`,
				typeVersion: 2,
				position: [0, 300],
				parameters: {},
				webhookId: WEBHOOK_ID,
				credentials: { weChatMiniProgramApi: weChat, tencentChatApi: tencent },
			},
			{
				id: PLATFORM_ACTION.id,
				name: PLATFORM_ACTION.name,
				type: `${PACKAGE}.weChatMiniProgram`,
				typeVersion: 1,
				position: [200, 600],
				parameters: {
					authentication: 'thirdPartyPlatform',
					resource: 'live',
					operation: 'apply',
					authorizerAppId: 'wx00000000merchant',
				},
				credentials: { weChatPlatformApi: platform },
			},
			{
				id: PLATFORM_TRIGGER.id,
				name: PLATFORM_TRIGGER.name,
				type: `${PACKAGE}.weChatPlatformTrigger`,
				typeVersion: 2,
				position: [0, 900],
				parameters: {},
				webhookId: PLATFORM_WEBHOOK_ID,
				credentials: { weChatPlatformApi: platform },
			},
		],
		connections: { [ACTION.name]: { main: [[{ node: AFTER.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

interface Checks {
	failures: string[];
	check(ok: boolean, what: string): void;
}

function checker(): Checks {
	const failures: string[] = [];
	return {
		failures,
		check(ok, what) {
			console.log(`  ${ok ? 'ok ' : 'FAIL'}  ${what}`);
			if (!ok) failures.push(what);
		},
	};
}

async function panelText(page: Page): Promise<string> {
	return await page.locator('[data-test-id=ndv]').innerText();
}

/** What the page functions below use of a DOM element (they run in the browser). */
interface ScrollBox {
	scrollHeight: number;
	clientHeight: number;
	scrollTop: number;
	querySelectorAll(selector: string): ArrayLike<ScrollBox>;
}
declare function getComputedStyle(element: ScrollBox): { overflowY: string };

/**
 * The panel's text from top to bottom. n8n's schema view is a virtual scroller that renders only
 * the rows in sight, so a long schema's last fields are in the page only once scrolled to.
 */
async function textThroughScrolling(panel: Locator): Promise<string> {
	const texts = [await panel.innerText()];
	const scrollable = await panel.evaluateHandle((element: ScrollBox) => {
		const candidates = [element, ...Array.from(element.querySelectorAll('*'))].filter(
			(node) =>
				node.scrollHeight > node.clientHeight + 1 &&
				['auto', 'scroll'].includes(getComputedStyle(node).overflowY),
		);
		return candidates.sort((a, b) => b.scrollHeight - a.scrollHeight)[0] ?? null;
	});
	const scroller = scrollable.asElement();
	if (!scroller) return texts[0];
	for (let step = 0; step < 50; step++) {
		const atEnd = await scroller.evaluate((node: ScrollBox) => {
			node.scrollTop += Math.max(node.clientHeight * 0.8, 50);
			return node.scrollTop + node.clientHeight >= node.scrollHeight - 1;
		});
		await panel.page().waitForTimeout(150);
		texts.push(await panel.innerText());
		if (atEnd) break;
	}
	await scroller.evaluate((node: ScrollBox) => (node.scrollTop = 0));
	return texts.join('\n');
}

/** The node after the action node shows the action's output fields (its __schema__) before a run. */
async function checkOutputFields(
	page: Page,
	{ check }: Checks,
	key: string,
	shots: Screenshots,
): Promise<void> {
	const schema = JSON.parse(
		fs.readFileSync(
			path.join(
				REPO_ROOT,
				'dist',
				'nodes',
				'WeChatMiniProgram',
				'__schema__',
				'v1.0.0',
				`${key}.json`,
			),
			'utf8',
		),
	) as { properties?: Record<string, unknown> };
	const fields = Object.keys(schema.properties ?? {});
	await openNodeOnCanvas(page, AFTER.name);
	const input = page.locator('[data-test-id=ndv-input-panel]');
	await input
		.getByText(fields[0], { exact: true })
		.first()
		.waitFor({ timeout: 15_000 })
		.catch(() => {});
	const shown = await textThroughScrolling(input);
	const missing = fields.filter((field) => !shown.includes(field));
	check(
		shown.includes('Preview') && missing.length === 0,
		`${key}: the next node offers its ${fields.length} output fields before a run${missing.length ? ` (missing ${missing.join(', ')})` : ''}`,
	);
	await shots.save(page, `output-fields-${key.replace('/', '-')}`);
	await openNodeOnCanvas(page, ACTION.name);
}

async function checkRoomPicker(page: Page, { check }: Checks, shots: Screenshots): Promise<void> {
	await page.click('[data-test-id="parameter-input-roomId"]');
	const items = page.locator('[data-test-id=rlc-item]');
	await items.first().waitFor({ timeout: 30_000 });
	const rooms = (await items.allInnerTexts()).map((text) => text.trim());
	check(
		JSON.stringify(rooms) === JSON.stringify(DEMO_ROOMS),
		`room picker lists the local rooms: ${rooms.join(', ')}`,
	);
	await shots.save(page, 'picker-rooms');
	await closeDropdown(page);
}

async function checkTemplatePicker(
	page: Page,
	{ check }: Checks,
	shots: Screenshots,
): Promise<void> {
	// Chosen from the same open dropdown: closing it and opening it again raced its closing
	// animation, and the reopened list read as empty.
	const dropdown = await openDropdown(page, 'templateId');
	check(
		dropdown.texts.some((text) => text.startsWith(DEMO_TEMPLATE)),
		`template dropdown lists "${DEMO_TEMPLATE}"`,
	);
	await shots.save(page, 'picker-templates');
	await chooseEntry(page, dropdown, 'templateId', DEMO_TEMPLATE);
	const mapper = page.locator('[data-test-id="parameter-input-data"], [data-test-id=ndv]').first();
	await mapper
		.getByText(DEMO_TEMPLATE_KEYWORDS[0])
		.first()
		.waitFor({ timeout: 30_000 })
		.catch(() => {});
	const shown = await panelText(page);
	const missing = DEMO_TEMPLATE_KEYWORDS.filter((keyword) => !shown.includes(keyword));
	check(
		missing.length === 0,
		`keyword mapper shows the template's keywords ${DEMO_TEMPLATE_KEYWORDS.join(', ')}${missing.length ? ` (missing ${missing.join(', ')})` : ''}`,
	);
	await shots.save(page, 'mapper-template-keywords');
}

/**
 * Opens the node's credential dialog (n8n tests a saved credential when its dialog opens), then
 * presses the test's Retry button and waits for the answer again.
 */
async function checkCredentialTest(
	page: Page,
	{ check }: Checks,
	shots: Screenshots,
	name: string,
	nodeName = ACTION.name,
): Promise<void> {
	await page.click('[data-test-id=credential-edit-button]');
	const modal = page.locator('[data-test-id=editCredential-modal]');
	await modal.waitFor({ timeout: 30_000 });
	const passed = modal.locator('[data-test-id=credentials-config-container-test-success]');
	const answered = async () =>
		await passed.waitFor({ timeout: 30_000 }).then(
			() => true,
			() => false,
		);
	let ok = await answered();
	if (ok) {
		await passed.getByRole('button', { name: 'Retry' }).click();
		ok = await answered();
	}
	const shown = ok ? await passed.innerText() : await modal.innerText();
	check(ok, `${name} credential: Test (Retry) answers "${shown.split('\n')[0]}"`);
	await shots.save(page, `credential-${name.toLowerCase().replace(/\W+/g, '-')}`);
	await page.keyboard.press('Escape');
	await modal.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
	if (!(await page.locator('[data-test-id=ndv]').isVisible()))
		await openNodeOnCanvas(page, nodeName);
}

/** The name in the node's credential field (n8n shows the id instead when it cannot list it). */
async function chosenCredential(page: Page): Promise<string> {
	return (
		await page.locator('[data-test-id=node-credentials-select] input').first().inputValue()
	).trim();
}

async function checkActionNode(
	page: Page,
	checks: Checks,
	shots: Screenshots,
	credentials: DemoCredential[],
): Promise<void> {
	const weChat = refTo(credentials, 'weChatMiniProgramApi');
	const chosen = await chosenCredential(page);
	checks.check(
		chosen === weChat.name,
		`action node: the credential field shows "${chosen}" (expected "${weChat.name}")`,
	);
	for (const [resource, operations] of resourcesAndOperations()) {
		await choose(page, 'resource', resource.name);
		for (const operation of operations) {
			await choose(page, 'operation', operation.name);
			const key = `${resource.value}/${operation.value}`;
			await shots.save(page, `action-${resource.value}-${operation.value}`);
			checks.check(true, `${key}: panel opened`);
			if (key === 'liveMessage/push') await checkRoomPicker(page, checks, shots);
			if (key === 'subscribeMessage/send') await checkTemplatePicker(page, checks, shots);
			await checkOutputFields(page, checks, key, shots);
		}
		if (resource.value === 'liveFollower')
			await checkCredentialTest(page, checks, shots, 'WeChat Mini Program');
		if (resource.value === 'chatOfficialAccount')
			await checkCredentialTest(page, checks, shots, 'Tencent Cloud Chat');
	}
}

/**
 * A node set to act for a merchant: it asks for the Authorizer App ID, its credential list offers
 * both WeChat kinds (picking one sets Authentication), and the platform credential's test passes.
 */
async function checkPlatformAction(
	page: Page,
	checks: Checks,
	shots: Screenshots,
	credentials: DemoCredential[],
): Promise<void> {
	const shown = await panelText(page);
	checks.check(
		shown.includes('Authorizer App ID'),
		'action node for a merchant: asks for the Authorizer App ID',
	);
	const platform = refTo(credentials, 'weChatPlatformApi');
	const chosen = await chosenCredential(page);
	checks.check(
		chosen === platform.name,
		`action node for a merchant: the credential field shows "${chosen}" (expected "${platform.name}")`,
	);
	await page.click('[data-test-id=node-credentials-select]');
	const { texts } = await dropdownEntries(page);
	const weChat = refTo(credentials, 'weChatMiniProgramApi');
	checks.check(
		[weChat.name, platform.name].every((name) => texts.some((text) => text.includes(name))),
		`action node for a merchant: the credential list offers both kinds (${texts.map((text) => text.split('\n')[0]).join(', ')})`,
	);
	await shots.save(page, 'action-for-a-merchant-credentials');
	await closeDropdown(page);
	await shots.save(page, 'action-for-a-merchant');
	await checkCredentialTest(
		page,
		checks,
		shots,
		'WeChat Third-Party Platform',
		PLATFORM_ACTION.name,
	);
}

/** Shows the production URL of each webhook a trigger declares, and the trigger's set-up notice. */
async function checkWebhookUrls(
	page: Page,
	{ check }: Checks,
	{
		baseUrl,
		label,
		webhookId,
		paths,
		notice,
	}: { baseUrl: string; label: string; webhookId: string; paths: string[]; notice: string },
): Promise<{ close(): Promise<void> }> {
	const urls = page.getByText('Webhook URLs');
	await urls.click();
	await page.click('[data-test-id=radio-button-production]');
	await page.waitForTimeout(300);
	const shown = await panelText(page);
	for (const webhookPath of paths) {
		const productionUrl = `${baseUrl}/webhook/${webhookId}/${webhookPath}`;
		check(shown.includes(productionUrl), `${label}: shows its production URL ${productionUrl}`);
	}
	check(shown.includes(notice), `${label}: shows its set-up steps`);
	return { close: async () => await urls.click() };
}

async function checkPlatformTrigger(
	page: Page,
	checks: Checks,
	shots: Screenshots,
	baseUrl: string,
): Promise<void> {
	const notice = propertyWhere(
		platformTriggerDescription.properties,
		(p) => p.type === 'notice',
		'set-up notice',
	);
	const shown = await checkWebhookUrls(page, checks, {
		baseUrl,
		label: 'platform trigger',
		webhookId: PLATFORM_WEBHOOK_ID,
		paths: (platformTriggerDescription.webhooks ?? []).map((webhook) => webhook.path),
		notice: notice.displayName,
	});
	await shots.save(page, 'platform-trigger');
	await shown.close();
}

async function checkTrigger(
	page: Page,
	checks: Checks,
	shots: Screenshots,
	baseUrl: string,
): Promise<void> {
	const { properties } = triggerDescription;
	const source = propertyWhere(properties, (p) => p.name === 'source', 'source');
	for (const option of optionsOf(source)) {
		await choose(page, 'source', option.name);
		const notice = propertyWhere(
			properties,
			(p) => p.type === 'notice' && !!p.displayOptions?.show?.source?.includes(option.value),
			`set-up notice for ${option.name}`,
		);
		const shown = await checkWebhookUrls(page, checks, {
			baseUrl,
			label: `trigger (${option.name})`,
			webhookId: WEBHOOK_ID,
			paths: ['webhook'],
			notice: notice.displayName,
		});
		await shots.save(page, `trigger-${option.value}`);
		await shown.close();
	}
}

async function main() {
	const started = Date.now();
	const instance = await startEditorInstance();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		chromiumSandbox: false,
		// Without the background-networking flags Chromium's own connections are refused here.
		args: [
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const checks = checker();
	const shots = screenshots(SCREENSHOTS);
	const consoleErrors: string[] = [];
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await signIn(page, instance.baseUrl, DEMO_OWNER);
		checks.check(true, `signed in to ${instance.baseUrl} in the browser`);
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
		const workflowId = await createWorkflow(instance.session, editorWorkflow(instance.credentials));
		await openNode(page, instance.baseUrl, workflowId, ACTION.id);
		await checkActionNode(page, checks, shots, instance.credentials);
		await openNode(page, instance.baseUrl, workflowId, TRIGGER.id);
		await checkTrigger(page, checks, shots, instance.baseUrl);
		await openNode(page, instance.baseUrl, workflowId, PLATFORM_ACTION.id);
		await checkPlatformAction(page, checks, shots, instance.credentials);
		await openNode(page, instance.baseUrl, workflowId, PLATFORM_TRIGGER.id);
		await checkPlatformTrigger(page, checks, shots, instance.baseUrl);
		checks.check(
			consoleErrors.length === 0,
			`no console errors${consoleErrors.length ? `: ${consoleErrors.join(' | ')}` : ''}`,
		);
	} catch (error) {
		checks.failures.push((error as Error).message);
		console.error(error);
		console.error(`n8n's log: ${instance.n8nLog}`);
	} finally {
		await browser.close();
		instance.stop();
	}
	const seconds = Math.round((Date.now() - started) / 1000);
	console.log(
		`\n${shots.taken.length} screenshots in ${path.relative(REPO_ROOT, SCREENSHOTS)}/ (${seconds} s)`,
	);
	if (checks.failures.length) {
		console.error(`e2e:editor failed:\n  ${checks.failures.join('\n  ')}`);
		process.exit(1);
	}
	fs.rmSync(instance.userFolder, { recursive: true, force: true });
	console.log('e2e:editor: every panel rendered and every check passed');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
