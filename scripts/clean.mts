/**
 * Removes the build output so a build never ships files of deleted sources. Like schemas.mts and
 * packageGate.mts it runs before any compile step: Node runs it as TypeScript, stripping the types
 * (`node scripts/clean.mts`; .mts: an ES module), from the package root where npm runs scripts. So
 * these three import nothing of the repository.
 */
import fs from 'node:fs';

fs.rmSync('dist', { recursive: true, force: true });
