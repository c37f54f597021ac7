/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/setup/environment.ts'],
	testTimeout: 30000,
	// A 2-core machine runs two test files at once (jest's default leaves one core idle).
	maxWorkers: 2,
};
