#!/usr/bin/env node
/**
 * `npm run schemas`: writes each operation's and the trigger's output schema (__schema__) from
 * their real outputs against the local servers, then checks them: test/schemas/outputSchemas.test.ts
 * with WRITE_OUTPUT_SCHEMAS=1. Add an operation's sample run to test/schemas/outputSamples.ts first.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args, env = process.env) =>
	spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

const written = run(bin('jest'), ['test/schemas'], { ...process.env, WRITE_OUTPUT_SCHEMAS: '1' });
const formatted = run(bin('prettier'), [
	'--log-level',
	'warn',
	'--write',
	'nodes/**/__schema__/**/*.json',
]);
process.exit(written || formatted);
