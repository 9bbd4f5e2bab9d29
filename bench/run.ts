/**
 * npm run bench [-- --tf N --k8s N --ts N]
 *
 * Generates a realistic corpus (default: 400 Terraform files in 100 modules,
 * 200 Kubernetes manifests, 3,000 TypeScript files ≈ 330k lines) and scans it
 * in a fresh process, printing files/s and lines/s per stage, wall time and
 * peak RSS. The process startup (Node, module loading) is included in
 * "process wall" and excluded from the stage numbers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';
import { row, scanInChild, type ScanRun } from './scan-child.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const size = { terraformFiles: arg('tf', 400), kubernetesFiles: arg('k8s', 200), sourceFiles: arg('ts', 3000) };
const dir = mkdtempSync(join(tmpdir(), 'evident-bench-'));
try {
  const corpus = generateCorpus(dir, size);
  let run: ScanRun & { processWallMs: number };
  try {
    run = scanInChild(dir);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const processWall = run.processWallMs;
  const s = run.stats;
  const rate = (n: number, ms: number): string => (ms > 0 ? Math.round((n * 1000) / ms).toLocaleString('en-US') : '-');
  const mb = (bytes: number, ms: number): string => (ms > 0 ? ((bytes / 1e6) * 1000 / ms).toFixed(2) : '-');
  console.log(`Evident bench — ${cpus().length} cores, Node ${process.version}`);
  console.log(
    `corpus: ${corpus.files.terraform} Terraform files (${corpus.lines.terraform.toLocaleString('en-US')} lines), ` +
      `${corpus.files.kubernetes} Kubernetes files (${corpus.lines.kubernetes.toLocaleString('en-US')} lines), ` +
      `${corpus.files.source} TS files (${corpus.lines.source.toLocaleString('en-US')} lines)`,
  );
  console.log('');
  console.log(row(['stage', 'ms', 'files/s', 'lines/s', 'MB/s', 'notes']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---']));
  console.log(row(['discover', s.discover.ms.toFixed(0), rate(s.discover.files, s.discover.ms), '', '', `${s.discover.files} files`]));
  for (const [type, p] of Object.entries(s.parse).sort()) {
    console.log(row([`read + parse ${type}`, p.ms.toFixed(0), rate(p.files, p.ms), rate(p.lines, p.ms), mb(p.bytes, p.ms), `${run.resources[type] ?? 0} resources`]));
  }
  console.log(row(['policy evaluation (wasm)', s.evaluate.ms.toFixed(0), rate(s.evaluate.files, s.evaluate.ms), '', '',
    `${s.evaluate.documents} documents, ${s.evaluate.resources} resources, ${(s.evaluate.ms / Math.max(1, s.evaluate.documents)).toFixed(2)} ms/document`]));
  console.log(row(['source code (parse + rules)', s.code.ms.toFixed(0), rate(s.code.files, s.code.ms), rate(s.code.lines, s.code.ms), mb(s.code.bytes, s.code.ms), '']));
  console.log(row(['findings + controls', s.assemble.ms.toFixed(0), '', '', '', `${run.findings} findings`]));
  console.log(row(['**scan total**', s.total.ms.toFixed(0), rate(s.total.files, s.total.ms), rate(s.total.lines, s.total.ms), '', `${run.errors} errors`]));
  console.log('');
  console.log(`process wall (incl. Node start and module loading): ${(processWall / 1000).toFixed(2)} s; peak RSS ${run.maxRssMb.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
