/**
 * Loads the TypeScript compiler API that ts-morph bundles
 * (`@ts-morph/common/dist/typescript.js`: the very object that
 * `import { ts } from 'ts-morph'` gives) directly, with a V8 code cache.
 *
 * Why: the source-code engine only uses the raw compiler API (DESIGN.md §5),
 * but `import { ts } from 'ts-morph'` also loads ts-morph's own 800 KB of
 * wrappers and, from an ES module, lexes that CommonJS file for its exports.
 * Measured on the 2-core reference machine: 420–670 ms per thread through
 * ts-morph, 250–280 ms for the compiler file alone, 85–130 ms with a code
 * cache. Every scan with JS/TS files pays it once per thread (and once per
 * worker).
 *
 * The cache is V8's own (`vm.Script` `cachedData`): V8 checks it against the
 * source, its own version and flags, and rejects a stale one, which is then
 * rewritten. It lives in `$EVIDENT_CACHE_DIR`, else `$XDG_CACHE_HOME/evident`,
 * else `~/.cache/evident`, is written atomically (temporary file + rename), and
 * is never required: `EVIDENT_NO_CACHE=1` turns it off, and a cache that
 * cannot be read or written is ignored. Should the bundled file not be where
 * it is expected (another ts-morph layout), ts-morph itself is loaded.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/** Where code caches are kept, or undefined when caching is off. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['EVIDENT_NO_CACHE'] !== undefined && env['EVIDENT_NO_CACHE'] !== '' && env['EVIDENT_NO_CACHE'] !== '0') return undefined;
  const explicit = env['EVIDENT_CACHE_DIR'];
  if (explicit !== undefined && explicit !== '') return explicit;
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && xdg !== '') return join(xdg, 'evident');
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home === '' ? undefined : join(home, '.cache', 'evident');
}

/** The bundled compiler file, found from ts-morph's own dependency (not from ours: npm may nest it). */
export function bundledTypeScriptPath(): string {
  const common = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common');
  return join(dirname(common), 'typescript.js');
}

/** How the last {@link loadTypeScript} went (for tests). */
export interface TypeScriptLoad {
  /** `cache`: compiled from the code cache; `compiled`: no usable cache; `ts-morph`: the fallback. */
  readonly via: 'cache' | 'compiled' | 'ts-morph';
  /** The cache file, when caching is on. */
  readonly cacheFile?: string;
  /** The cache was (re)written. */
  readonly wrote: boolean;
}

let lastLoad: TypeScriptLoad | undefined;

/** How the compiler API was loaded in this thread (undefined before the first load). */
export function typeScriptLoad(): TypeScriptLoad | undefined {
  return lastLoad;
}

function readCache(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    return false;
  }
  pruneCaches(dirname(file), file);
  return true;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Caches not used for this long are deleted when a new one is written. */
export const CACHE_MAX_AGE_MS = 30 * DAY_MS;
/** At most this many caches are kept (the most recently used): one per installed copy of the compiler and Node version. */
export const CACHE_MAX_FILES = 8;
const CACHE_NAME = /^typescript-.*\.v8cache$/;
const TEMPORARY_NAME = /^typescript-.*\.v8cache\.[0-9]+-[0-9]+\.tmp$/;

/**
 * Marks a cache as used (its modification time), at most once a day, so that
 * pruning keeps the caches that scans still read.
 */
function touchCache(file: string, now: number = Date.now()): void {
  try {
    if (now - statSync(file).mtimeMs > DAY_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // Only the pruning order depends on it.
  }
}

/**
 * Deletes the caches of other compiler copies and Node versions that were not
 * used for {@link CACHE_MAX_AGE_MS}, or beyond the {@link CACHE_MAX_FILES}
 * most recently used, and temporary files left for over a day by an
 * interrupted write. Each fresh `npm ci` gives the compiler file a new
 * modification time, hence a new cache name: without this, a CI runner's
 * home folder would gain 2.6 MB per run. Other files are never touched.
 */
export function pruneCaches(directory: string, keep: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  const caches: Array<{ path: string; mtimeMs: number }> = [];
  for (const name of names) {
    const path = join(directory, name);
    const temporary = TEMPORARY_NAME.test(name);
    if (path === keep || !(temporary || CACHE_NAME.test(name))) continue;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (temporary) {
      if (now - mtimeMs > DAY_MS) rmSync(path, { force: true });
      continue;
    }
    caches.push({ path, mtimeMs });
  }
  caches.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path < b.path ? -1 : 1));
  caches.forEach((cache, index) => {
    // `keep` is one of the CACHE_MAX_FILES.
    if (index >= CACHE_MAX_FILES - 1 || now - cache.mtimeMs > CACHE_MAX_AGE_MS) {
      try {
        rmSync(cache.path, { force: true });
      } catch {
        // Another process may have removed it first.
      }
    }
  });
}

/**
 * Parsed once before a new cache is written, so that the cache also holds the
 * bytecode of the parser functions every scan runs: V8 compiles a function the
 * first time it runs, and a cache made afterwards keeps it. The first file of
 * each later thread then parses in 15–28 ms instead of 30–40 ms (measured on a
 * generated 104-line route file). The cache grows by about 6 %.
 */
export const WARM_UP: ReadonlyArray<readonly [name: string, text: string]> = [
  [
    'warm-up.ts',
    [
      "import express, { type Request } from 'express';",
      "import * as crypto from 'node:crypto';",
      'export interface Patient<T = string> { id: T; name?: string; readonly tags: string[] }',
      'enum Level { Low = 1, High }',
      '@Entity() export class Service extends Base implements Api {',
      '  private readonly cache = new Map<string, Patient>();',
      '  constructor(@Inject() private repo: Repo) { super(); }',
      '  async find(req: Request, { id, ...rest }: Patient): Promise<Patient | undefined> {',
      '    const key = `${id}:${rest.name ?? "?"}`;',
      '    for (const [k, v] of this.cache) if (k === key && v?.tags.length > 0) return v as Patient;',
      '    try { return await this.repo.findOne({ where: { id }, select: ["id"] }); } catch (err: unknown) { throw new Error(String(err)); }',
      '  }',
      '}',
      "const app = express(); app.get('/p/:id', auth, (req, res) => res.json({ ok: !!req.params.id, n: 1 + 2 * 3 }));",
      "export default function* gen(x: number): Generator<number> { yield x; }",
      'type Keys = keyof Patient; const f = <T,>(v: T): T => v; let re = /a+b/g; switch (Level.Low) { case 1: break; default: }',
    ].join('\n'),
  ],
  ['warm-up.tsx', "export const View = ({ name }: { name: string }) => <div className=\"x\" onClick={() => go(name)}>{name}<br /></div>;\n"],
];

interface Parser {
  createSourceFile(name: string, text: string, options: unknown, setParents: boolean, kind: number): unknown;
  ScriptTarget: { Latest: number };
  ScriptKind: { TS: number; TSX: number };
  JSDocParsingMode: { ParseNone: number };
}

function warmUp(compiler: Parser): void {
  const options = { languageVersion: compiler.ScriptTarget.Latest, jsDocParsingMode: compiler.JSDocParsingMode.ParseNone };
  for (const [name, text] of WARM_UP) {
    try {
      compiler.createSourceFile(name, text, options, false, name.endsWith('.tsx') ? compiler.ScriptKind.TSX : compiler.ScriptKind.TS);
    } catch {
      // Only a cache that holds less: nothing depends on it.
    }
  }
}

/**
 * Runs the bundled compiler file as Node's CommonJS loader would, from the
 * code cache when there is a valid one, and registers it in `require.cache`
 * (so that ts-morph, if something loads it too, shares this instance).
 */
export function loadTypeScript(env: NodeJS.ProcessEnv = process.env, locate: () => string = bundledTypeScriptPath): unknown {
  let file: string;
  let source: string;
  let size: number;
  let mtime: number;
  try {
    file = locate();
    const cached = require.cache[file];
    if (cached?.loaded === true) {
      lastLoad = { via: 'compiled', wrote: false };
      return cached.exports;
    }
    const stat = statSync(file);
    size = stat.size;
    mtime = Math.trunc(stat.mtimeMs);
    source = readFileSync(file, 'utf8');
  } catch {
    lastLoad = { via: 'ts-morph', wrote: false };
    return (require('ts-morph') as { ts: unknown }).ts;
  }
  const directory = cacheDirectory(env);
  // V8 validates the data itself; the name only keeps caches of different files and Node versions apart.
  const cacheFile =
    directory === undefined ? undefined : join(directory, `typescript-${size}-${mtime}-node${process.versions.node}-${process.arch}.v8cache`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData !== undefined ? { cachedData } : {}) });
  // The compiler's own `require` resolves from its folder (createRequire); the module object is what
  // `require.cache` holds for the file.
  const module = new Module(file);
  module.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  require.cache[file] = module;
  const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
  if (fromCache && cacheFile !== undefined) touchCache(cacheFile);
  let wrote = false;
  if (cacheFile !== undefined && !fromCache) {
    warmUp(module.exports as Parser);
    wrote = writeCache(cacheFile, script.createCachedData());
  }
  lastLoad = { via: fromCache ? 'cache' : 'compiled', ...(cacheFile !== undefined ? { cacheFile } : {}), wrote };
  return module.exports;
}
