import type { INodeProperties } from 'n8n-workflow';

/** "Mini Program Version": which version (release, trial, develop) a code or link opens. */
export function miniProgramVersionField(description: string): INodeProperties {
	return {
		displayName: 'Mini Program Version',
		name: 'envVersion',
		type: 'options',
		options: [
			{ name: 'Develop', value: 'develop' },
			{ name: 'Release', value: 'release' },
			{ name: 'Trial', value: 'trial' },
		],
		default: 'release',
		description,
	};
}
