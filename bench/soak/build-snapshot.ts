import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A private copy of the built apps and libraries, so every restart during the soak runs
 * the build it started with even if dist/ is rebuilt meanwhile. It lives inside the repository
 * (under .bench/) so Node still finds node_modules by walking up from it.
 */
export function snapshotBuild(repoRoot: string, into: string): string {
  rmSync(into, { recursive: true, force: true });
  for (const part of ['apps', 'libs']) cpSync(join(repoRoot, 'dist', part), join(into, part), { recursive: true });
  const unresolved = findUnresolvedAlias(into);
  if (unresolved) {
    throw new Error(`dist/ is not a finished build (dist/${relative(into, unresolved)} still requires an @app/ alias): run \`bash scripts/ensure-built.sh\` and try again`);
  }
  return into;
}

/** A build whose path aliases were not rewritten (tsc ran, tsc-alias did not) cannot start. */
function findUnresolvedAlias(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findUnresolvedAlias(path);
      if (found) return found;
    } else if (entry.name.endsWith('.js') && readFileSync(path, 'utf8').includes('require("@app/')) {
      return path;
    }
  }
  return null;
}
