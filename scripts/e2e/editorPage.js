/**
 * Driving n8n 2.41's editor in a browser page: signing in, opening a node's panel, choosing from
 * a dropdown, and keeping a screenshot. Selectors are n8n's own test ids (data-test-id).
 */
const fs = require('node:fs');
const path = require('node:path');

const { OWNER } = require('../demo/owner');

async function signIn(page, baseUrl) {
	await page.goto(`${baseUrl}/signin`);
	await page.fill('input[name=emailOrLdapLoginId]', OWNER.email);
	await page.fill('input[name=password]', OWNER.password);
	await page.click('[data-test-id=form-submit-button]');
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60_000 });
}

/** Opens a node's panel straight from its URL (a full page load). */
async function openNode(page, baseUrl, workflowId, nodeId) {
	await page.goto(`${baseUrl}/workflow/${workflowId}/${nodeId}`);
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]', {
		timeout: 60_000,
	});
}

/** Opens a node's panel from the canvas, keeping what the page holds (no reload). */
async function openNodeOnCanvas(page, nodeName) {
	const close = page.locator('[data-test-id=ndv-close-button]');
	if (await close.isVisible()) await close.click();
	await page.locator(`[data-test-id=canvas-node][data-node-name="${nodeName}"]`).dblclick();
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]');
}

/** The texts of the open dropdown's entries (first line: the name; then its description). */
async function dropdownEntries(page) {
	const entries = page.locator('.el-select-dropdown__item:visible');
	await entries.first().waitFor({ timeout: 30_000 });
	return { entries, texts: (await entries.allInnerTexts()).map((text) => text.trim()) };
}

async function openDropdown(page, parameter) {
	await page.click(`[data-test-id="parameter-input-${parameter}"]`);
	return await dropdownEntries(page);
}

/** Chooses the entry named exactly `name` in parameter's dropdown. */
async function choose(page, parameter, name) {
	const { entries, texts } = await openDropdown(page, parameter);
	const index = texts.findIndex((text) => text.split('\n')[0].trim() === name);
	if (index === -1)
		throw new Error(`"${parameter}" offers no "${name}" (it offers ${JSON.stringify(texts)})`);
	await entries.nth(index).click();
	await page.waitForTimeout(400);
}

async function closeDropdown(page) {
	await page.keyboard.press('Escape');
	await page.waitForTimeout(200);
}

function screenshots(folder) {
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	const taken = [];
	return {
		taken,
		async save(page, name) {
			const file = path.join(folder, `${name}.png`);
			await page.screenshot({ path: file });
			taken.push(file);
		},
	};
}

module.exports = {
	choose,
	closeDropdown,
	dropdownEntries,
	openDropdown,
	openNode,
	openNodeOnCanvas,
	screenshots,
	signIn,
};
