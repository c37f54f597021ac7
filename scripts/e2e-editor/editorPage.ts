/**
 * Driving n8n 2.41's editor in a browser page: signing in, opening a node's panel, choosing from
 * a dropdown, and keeping a screenshot. Selectors are n8n's own test ids (data-test-id).
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Locator, Page } from 'playwright-core';

import type { Owner } from '../lib/owner';

export async function signIn(page: Page, baseUrl: string, owner: Owner): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.fill('input[name=emailOrLdapLoginId]', owner.email);
	await page.fill('input[name=password]', owner.password);
	await page.click('[data-test-id=form-submit-button]');
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60_000 });
}

/** Opens a node's panel straight from its URL (a full page load). */
export async function openNode(
	page: Page,
	baseUrl: string,
	workflowId: string,
	nodeId: string,
): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflowId}/${nodeId}`);
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]', {
		timeout: 60_000,
	});
}

/** Opens a node's panel from the canvas, keeping what the page holds (no reload). */
export async function openNodeOnCanvas(page: Page, nodeName: string): Promise<void> {
	const close = page.locator('[data-test-id=ndv-close-button]');
	if (await close.isVisible()) await close.click();
	await page.locator(`[data-test-id=canvas-node][data-node-name="${nodeName}"]`).dblclick();
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]');
}

export interface DropdownEntries {
	entries: Locator;
	/** Each entry's text: first line the name, then its description. */
	texts: string[];
}

/** The entries of the open dropdown. */
export async function dropdownEntries(page: Page): Promise<DropdownEntries> {
	const entries = page.locator('.el-select-dropdown__item:visible');
	await entries.first().waitFor({ timeout: 30_000 });
	return { entries, texts: (await entries.allInnerTexts()).map((text) => text.trim()) };
}

export async function openDropdown(page: Page, parameter: string): Promise<DropdownEntries> {
	await page.click(`[data-test-id="parameter-input-${parameter}"]`);
	return await dropdownEntries(page);
}

/** Chooses the entry named exactly `name` in parameter's dropdown. */
export async function choose(page: Page, parameter: string, name: string): Promise<void> {
	await chooseEntry(page, await openDropdown(page, parameter), parameter, name);
}

/** Chooses the entry named exactly `name` in parameter's dropdown, already open. */
export async function chooseEntry(
	page: Page,
	{ entries, texts }: DropdownEntries,
	parameter: string,
	name: string,
): Promise<void> {
	const index = texts.findIndex((text) => text.split('\n')[0].trim() === name);
	if (index === -1)
		throw new Error(`"${parameter}" offers no "${name}" (it offers ${JSON.stringify(texts)})`);
	await entries.nth(index).click();
	await page.waitForTimeout(400);
}

export async function closeDropdown(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
	await page.waitForTimeout(200);
}

export interface Screenshots {
	taken: string[];
	save(page: Page, name: string): Promise<void>;
}

/** Screenshots into `folder`, emptied first. */
export function screenshots(folder: string): Screenshots {
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	const taken: string[] = [];
	return {
		taken,
		async save(page, name) {
			const file = path.join(folder, `${name}.png`);
			await page.screenshot({ path: file });
			taken.push(file);
		},
	};
}
