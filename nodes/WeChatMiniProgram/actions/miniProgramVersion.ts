import type { INodeProperties } from 'n8n-workflow';

/** The API field a version goes in: links and codes send env_version, subscription messages miniprogram_state. */
type VersionParameter = 'envVersion' | 'miniprogramState';

/** Develop, Release and Trial as each API spells them: the option's name and the API's value. */
const VERSIONS: Record<
	VersionParameter,
	Record<'develop' | 'release' | 'trial', [string, string]>
> = {
	envVersion: {
		develop: ['Develop', 'develop'],
		release: ['Release', 'release'],
		trial: ['Trial', 'trial'],
	},
	miniprogramState: {
		develop: ['Developer', 'developer'],
		release: ['Release', 'formal'],
		trial: ['Trial', 'trial'],
	},
};

/**
 * "Mini Program Version": which version (release, trial, develop) a code, link or message card
 * opens, Release by default; `parameter` is named after the API field it fills.
 */
export function miniProgramVersionField(
	description: string,
	parameter: VersionParameter = 'envVersion',
): INodeProperties {
	const { develop, release, trial } = VERSIONS[parameter];
	const [, releaseValue] = release;
	return {
		displayName: 'Mini Program Version',
		name: parameter,
		type: 'options',
		options: [develop, release, trial].map(([name, value]) => ({ name, value })),
		default: releaseValue,
		description,
	};
}
