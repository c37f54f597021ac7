import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import * as jsoncParser from 'jsonc-eslint-parser';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'.tools-build/**',
			'.n8n-demo/**',
			// Tool configuration at the root, read by gulp, jest and ESLint themselves. Everything under
			// scripts/ and bench/ is TypeScript (.ts, and .mts for what Node runs unbuilt), linted below.
			'gulpfile.js',
			'jest.config.js',
			'eslint.config.mjs',
			'**/*.json',
			'!package.json',
		],
	},
	{
		files: ['**/*.ts', '**/*.mts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
	},
	{ files: ['package.json'], languageOptions: { parser: jsoncParser } },
	// Scripts and benchmarks (tsc checks their types): typescript-eslint's recommended rules.
	...tseslint.configs.recommended.map((config) => ({
		...config,
		files: ['scripts/**/*.ts', 'scripts/*.mts', 'bench/**/*.ts'],
	})),
	// n8n's rules for community packages, the ones n8n Cloud verification runs
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		...communityNodes.configs.recommended,
	},
	// n8n's classic rules for node descriptions, credentials and the package manifest
	{
		files: ['package.json'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Predates NodeConnectionTypes, which the community rules require instead of 'main'.
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
		},
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Wants n8n's own docs slugs; a community package links to the vendor's docs by full URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	// Layer boundaries: protocol code knows nothing of n8n, editor methods reach transport (not
	// operations), and the Tencent half does not lean on the WeChat half.
	{
		files: ['nodes/protocol/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'n8n-workflow',
							message: 'protocol/ has no n8n import: keep n8n glue in the node folders.',
						},
					],
				},
			],
		},
	},
	{
		files: ['nodes/protocol/tencent/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'n8n-workflow',
							message: 'protocol/ has no n8n import: keep n8n glue in the node folders.',
						},
					],
					patterns: [
						{
							group: ['**/wechat/**'],
							message: 'Shared code belongs in protocol/common, not protocol/wechat.',
						},
					],
				},
			],
		},
	},
	{
		files: ['nodes/WeChatMiniProgram/methods/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/actions/**', '../actions'],
							message: 'Editor methods call transport (weChatApi), not operations.',
						},
					],
				},
			],
		},
	},
);
