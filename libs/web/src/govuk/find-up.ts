import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds a folder by its path from the repository root, looking upwards from this file. The
 * same call works from the TypeScript sources (tests) and from the compiled dist/ tree,
 * because templates are not compiled and stay where they are in the repository.
 */
export function findFromRepoRoot(relativePath: string, from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`Cannot find ${relativePath} in any folder above ${from}`);
  }
}

/** The dist/ folder of the installed govuk-frontend package (templates, CSS, JS and assets). */
export function govukFrontendDist(): string {
  return join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
}
