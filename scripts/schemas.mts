/**
 * `npm run schemas`: writes each operation's and the trigger's output schema (__schema__) from
 * their real outputs against the local servers, then checks them: test/schemas/outputSchemas.test.ts
 * with WRITE_OUTPUT_SCHEMAS=1. Add an operation's sample run to test/schemas/outputSamples.ts first.
 * Runs from the package root as TypeScript that Node strips (see clean.mts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = (name: string) => path.join('node_modules', '.bin', name);
const run = (command: string, args: string[], env = process.env) =>
	spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const written = run(bin('jest'), ['test/schemas'], { ...process.env, WRITE_OUTPUT_SCHEMAS: '1' });
const formatted = run(bin('prettier'), [
	'--log-level',
	'warn',
	'--write',
	'nodes/**/__schema__/**/*.json',
]);
process.exit(written || formatted);
