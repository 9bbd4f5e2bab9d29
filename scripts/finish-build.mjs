// After `tsc`: copies the hand-written JavaScript modules of src/ (each with its .d.ts beside it;
// tsc compiles only .ts) into the output folder, then bundles the CLI into <outDir>/bundle/.
//   node scripts/finish-build.mjs [outDir]     (default: dist/ of this package)
//
// Why a bundle: the CLI is about 240 ES modules (Evident's and yargs', js-yaml's, picomatch's…).
// Node 20 resolves, reads, compiles and links each one separately, about a quarter of the time of
// the README's quick-start scan. The bundle (esbuild) is `evident.js`, the command (`bin` in
// package.json), and chunks of what loads on demand (the code rules, the HTML renderer…), so lazy
// loading is kept. CommonJS packages that Evident loads with `createRequire` at run time (the
// TypeScript compiler, opa-wasm, ajv, Handlebars) stay in node_modules. dist/index.js, the
// library API, is tsc's output, not bundled.
//
// Worker threads are not bundled: `bundle/pool-worker.js`, which pool.js finds beside itself, only
// imports dist/engine/code/pool-worker.js. Measured on the 2-core machine (200k lines, --jobs 2):
// with bundled worker code (one file or split chunks alike) each file's garbage more often reached
// the old generation before it was collected, for a peak RSS of 345–363 MB against 217–239 MB, and
// no faster (6.7–7.6 s against 6.3–7.1 s); heap snapshots show the same live objects.
import { chmodSync, copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

/**
 * yargs, cliui and wrap-ansi import string-width, whose module creates an `Intl.Segmenter` and
 * compiles `\p{RGI_Emoji}` patterns when it loads: about 30 ms of every command, although widths
 * are only measured to print help or a usage error (src/cli/help-cache.ts). In the bundle, each
 * `import stringWidth from 'string-width'` gets a function that loads the very same module (the
 * version that importer resolves) on its first call: esbuild turns the `require` of an ES module
 * into an initialiser that runs then.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real === true) return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { real: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: [
        'let width;',
        'export default function stringWidth(string, options) {',
        `  width ??= require(${JSON.stringify(args.path)}).default;`,
        '  return width(string, options);',
        '}',
        '',
      ].join('\n'),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

const bundle = join(out, 'bundle');
rmSync(bundle, { recursive: true, force: true });
const result = await build({
  entryPoints: { evident: join(out, 'cli/main.js') },
  outdir: bundle,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS code inside the bundle (picomatch) calls `require` for Node's built-in modules.
  banner: { js: "import { createRequire as __evidentCreateRequire } from 'node:module';\nconst require = __evidentCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [lazyStringWidth],
});
if (result.errors.length > 0) process.exit(1);
chmodSync(join(bundle, 'evident.js'), 0o755);
writeFileSync(
  join(bundle, 'pool-worker.js'),
  "// The worker threads' entry of the bundled command: the unbundled worker (see scripts/finish-build.mjs).\nimport '../engine/code/pool-worker.js';\n",
);
