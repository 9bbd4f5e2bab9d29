/**
 * Start-up of the command: finding the package root from any depth (the
 * bundled CLI sits in dist/bundle/), yargs not rendering the help text before
 * every command, messages in English whatever LANG says, and `--debug`'s line
 * of stage timings, and the lower priority of the process's other threads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import yargs from 'yargs';
import { skipHelpCache } from '../../src/cli/help-cache.js';
import { findPackageRoot, packageRoot, toolInfo } from '../../src/package-root.js';
import { lowerBackgroundThreads } from '../../src/cli/thread-priority.js';
import { runCli, runModuleScript } from '../helpers/cli.js';

describe('package root', () => {
  const tree = mkdtempSync(join(tmpdir(), 'evident-root-'));
  after(() => rmSync(tree, { recursive: true, force: true }));
  writeFileSync(join(tree, 'package.json'), JSON.stringify({ name: 'evident', version: '9.8.7' }));
  mkdirSync(join(tree, 'dist', 'bundle', 'deep'), { recursive: true });
  // A package.json of another package on the way up is passed over (e.g. a nested {"type": "module"}),
  // and so is one that is not JSON.
  writeFileSync(join(tree, 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(tree, 'dist', 'bundle', 'package.json'), '{ not json');

  it('is the nearest folder whose package.json is Evident’s, from any depth', () => {
    assert.deepEqual(findPackageRoot(join(tree, 'dist', 'bundle', 'deep')), { root: tree, name: 'evident', version: '9.8.7' });
    assert.deepEqual(findPackageRoot(join(tree, 'dist')), { root: tree, name: 'evident', version: '9.8.7' });
    assert.deepEqual(findPackageRoot(tree), { root: tree, name: 'evident', version: '9.8.7' });
  });

  it('fails with the folder it started from when there is none', () => {
    const other = mkdtempSync(join(tmpdir(), 'evident-noroot-'));
    try {
      assert.throws(() => findPackageRoot(other), (error: Error) => error.message === `no package.json of evident at or above ${other}`);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('is this checkout for the sources', () => {
    assert.equal(findPackageRoot(join(packageRoot, 'src', 'cli')).root, packageRoot);
    assert.equal(toolInfo.name, 'evident');
  });
});

describe('yargs help cache', () => {
  type Usage = { cacheHelpMessage: () => void; hasCachedHelpMessage: () => boolean };
  const usageOf = (cli: unknown): Usage =>
    (cli as { getInternalMethods: () => { getUsageInstance: () => Usage } }).getInternalMethods().getUsageInstance();

  it('yargs still caches the help text through the internal method that skipHelpCache replaces', () => {
    // If yargs renames it, skipHelpCache silently does nothing: this test is what notices.
    const usage = usageOf(yargs([]).command('scan', 'scan files'));
    assert.equal(typeof usage.cacheHelpMessage, 'function');
    assert.equal(typeof usage.hasCachedHelpMessage, 'function');
  });

  it('skipHelpCache makes a command run without rendering the help text', async () => {
    const cli = yargs(['scan']).command('scan', 'scan files', () => undefined, () => undefined);
    skipHelpCache(cli);
    await cli.parseAsync();
    assert.equal(usageOf(cli).hasCachedHelpMessage(), false);
    const plain = yargs(['scan']).command('scan', 'scan files', () => undefined, () => undefined);
    await plain.parseAsync();
    assert.equal(usageOf(plain).hasCachedHelpMessage(), true);
  });

  it('leaves anything that is not a yargs instance alone', () => {
    assert.doesNotThrow(() => skipHelpCache({}));
    assert.doesNotThrow(() => skipHelpCache(undefined));
  });
});

describe('the command line', () => {
  it('prints help and usage errors in English whatever LANG says', () => {
    const help = runCli(['scan', '--help'], { env: { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Options:$/m);
    assert.match(help.stdout, /Show help/);
    const unknown = runCli(['scan', '--bogus'], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } });
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'evident: Unknown argument: bogus\nhint: run evident --help\n');
  });

  it('--debug prints one line with the time of each stage of the scan', () => {
    const run = runCli(['scan', 'examples/clinic', '--format', 'json', '--debug']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(
      lines[0] ?? '',
      /^evident: debug: discover \d+ ms \(14 files\); parse terraform \d+ ms \(5 files, \d+ bytes\); .*evaluate \d+ ms \(\d+ documents\); code \d+ ms \(5 files, \d+ lines, 0 workers, 0 fallback batches\); assemble \d+ ms; total \d+ ms$/,
    );
    JSON.parse(run.stdout);
  });
});

describe('background thread priority', () => {
  // A fresh process lowers its threads and reports every thread's nice value (field 19 of
  // /proc/self/task/<tid>/stat) before and after; `mainNice` first lowers the main thread alone
  // (setpriority on Linux applies to the calling thread), as `nice -n` would the whole process.
  // `call` is what is called first: lowerBackgroundThreads() or prepareScanProcess(…), whose count is then 0.
  const run = (mainNice: number, call = 'lowerBackgroundThreads()') =>
    runModuleScript<{ pid: number; lowered: number; again: number; before: Record<string, number>; after: Record<string, number> }>(`
      import { readdirSync, readFileSync } from 'node:fs';
      import { setPriority } from 'node:os';
      import { lowerBackgroundThreads, prepareScanProcess } from ${JSON.stringify(new URL('../../src/cli/thread-priority.ts', import.meta.url).href)};
      const nices = () => Object.fromEntries(readdirSync('/proc/self/task').map((tid) => [tid, Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16])]));
      if (${mainNice} > 0) setPriority(0, ${mainNice});
      const before = nices();
      const lowered = ${call} ?? 0;
      const after = nices();
      console.log(JSON.stringify({ pid: process.pid, lowered, again: lowerBackgroundThreads(), before, after }));
    `);

  it('lowers every thread but the main one by 10 on Linux, once', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    const { pid, lowered, again, before, after } = run(0);
    const others = Object.keys(before).filter((tid) => Number(tid) !== pid);
    // V8's platform threads at least (four by default), besides libuv's and Node's own.
    assert.ok(others.length >= 4, JSON.stringify(before));
    assert.equal(lowered, others.length);
    assert.equal(after[String(pid)], 0);
    for (const tid of others) assert.equal(after[tid], 10, `thread ${tid}: ${JSON.stringify(after)}`);
    // Already lowered: nothing more to do.
    assert.equal(again, 0);
  });

  it('lowers them relative to the main thread, to 19 at most', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    const { pid, before, after } = run(15);
    assert.equal(before[String(pid)], 15);
    for (const [tid, nice] of Object.entries(after)) assert.equal(nice, Number(tid) === pid ? 15 : 19, JSON.stringify(after));
  });

  it('the command lowers them for a scan without worker threads only', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    for (const jobs of ['1', "'auto'"]) {
      const { pid, after, again } = run(0, `prepareScanProcess({ jobs: ${jobs} })`);
      for (const [tid, nice] of Object.entries(after)) assert.equal(nice, Number(tid) === pid ? 0 : 10, `jobs ${jobs}: ${JSON.stringify(after)}`);
      assert.equal(again, 0);
    }
    // With workers the threads keep their priority: the later lowerBackgroundThreads() still finds them all.
    const { before, after, again } = run(0, 'prepareScanProcess({ jobs: 2 })');
    assert.deepEqual(after, before);
    assert.equal(again, Object.keys(before).length - 1);
  });

  it('does nothing on other systems', () => {
    assert.equal(lowerBackgroundThreads(process.pid, 'darwin'), 0);
    assert.equal(lowerBackgroundThreads(process.pid, 'win32'), 0);
  });
});
