/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: '<rootDir>/test/setup/workerEnvironment.ts',
	moduleNameMapper: {
		'^n8n-core$': '<rootDir>/test/setup/workerModules/n8nCore.ts',
		'^n8n-workflow$': '<rootDir>/test/setup/workerModules/n8nWorkflow.ts',
	},
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
