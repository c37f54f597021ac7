export interface AddTemplateRequest {
	tid: string;
	kidList: number[];
	sceneDesc?: string;
}

const MIN_KEYWORDS = 2;
const MAX_KEYWORDS = 5;
const MAX_SCENE_DESC = 15;

/** Titles of the newer one-time templates take no keyword choice: kidList must be empty. */
export function isFixedKeywordTitle(tid: number): boolean {
	return tid >= 10000001 && tid < 20000000;
}

/**
 * Checks an addtemplate request the way WeChat will (200014 tid, 200020 kidList, 200021 sceneDesc)
 * and throws a readable error before anything is sent.
 */
export function buildAddTemplateRequest(
	tid: unknown,
	keywordIds: unknown,
	sceneDesc: unknown,
): AddTemplateRequest {
	const tidText = String(tid ?? '').trim();
	if (!/^\d+$/.test(tidText))
		throw new Error(`Template Title ID must be a number such as 401, got "${tidText}"`);
	const kidList = parseKeywordIds(keywordIds);
	if (isFixedKeywordTitle(Number(tidText))) {
		if (kidList.length > 0) {
			throw new Error(`Template title ${tidText} has fixed keywords: leave Keyword IDs empty`);
		}
	} else if (kidList.length < MIN_KEYWORDS || kidList.length > MAX_KEYWORDS) {
		throw new Error(`Choose ${MIN_KEYWORDS} to ${MAX_KEYWORDS} keyword IDs, got ${kidList.length}`);
	}
	const scene = String(sceneDesc ?? '').trim();
	if ([...scene].length > MAX_SCENE_DESC) {
		throw new Error(
			`Scene Description must be at most ${MAX_SCENE_DESC} characters, got ${[...scene].length}`,
		);
	}
	return scene ? { tid: tidText, kidList, sceneDesc: scene } : { tid: tidText, kidList };
}

/** Keyword ids from "3, 5, 4", [3, 5, 4] or ["3", "5"], kept in the chosen order (it is the message's order). */
function parseKeywordIds(value: unknown): number[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(/[\s,;]+/);
	const ids: number[] = [];
	for (const part of parts) {
		const text = String(part).trim();
		if (text === '') continue;
		const id = Number(text);
		if (!Number.isInteger(id) || id <= 0)
			throw new Error(`Keyword ID "${text}" is not a positive whole number`);
		if (ids.includes(id)) throw new Error(`Keyword ID ${id} is listed twice`);
		ids.push(id);
	}
	return ids;
}
