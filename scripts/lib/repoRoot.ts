import path from 'node:path';

const twoUp = path.resolve(__dirname, '..', '..');

/** The repository's root, whether this runs from scripts/lib or from its build in .tools-build/. */
export const REPO_ROOT = path.basename(twoUp) === '.tools-build' ? path.dirname(twoUp) : twoUp;
