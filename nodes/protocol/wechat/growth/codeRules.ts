/**
 * WeChat's rules for Mini Program codes (getwxacodeunlimit, getwxacode, createwxaqrcode), checked
 * before anything is sent so a bad item fails with the rule instead of an errcode.
 */

/** `scene`: at most 32 visible characters of these (no %, so no URL encoding). */
export const MAX_SCENE_LENGTH = 32;
const SCENE_CHARACTERS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]*$/;
/** Code width in pixels. */
export const MIN_CODE_WIDTH = 280;
export const MAX_CODE_WIDTH = 1280;
/** `path` of the limited code and the QR code, query included. */
export const MAX_CODE_PATH_LENGTH = 1024;
export const MAX_QR_CODE_PATH_BYTES = 128;

export const ENV_VERSIONS = ['release', 'trial', 'develop'] as const;
export type EnvVersion = (typeof ENV_VERSIONS)[number];

export interface LineColor {
	r: number;
	g: number;
	b: number;
}

export function sceneProblem(scene: string): string | undefined {
	if (scene.length === 0) return 'Scene is empty: WeChat needs at least one character';
	if (scene.length > MAX_SCENE_LENGTH)
		return `Scene is ${scene.length} characters; WeChat takes at most ${MAX_SCENE_LENGTH}`;
	if (!SCENE_CHARACTERS.test(scene)) {
		const bad = [...scene].find((character) => !SCENE_CHARACTERS.test(character));
		return `Scene holds "${bad}": WeChat takes only digits, letters and !#$&'()*+,/:;=?@-._~ (encode other characters, without %)`;
	}
	return undefined;
}

/** A page of the unlimited code: a path of the Mini Program, no leading slash, no query. */
export function unlimitedPageProblem(page: string): string | undefined {
	if (page === '') return undefined;
	if (page.startsWith('/'))
		return `Page "${page}" starts with "/": WeChat wants e.g. pages/index/index`;
	if (page.includes('?'))
		return `Page "${page}" carries a query: put the parameters in Scene instead`;
	return undefined;
}

/** The path of a limited code or QR code: a page and optionally its query. */
export function codePathProblem(
	path: string,
	maxLength: number,
	unit: 'characters' | 'bytes',
): string | undefined {
	if (path === '')
		return 'Path is empty: WeChat needs the page to open, e.g. pages/index/index?id=1';
	const length = unit === 'bytes' ? Buffer.byteLength(path) : path.length;
	if (length > maxLength) return `Path is ${length} ${unit}; WeChat takes at most ${maxLength}`;
	return undefined;
}

export function widthProblem(width: number): string | undefined {
	if (!Number.isInteger(width) || width < MIN_CODE_WIDTH || width > MAX_CODE_WIDTH)
		return `Width ${width} is outside WeChat's ${MIN_CODE_WIDTH} to ${MAX_CODE_WIDTH} pixels`;
	return undefined;
}

export function lineColorProblem(color: LineColor): string | undefined {
	for (const [channel, value] of Object.entries(color)) {
		if (!Number.isInteger(value) || value < 0 || value > 255)
			return `Line color ${channel} is ${value}; each of r, g and b is a whole number from 0 to 255`;
	}
	return undefined;
}

/** "#1AAD19" or "1aad19" as WeChat's {r, g, b}. */
export function parseHexColor(hex: string): LineColor | undefined {
	const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
	if (!match) return undefined;
	const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16));
	return { r, g, b };
}
