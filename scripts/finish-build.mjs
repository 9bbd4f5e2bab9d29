// After `tsc`: copies the hand-written JavaScript modules of src/ (each with its .d.ts beside it;
// tsc compiles only .ts) into the output folder, and makes the CLI entry executable.
//   node scripts/finish-build.mjs [outDir]     (default: dist/ of this package)
import { chmodSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = resolve(process.argv[2] ?? join(root, 'dist'));

function* handWritten(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* handWritten(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const source of handWritten(src)) {
  const types = source.replace(/\.js$/, '.d.ts');
  if (!existsSync(types)) throw new Error(`${relative(root, source)}: a hand-written module needs its ${relative(root, types)}`);
  for (const file of [source, types]) copyFileSync(file, join(out, relative(src, file)));
}
chmodSync(join(out, 'cli/main.js'), 0o755);
