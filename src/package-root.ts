import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The installed package's root folder (holds policies/, templates/, evidence/). Works from src/ (tsx) and dist/. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Evident's own name and version, from package.json. */
export const toolInfo: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
})();
