import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'evident';

/**
 * The nearest folder at or above `start` whose package.json is Evident's. A
 * module may sit at any depth: src/ and dist/ (one level down) under tsx and
 * tsc, dist/bundle/ in the bundled CLI (scripts/finish-build.mjs).
 */
export function findPackageRoot(start: string): { root: string; name: string; version: string } {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      let pkg: { name?: unknown; version?: unknown } | undefined;
      try {
        pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
      } catch {
        pkg = undefined; // unreadable or not JSON: not Evident's, keep looking above
      }
      if (pkg?.name === PACKAGE_NAME && typeof pkg.version === 'string') return { root: dir, name: PACKAGE_NAME, version: pkg.version };
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE_NAME} at or above ${start}`);
  }
}

const found = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The installed package's root folder (holds policies/, templates/, evidence/). */
export const packageRoot = found.root;

/** Evident's own name and version, from package.json. */
export const toolInfo: { name: string; version: string } = { name: found.name, version: found.version };
