import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { spawnSync } from 'node:child_process';

const NODES = join(__dirname, '../../nodes');
const NODE_FOLDERS = ['WeChatMiniProgram', 'WeChatMiniProgramTrigger', 'WeChatPlatformTrigger'];

// Issue 17: what both triggers share lives in nodes/triggerCommon, and lint keeps it that way.
describe('node folders do not import one another', () => {
	test.each(NODE_FOLDERS)('nodes/%s imports no other node folder', (folder) => {
		const files = readdirSync(join(NODES, folder), { recursive: true, encoding: 'utf8' }).filter(
			(f) => f.endsWith('.ts'),
		);
		expect(files.length).toBeGreaterThan(0);
		const others = NODE_FOLDERS.filter((other) => other !== folder);
		const offenders = files.filter((f) => {
			const source = readFileSync(join(NODES, folder, f), 'utf8');
			return others.some((other) => new RegExp(`from '[^']*/${other}/`).test(source));
		});
		expect(offenders).toEqual([]);
	});

	// ESLint's config is an ES module, which Jest cannot load: the CLI lints the probe instead.
	test('ESLint refuses such an import', () => {
		const root = join(__dirname, '../..');
		const run = spawnSync(
			process.execPath,
			[
				join(root, 'node_modules/eslint/bin/eslint.js'),
				'--format',
				'json',
				'--stdin',
				'--stdin-filename',
				join(NODES, 'WeChatPlatformTrigger/probe.ts'),
			],
			{
				cwd: root,
				encoding: 'utf8',
				input:
					"import { answerPlainText } from '../WeChatMiniProgramTrigger/webhookAnswer';\nexport const x = answerPlainText;\n",
			},
		);
		const [result] = JSON.parse(run.stdout) as Array<{
			messages: Array<{ ruleId: string; message: string }>;
		}>;
		const restricted = result.messages.filter(
			(m) => m.ruleId === '@typescript-eslint/no-restricted-imports',
		);
		expect(restricted).toHaveLength(1);
		expect(restricted[0].message).toMatch(
			/nodes\/WeChatPlatformTrigger cannot import nodes\/WeChatMiniProgramTrigger/,
		);
	}, 60_000);
});
