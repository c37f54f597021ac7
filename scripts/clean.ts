/**
 * Removes the build output so a build never ships files of deleted sources. Like schemas.ts and
 * packageGate.ts it runs before any compile step, as TypeScript that Node strips (`node scripts/clean.ts`),
 * from the package root (where npm runs scripts), and imports nothing of the repository.
 */
import fs from 'node:fs';

fs.rmSync('dist', { recursive: true, force: true });
