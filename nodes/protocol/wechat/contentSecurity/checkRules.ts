/** What content security 2.0 takes, checked before a call spends the quota. */
export const MAX_TEXT_CHARACTERS = 2500;

/** 1 profile, 2 comment, 3 forum, 4 social log. */
export const SCENES = [
	{ value: 1, name: 'Profile' },
	{ value: 2, name: 'Comment' },
	{ value: 3, name: 'Forum' },
	{ value: 4, name: 'Social Log' },
] as const;

export const MEDIA_TYPES = { audio: 1, image: 2 } as const;

export interface TextCheck {
	content: string;
	scene: number;
	openid: string;
	title?: string;
	nickname?: string;
	signature?: string;
}

export interface MediaCheck {
	media_url: string;
	media_type: number;
	scene: number;
	openid: string;
}

export function textCheckProblems(check: TextCheck): string[] {
	const characters = [...check.content].length;
	return [
		check.content.trim() ? undefined : 'Text is empty',
		characters > MAX_TEXT_CHARACTERS
			? `Text is ${characters} characters long; WeChat checks at most ${MAX_TEXT_CHARACTERS}`
			: undefined,
		...commonProblems(check.scene, check.openid),
		check.signature && check.scene !== 1
			? 'Signature is only checked in the Profile scene'
			: undefined,
	].filter((problem): problem is string => problem !== undefined);
}

export function mediaCheckProblems(check: MediaCheck): string[] {
	let urlProblem: string | undefined;
	try {
		const url = new URL(check.media_url);
		if (url.protocol !== 'http:' && url.protocol !== 'https:')
			urlProblem = `Media URL "${check.media_url}" is not an http or https address`;
	} catch {
		urlProblem = check.media_url.trim()
			? `Media URL "${check.media_url}" is not an address`
			: 'Media URL is empty';
	}
	return [
		urlProblem,
		Object.values(MEDIA_TYPES).includes(check.media_type as 1 | 2)
			? undefined
			: 'Media Type must be audio or image',
		...commonProblems(check.scene, check.openid),
	].filter((problem): problem is string => problem !== undefined);
}

function commonProblems(scene: number, openid: string): Array<string | undefined> {
	return [
		SCENES.some((entry) => entry.value === scene)
			? undefined
			: `Scene ${scene} is not one of 1 (profile), 2 (comment), 3 (forum), 4 (social log)`,
		openid.trim() ? undefined : 'User Openid is empty',
	];
}
