/**
 * The worker pool and the lazy loading of the rules, in the compiled package
 * and in the bundled CLI (`dist/bundle/evident.js`, package.json's `bin`: what
 * `npx evident` runs): the source is compiled and bundled into a temporary
 * package (dist/ beside links to policies/, templates/, evidence/, docs/,
 * node_modules/), so the test does not depend on a stale dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';
import { runCli } from '../helpers/cli.js';

let pkg = '';
let corpus = '';

function leakyModule(i: number): string {
  const lines = [`// module ${i}`, "import { logger } from './logger';", "import axios from 'axios';", ''];
  for (let f = 0; f < 8; f++) {
    lines.push(`export async function handle${f}(patient: { id: string; ssn: string; email: string }) {`);
    lines.push(i % 4 === f % 4 ? `  logger.info('patient', { ssn: patient.ssn });` : "  logger.info('patient', { id: patient.id });");
    lines.push(f === 5 && i % 7 === 0 ? "  await axios.get('http://records.clinic-partner.net/api/' + patient.id);" : '  await Promise.resolve();');
    lines.push('  return patient.id;');
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

/** The command of package.json (`bin`), as `npx evident` runs it. */
const BIN = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: { evident: string } }).bin.evident;

/** Runs the bundled CLI; returns the exit code and its output. */
function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(pkg, BIN), ...args], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Writes a script of these lines into the temporary package; returns its path. */
function probeScript(name: string, lines: readonly string[]): string {
  const path = join(pkg, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** A JSON result without the fields that differ between any two runs (start time, duration). */
function stable(json: string): string {
  const { startedAt: _s, durationMs: _d, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('compiled package: worker pool and lazy rules', () => {
  before(() => {
    pkg = mkdtempSync(join(tmpdir(), 'evident-dist-'));
    for (const dir of ['policies', 'templates', 'evidence', 'docs', 'node_modules']) symlinkSync(join(packageRoot, dir), join(pkg, dir));
    copyFileSync(join(packageRoot, 'package.json'), join(pkg, 'package.json'));
    // Type errors elsewhere in the tree must not stop this test: tsc still emits; the files needed are checked below.
    spawnSync(process.execPath, [join(packageRoot, 'node_modules/typescript/bin/tsc'), '-p', join(packageRoot, 'tsconfig.json'), '--outDir', join(pkg, 'dist')], { encoding: 'utf8' });
    // As `npm run build` does after tsc: the hand-written modules (src/engine/code/typescript.js), then the bundle.
    const finished = spawnSync(process.execPath, [join(packageRoot, 'scripts/finish-build.mjs'), join(pkg, 'dist')], { encoding: 'utf8' });
    assert.equal(finished.status, 0, finished.stderr);
    corpus = mkdtempSync(join(tmpdir(), 'evident-pool-corpus-'));
    mkdirSync(join(corpus, 'src'));
    for (let i = 0; i < 160; i++) writeFileSync(join(corpus, 'src', `module-${String(i).padStart(3, '0')}.ts`), leakyModule(i));
    mkdirSync(join(corpus, 'infra'));
    writeFileSync(join(corpus, 'infra', 'main.tf'), 'resource "aws_db_instance" "db" {\n  storage_encrypted = false\n}\n');
  });

  after(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  });

  it('compiles the worker entry next to the pool, and bundles the command with its own worker entry', () => {
    assert.ok(existsSync(join(pkg, 'dist/cli/main.js')));
    assert.ok(existsSync(join(pkg, 'dist/engine/code/pool-worker.js')));
    assert.equal(BIN, 'dist/bundle/evident.js');
    assert.ok(statSync(join(pkg, BIN)).mode & 0o100, 'the command is executable');
    assert.match(readFileSync(join(pkg, BIN), 'utf8'), /^#!\/usr\/bin\/env node\n/);
    // The workers' entry beside the bundle only imports the unbundled worker (scripts/finish-build.mjs).
    assert.equal(readFileSync(join(pkg, 'dist/bundle/pool-worker.js'), 'utf8').split('\n').filter((line) => line.startsWith('import ')).join(), "import '../engine/code/pool-worker.js';");
  });

  it('the bundled command uses worker threads (--debug says so) and writes what the sources write', () => {
    const two = cli(['scan', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '2', '--debug']);
    assert.equal(two.code, 0, two.stderr);
    assert.match(two.stderr, /; code \d+ ms \(160 files, \d+ lines, 2 workers, 0 fallback batches\);/);
    const source = runCli(['scan', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '1']);
    assert.equal(source.code, 0, source.stderr);
    assert.equal(stable(two.stdout), stable(source.stdout));
    for (const args of [['--help'], ['scan', '--help'], ['explain', 'EVD-CODE-001'], ['--version']]) {
      const bundled = cli(args);
      const fromSource = runCli(args);
      assert.deepEqual([bundled.code, bundled.stdout, bundled.stderr], [fromSource.code, fromSource.stdout, fromSource.stderr], args.join(' '));
    }
  });

  it('uses worker threads from dist and gives the same results as one thread', async () => {
    const pool = (await import(pathToFileURL(join(pkg, 'dist/engine/code/pool.js')).href)) as typeof import('../../src/engine/code/pool.js');
    assert.equal(pool.workerEntry()?.kind, 'file');
    const files = Array.from({ length: 160 }, (_, i) => {
      const path = `src/module-${String(i).padStart(3, '0')}.ts`;
      return { path, absolutePath: join(corpus, path), size: 1_000 };
    });
    const results: unknown[][] = [[], []];
    const runs = [];
    for (const [index, jobs] of [1, 2].entries()) {
      runs.push(await pool.analyzeFiles(files, { ruleIds: ['EVD-CODE-001', 'EVD-CODE-028'], jobs }, (analysis) => results[index]?.push(analysis)));
    }
    assert.deepEqual(runs.map((r) => [r.workers, r.fallbackBatches, r.workerError]), [[0, 0, undefined], [2, 0, undefined]]);
    assert.equal(JSON.stringify(results[1]), JSON.stringify(results[0]));
  });

  it('`scan --jobs 2` writes the same JSON result as `--jobs 1`, byte for byte', () => {
    const one = cli(['scan', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '1']);
    const two = cli(['scan', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '2']);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(two.code, 0, two.stderr);
    const result = JSON.parse(one.stdout) as { findings: Array<{ ruleId: string }>; coverage: { files: number } };
    assert.equal(result.coverage.files, 161);
    assert.equal(result.findings.filter((f) => f.ruleId === 'EVD-CODE-001').length, 320);
    assert.ok(result.findings.some((f) => f.ruleId === 'EVD-CODE-028'));
    assert.equal(stable(two.stdout), stable(one.stdout));
  });

  it('the bundled command loads string-width only when it measures text: not for --version, for --help', () => {
    // string-width creates an Intl.Segmenter when it loads (scripts/finish-build.mjs makes it load on first use).
    const probe = probeScript('count-segmenters.mjs', [
      'const Original = Intl.Segmenter;',
      'let made = 0;',
      'Intl.Segmenter = class extends Original { constructor(...args) { super(...args); made++; } };',
      "process.on('exit', () => process.stderr.write(`segmenters: ${made}\\n`));",
    ]);
    const run = (args: string[]): string => spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, join(pkg, BIN), ...args], { encoding: 'utf8' }).stderr;
    assert.match(run(['--version']), /^segmenters: 0$/m);
    assert.match(run(['scan', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '1']), /^segmenters: 0$/m);
    assert.match(run(['--help']), /^segmenters: [1-9]\d*$/m);
  });

  it('rejects a bad --jobs with exit code 2', () => {
    const run = cli(['scan', corpus, '--jobs', 'many']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--jobs must be a number from 1 to 64 or auto, not many/);
  });

  it('loads the rules (ts-morph) only when the scan has JS/TS files', () => {
    const probe = probeScript('probe.mjs', [
      "import { createRequire } from 'node:module';",
      "const { scan } = await import('./dist/index.js');",
      'await scan({ paths: [process.argv[2]] });',
      "const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('ts-morph'));",
      'process.stdout.write(String(loaded));',
    ]);
    const probeRun = (target: string): string => spawnSync(process.execPath, [probe, target], { encoding: 'utf8', cwd: pkg }).stdout;
    assert.equal(probeRun(join(corpus, 'infra')), 'false');
    assert.equal(probeRun(corpus), 'true');
  });
});
