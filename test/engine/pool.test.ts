import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  AUTO_MIN_BYTES,
  AUTO_MIN_CORES,
  analyzeFiles,
  autoJobs,
  batchesOf,
  type FileAnalysis,
  type SourceJob,
} from '../../src/engine/code/pool.js';
import { codeRules } from '../../src/rules/index.js';
import { tempProject } from '../helpers/temp-project.js';

const RULE_IDS = codeRules.map((rule) => rule.meta.id);

/** A module with a leak on some lines (EVD-CODE-001), a clean one, or one of the special cases. */
function moduleText(i: number): string {
  const lines = [`// module ${i}`, "import { logger } from './logger';", ''];
  for (let f = 0; f < 6; f++) {
    lines.push(`export function handle${f}(patient: { id: string; ssn: string; diagnosis: string }) {`);
    lines.push(i % 3 === f % 3 ? `  logger.info('patient', patient.${f % 2 === 0 ? 'ssn' : 'diagnosis'});` : "  logger.info('patient', patient.id);");
    lines.push('  return patient.id;');
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

/** 150 files (several batches) with every kind of outcome, in a temp folder. */
function corpus(): { dir: string; cleanup: () => void; jobs: SourceJob[] } {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 146; i++) files[`src/m${String(i).padStart(3, '0')}.ts`] = moduleText(i);
  files['src/m050.ts'] = `${moduleText(50)}// evident-ignore EVD-CODE-001 -- reviewed\nconsole.log(patient.ssn);\n`;
  files['src/x-binary.ts'] = Buffer.from([0x63, 0x6f, 0x00, 0x01]);
  files['src/x-broken.ts'] = 'const patient = { ssn: 1 ;\nconsole.log(patient.ssn);\n';
  files['src/x-generated.ts'] = '// @generated\nconsole.log(patient.ssn);\n';
  files['src/x-latin1.ts'] = Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a]);
  const { dir, cleanup } = tempProject(files);
  const jobs = Object.keys(files)
    .sort()
    .map((path) => ({ path, absolutePath: join(dir, path), size: statSync(join(dir, path)).size }));
  return { dir, cleanup, jobs };
}

async function run(jobs: readonly SourceJob[], options: Partial<Parameters<typeof analyzeFiles>[1]>): Promise<{ results: FileAnalysis[]; workers: number; fallbackBatches: number; workerError?: string }> {
  const results: FileAnalysis[] = [];
  const poolRun = await analyzeFiles(jobs, { ruleIds: RULE_IDS, digest: true, ...options }, (analysis) => results.push(analysis));
  return { results, ...poolRun };
}

describe('source analysis pool', () => {
  it('splits files into ordered batches of bounded size', () => {
    const files = Array.from({ length: 100 }, (_, i) => ({ path: `f${i}`, absolutePath: `/f${i}`, size: i === 10 ? 1_000_000 : 100 }));
    const batches = batchesOf(files);
    assert.deepEqual(batches.flat(), files);
    assert.ok(batches.every((batch) => batch.length <= 48));
    // The huge file sits alone: batches close before going over the byte budget.
    assert.deepEqual(batches.find((batch) => batch.some((f) => f.path === 'f10'))?.map((f) => f.path), ['f10']);
    assert.deepEqual(batchesOf([]), []);
  });

  it('auto uses two workers only on large corpora and machines with spare cores', () => {
    assert.equal(autoJobs(AUTO_MIN_BYTES - 1, 8), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES, 8), 2);
    assert.equal(autoJobs(AUTO_MIN_BYTES, AUTO_MIN_CORES), 2);
    assert.equal(autoJobs(AUTO_MIN_BYTES * 10, AUTO_MIN_CORES - 1), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES * 10, 2), 1);
  });

  it('gives the same results, in file order, with 1 and 2 workers', async () => {
    const { cleanup, jobs } = corpus();
    try {
      const single = await run(jobs, { jobs: 1 });
      const pooled = await run(jobs, { jobs: 2 });
      assert.equal(single.workers, 0);
      assert.equal(pooled.workers, 2);
      assert.equal(pooled.fallbackBatches, 0, pooled.workerError);
      assert.deepEqual(pooled.results.map((r) => r.path), jobs.map((j) => j.path));
      assert.deepEqual(pooled.results, single.results);
      assert.equal(JSON.stringify(pooled.results), JSON.stringify(single.results));

      const byPath = new Map(single.results.map((r) => [r.path, r]));
      // Findings: 2 leaks in each module (the special cases aside).
      assert.deepEqual(byPath.get('src/m001.ts')?.result?.findings.map((f) => `${f.ruleId}:${f.location.startLine}`), ['EVD-CODE-001:9', 'EVD-CODE-001:21']);
      assert.equal(byPath.get('src/m050.ts')?.directives.length, 1);
      assert.deepEqual(byPath.get('src/x-binary.ts')?.read, { kind: 'skip', reason: 'binary file (contains NUL bytes)' });
      assert.deepEqual(byPath.get('src/x-latin1.ts')?.read, { kind: 'error', reason: 'not valid UTF-8 text' });
      assert.equal(byPath.get('src/x-broken.ts')?.result?.error?.line, 1);
      assert.match(byPath.get('src/x-generated.ts')?.result?.skipped?.reason ?? '', /generated/);
      assert.equal(byPath.get('src/x-generated.ts')?.directives.length, 0);
      assert.match(byPath.get('src/m000.ts')?.digest?.sha256 ?? '', /^[0-9a-f]{64}$/);
    } finally {
      cleanup();
    }
  });

  it('runs only the rules it is given', async () => {
    const { cleanup, jobs } = corpus();
    try {
      const { results } = await run(jobs.slice(0, 3), { jobs: 1, ruleIds: ['EVD-CODE-002'] });
      assert.deepEqual(results.flatMap((r) => r.result?.findings ?? []), []);
    } finally {
      cleanup();
    }
  });

  it('analyses in this thread what failing workers could not, with the same results', async () => {
    const { cleanup, jobs } = corpus();
    try {
      const single = await run(jobs, { jobs: 1 });
      const failing = await run(jobs, { jobs: 2, entry: { kind: 'eval', code: "throw new Error('no worker today')" } });
      assert.equal(failing.workers, 2);
      assert.ok(failing.fallbackBatches > 0);
      assert.match(failing.workerError ?? '', /no worker today/);
      assert.deepEqual(failing.results, single.results);
    } finally {
      cleanup();
    }
  });

  it('stays in one thread for a small corpus on auto', async () => {
    const { cleanup, jobs } = corpus();
    try {
      const auto = await run(jobs, {});
      assert.equal(auto.workers, 0);
      assert.equal(auto.results.length, jobs.length);
    } finally {
      cleanup();
    }
  });
});
