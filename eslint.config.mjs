import communityNodes from '@n8n/eslint-plugin-community-nodes';
import importX from 'eslint-plugin-import-x';
import { config as n8nNodeCliConfig } from '@n8n/node-cli/eslint';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import * as jsoncParser from 'jsonc-eslint-parser';
import tseslint from 'typescript-eslint';

/** The shipped TypeScript: what `npm pack` compiles into dist. */
const shippedSources = ['nodes/**/*.ts', 'credentials/**/*.ts'];

/**
 * n8n's own `n8n-node lint` config (@n8n/node-cli's template), applied to the shipped code only:
 * it is written for a package that is nothing but nodes and credentials, and its cloud rules
 * (no node:http, setTimeout, process) do not fit test/, testkit/, bench/ or scripts/. Its entries
 * are kept as they are, with their all-TypeScript glob narrowed to the shipped sources.
 * `n8n-node lint` runs `eslint .` with this file.
 */
const n8nNodeLintOnShippedCode = n8nNodeCliConfig.map((entry) =>
	entry.files?.includes('**/*.ts') ? { ...entry, files: shippedSources } : entry,
);

/**
 * Protocol code knows nothing of n8n. Both protocol entries below name it: a later entry's
 * `no-restricted-imports` replaces an earlier one's for the files both match.
 */
const noN8nInProtocol = {
	name: 'n8n-workflow',
	message: 'protocol/ has no n8n import: keep n8n glue in the node folders.',
};

export default tseslint.config(
	...n8nNodeLintOnShippedCode,
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
					paths: [noN8nInProtocol],
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
					paths: [noN8nInProtocol],
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
		files: ['credentials/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/WeChatMiniProgram*/**', '**/WeChatPlatformTrigger/**'],
							message:
								"Credentials do not reach into a node's internals: what they share with the nodes lives in nodes/shared/ or nodes/protocol/.",
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
	// Types come in import statements of their own (`import type { … }`), one style everywhere. n8n's
	// config above already registers import-x for the shipped sources; the rest registers it here.
	{
		files: shippedSources,
		rules: { 'import-x/consistent-type-specifier-style': ['error', 'prefer-top-level'] },
	},
	{
		files: ['**/*.ts', '**/*.mts'],
		ignores: shippedSources,
		plugins: { 'import-x': importX },
		rules: { 'import-x/consistent-type-specifier-style': ['error', 'prefer-top-level'] },
	},
	// One node folder never imports another: what two nodes share lives outside both (e.g.
	// nodes/triggerCommon/). A rule name of its own, so it adds to the other import rules here.
	...['WeChatMiniProgram', 'WeChatMiniProgramTrigger', 'WeChatPlatformTrigger'].map((folder) => ({
		files: [`nodes/${folder}/**/*.ts`],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: ['WeChatMiniProgram', 'WeChatMiniProgramTrigger', 'WeChatPlatformTrigger']
						.filter((other) => other !== folder)
						.map((other) => ({
							group: [`**/${other}`, `**/${other}/**`],
							message: `nodes/${folder} cannot import nodes/${other}: move what both need outside either node folder.`,
						})),
				},
			],
		},
	})),
);
