// After `tsc`: copies the hand-written JavaScript modules of src/ (each with its .d.ts beside it;
// tsc compiles only .ts) into dist/, and makes the CLI entry executable.
import { chmodSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function* handWritten(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* handWritten(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const source of handWritten('src')) {
  const types = source.replace(/\.js$/, '.d.ts');
  if (!existsSync(types)) throw new Error(`${source}: a hand-written module needs its ${types}`);
  for (const file of [source, types]) copyFileSync(file, join('dist', relative('src', file)));
}
chmodSync('dist/cli/main.js', 0o755);
