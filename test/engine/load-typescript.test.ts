import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirectory, loadTypeScript, typeScriptLoad } from '../../src/engine/code/load-typescript.js';
import type { ts as TypeScript } from '../../src/engine/code/typescript.js';
import { runModuleScript } from '../helpers/cli.js';

const loader = new URL('../../src/engine/code/load-typescript.ts', import.meta.url).href;
const typescript = new URL('../../src/engine/code/typescript.js', import.meta.url).href;

interface Probe {
  via: string;
  wrote: boolean;
  cacheFile?: string;
  parsed: number;
  sameAsTsMorph: boolean;
}

/** Loads the compiler API in a fresh process (the load happens once per thread) and reports how. */
function probe(env: Record<string, string>): Probe {
  const script = `
    const { typeScriptLoad } = await import(${JSON.stringify(loader)});
    const { ts } = await import(${JSON.stringify(typescript)});
    const { createRequire } = await import('node:module');
    const file = ts.createSourceFile('a.ts', 'const a: number = 1; export function f() { return a; }', ts.ScriptTarget.Latest);
    const morph = createRequire(${JSON.stringify(loader)})('ts-morph').ts;
    console.log(JSON.stringify({ ...typeScriptLoad(), parsed: file.statements.length, sameAsTsMorph: morph.createSourceFile === ts.createSourceFile && morph.SyntaxKind === ts.SyntaxKind }));`;
  const base = { ...process.env };
  delete base['EVIDENT_NO_CACHE'];
  delete base['EVIDENT_CACHE_DIR'];
  return runModuleScript<Probe>(script, { ...base, ...env });
}

describe('loading the TypeScript compiler API with a code cache', () => {
  test('the first load writes the cache, the next ones use it; ts-morph shares the loaded compiler', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    try {
      const first = probe({ EVIDENT_CACHE_DIR: dir });
      assert.equal(first.via, 'compiled');
      assert.equal(first.wrote, true);
      assert.equal(first.parsed, 2);
      assert.equal(first.sameAsTsMorph, true);
      assert.deepEqual(readdirSync(dir), [first.cacheFile?.slice(dir.length + 1)], 'one cache file, no temporary left');
      const second = probe({ EVIDENT_CACHE_DIR: dir });
      assert.deepEqual({ via: second.via, wrote: second.wrote, parsed: second.parsed }, { via: 'cache', wrote: false, parsed: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a corrupt cache is rejected by V8, ignored and rewritten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    try {
      const first = probe({ EVIDENT_CACHE_DIR: dir });
      writeFileSync(first.cacheFile ?? '', Buffer.alloc(4096, 7));
      const corrupt = probe({ EVIDENT_CACHE_DIR: dir });
      assert.deepEqual({ via: corrupt.via, wrote: corrupt.wrote, parsed: corrupt.parsed }, { via: 'compiled', wrote: true, parsed: 2 });
      assert.equal(probe({ EVIDENT_CACHE_DIR: dir }).via, 'cache');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('EVIDENT_NO_CACHE=1 neither reads nor writes; an unwritable cache folder only costs the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    try {
      const off = probe({ EVIDENT_CACHE_DIR: dir, EVIDENT_NO_CACHE: '1' });
      assert.deepEqual({ via: off.via, wrote: off.wrote, cacheFile: off.cacheFile, parsed: off.parsed }, { via: 'compiled', wrote: false, cacheFile: undefined, parsed: 2 });
      assert.deepEqual(readdirSync(dir), []);
      const blocker = join(dir, 'a-file');
      writeFileSync(blocker, 'not a folder');
      const unwritable = probe({ EVIDENT_CACHE_DIR: join(blocker, 'cache') });
      assert.deepEqual({ via: unwritable.via, wrote: unwritable.wrote, parsed: unwritable.parsed }, { via: 'compiled', wrote: false, parsed: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('cache folder: EVIDENT_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache; EVIDENT_NO_CACHE turns it off', () => {
    assert.equal(cacheDirectory({ EVIDENT_CACHE_DIR: '/x/y', XDG_CACHE_HOME: '/xdg' }), '/x/y');
    assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/xdg' }), join('/xdg', 'evident'));
    assert.match(cacheDirectory({}) ?? '', /[/\\]\.cache[/\\]evident$/);
    assert.equal(cacheDirectory({ EVIDENT_NO_CACHE: '1', EVIDENT_CACHE_DIR: '/x/y' }), undefined);
    assert.equal(cacheDirectory({ EVIDENT_NO_CACHE: '0', EVIDENT_CACHE_DIR: '/x/y' }), '/x/y');
  });

  test('when the bundled compiler file is not where expected, ts-morph itself is loaded', () => {
    const ts = loadTypeScript(process.env, () => {
      throw new Error('another layout');
    }) as { createSourceFile?: unknown };
    assert.equal(typeof ts.createSourceFile, 'function');
    assert.equal(typeScriptLoad()?.via, 'ts-morph');
  });
});

describe('the warm-up parsed before a cache is written', () => {
  test('is valid TypeScript and TSX, so it runs the parser’s ordinary paths rather than its error recovery', async () => {
    const { WARM_UP } = await import('../../src/engine/code/load-typescript.js');
    const { ts } = await import('../../src/engine/code/typescript.js');
    assert.equal(WARM_UP.length, 2);
    for (const [name, text] of WARM_UP) {
      const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const diagnostics = (file as unknown as { parseDiagnostics: TypeScript.Diagnostic[] }).parseDiagnostics;
      assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')), [], name);
      assert.ok(file.statements.length > 0, name);
    }
  });
});

describe('pruning old code caches', () => {
  test('a new cache removes caches unused for 30 days, keeps the 8 most recently used, and leaves other files alone', async () => {
    const { CACHE_MAX_FILES, pruneCaches } = await import('../../src/engine/code/load-typescript.js');
    const { utimesSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    try {
      const now = Date.parse('2026-11-28T12:00:00Z');
      const day = 24 * 60 * 60 * 1000;
      const file = (name: string, ageDays: number): string => {
        const path = join(dir, name);
        writeFileSync(path, 'x');
        utimesSync(path, (now - ageDays * day) / 1000, (now - ageDays * day) / 1000);
        return name;
      };
      const kept = file('typescript-1-1-node20.0.0-x64.v8cache', 0);
      // Ten other caches used 1 to 10 days ago, one last used 40 days ago.
      const recent = Array.from({ length: 10 }, (_, i) => file(`typescript-2-${i}-node20.0.0-x64.v8cache`, i + 1));
      file('typescript-3-0-node18.0.0-x64.v8cache', 40);
      // An interrupted write of two days ago and one in progress; files that are not caches.
      file('typescript-4-0-node20.0.0-x64.v8cache.123-0.tmp', 2);
      const writing = file('typescript-5-0-node20.0.0-x64.v8cache.456-1.tmp', 0);
      const others = [file('notes.txt', 400), file('typescript-readme.md', 400)];
      pruneCaches(dir, join(dir, kept), now);
      const expected = [kept, ...recent.slice(0, CACHE_MAX_FILES - 1), writing, ...others].sort();
      assert.deepEqual(readdirSync(dir).sort(), expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a load that writes a cache prunes the folder, a load that uses one marks it used; a missing folder is no error', async () => {
    const { pruneCaches } = await import('../../src/engine/code/load-typescript.js');
    const dir = mkdtempSync(join(tmpdir(), 'evident-cache-'));
    try {
      const { utimesSync } = await import('node:fs');
      const old = join(dir, 'typescript-9-9-node16.0.0-x64.v8cache');
      writeFileSync(old, 'x');
      utimesSync(old, Date.now() / 1000 - 90 * 24 * 3600, Date.now() / 1000 - 90 * 24 * 3600);
      const first = probe({ EVIDENT_CACHE_DIR: dir });
      assert.equal(first.wrote, true);
      assert.deepEqual(readdirSync(dir), [first.cacheFile?.slice(dir.length + 1)]);
      assert.doesNotThrow(() => pruneCaches(join(dir, 'missing'), join(dir, 'missing', 'x')));
      // A cache that a load uses is marked as used (at most once a day), so that pruning keeps it.
      const { statSync } = await import('node:fs');
      const cacheFile = first.cacheFile ?? '';
      utimesSync(cacheFile, Date.now() / 1000 - 5 * 24 * 3600, Date.now() / 1000 - 5 * 24 * 3600);
      assert.equal(probe({ EVIDENT_CACHE_DIR: dir }).via, 'cache');
      assert.ok(Date.now() - statSync(cacheFile).mtimeMs < 60 * 60 * 1000, 'touched');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
