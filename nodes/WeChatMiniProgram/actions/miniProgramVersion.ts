import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The API field a version goes in: links and codes send env_version, subscription messages miniprogram_state. */
type VersionParameter = 'envVersion' | 'miniprogramState';

/** Develop, Release and Trial as each API spells them, and its value for Release (the default). */
const VERSIONS: Record<VersionParameter, { options: INodePropertyOptions[]; release: string }> = {
	envVersion: {
		options: [
			{ name: 'Develop', value: 'develop' },
			{ name: 'Release', value: 'release' },
			{ name: 'Trial', value: 'trial' },
		],
		release: 'release',
	},
	miniprogramState: {
		options: [
			{ name: 'Developer', value: 'developer' },
			{ name: 'Release', value: 'formal' },
			{ name: 'Trial', value: 'trial' },
		],
		release: 'formal',
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
	const { options, release } = VERSIONS[parameter];
	return {
		displayName: 'Mini Program Version',
		name: parameter,
		type: 'options',
		options,
		default: release,
		description,
	};
}
