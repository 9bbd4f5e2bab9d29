/**
 * Kubernetes parser throughput: generates a ~5 MB multi-document manifest
 * stream (Deployments with anchors, aliases and merge keys, Services,
 * ConfigMaps with block scalars, Secrets, StatefulSets, CronJobs) in the OS
 * temp folder, then measures
 *   - `loadKubernetes` end to end (parse + hostile-input scan + normalization),
 *     cold (first call) and warm,
 *   - js-yaml `loadAll` alone (the floor),
 *   - the lazy position index: the first `locate` (one document indexed), every
 *     document located once (the whole file indexed), and a typical one-object
 *     file (load, then index for one finding).
 *
 * Each measurement runs in a fresh process.
 *
 * Run: npx tsx bench/kubernetes-parse.ts [targetMB]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadAll } from 'js-yaml';
import { KUBERNETES_YAML_SCHEMA, loadKubernetes } from '../src/parsers/kubernetes.js';
import type { SourceText } from '../src/parsers/types.js';
import { anchoredDeployment, kubernetesStreamDocument } from './corpus.js';

const sizeArg = process.argv.slice(2).find((a) => /^[0-9.]+$/.test(a));
const targetBytes = Number(sizeArg ?? '5') * 1024 * 1024;

function generate(): { text: string; docs: number } {
  const parts: string[] = [];
  let size = 0;
  let docs = 0;
  while (size < targetBytes) {
    const doc = kubernetesStreamDocument(docs);
    parts.push(doc);
    size += doc.length + 4;
    docs++;
  }
  return { text: parts.join('---\n'), docs };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

function peakRssMb(): string {
  return (process.resourceUsage().maxRSS / 1024).toFixed(0);
}

/** One measurement, run in its own (cold) process. */
function phase(name: string, path: string): void {
  const text = readFileSync(path, 'utf8');
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n').length;
  const file: SourceText = { path: 'manifests/stream.yaml', text };
  let t = performance.now();
  switch (name) {
    case 'floor': {
      const values = loadAll(text, { schema: KUBERNETES_YAML_SCHEMA, maxTotalMergeKeys: -1 });
      const ms = performance.now() - t;
      console.log(`js-yaml loadAll alone (the floor): ${ms.toFixed(0)} ms = ${rate(bytes, ms)} MB/s (${values.length} documents); peak RSS ${peakRssMb()} MB`);
      break;
    }
    case 'load': {
      let result = loadKubernetes('manifests', [file]);
      const cold = performance.now() - t;
      const rss = peakRssMb();
      const warm: number[] = [];
      for (let run = 0; run < 3; run++) {
        t = performance.now();
        result = loadKubernetes('manifests', [file]);
        warm.push(performance.now() - t);
      }
      const best = Math.min(...warm);
      console.log(
        `loadKubernetes end to end: cold ${cold.toFixed(0)} ms = ${rate(bytes, cold)} MB/s, ${Math.round(lines / (cold / 1000) / 1000)}k lines/s, ` +
          `peak RSS ${rss} MB; warm best of 3: ${best.toFixed(0)} ms = ${rate(bytes, best)} MB/s; ${result.documents[0]!.document.resources.length} resources`,
      );
      t = performance.now();
      const json = JSON.stringify(result.documents[0]!.document);
      const ms = performance.now() - t;
      console.log(`JSON.stringify of the normalized document: ${ms.toFixed(0)} ms, ${mb(json.length)} MB`);
      break;
    }
    case 'index': {
      const parsed = loadKubernetes('manifests', [file]).documents[0]!;
      const resources = parsed.document.resources;
      const last = resources[resources.length - 1]!;
      t = performance.now();
      const range = parsed.locate(last.id, ['object', 'metadata', 'name']);
      let ms = performance.now() - t;
      console.log(`first locate in the 5 MB file (indexes that one document): ${ms.toFixed(2)} ms → ${last.id} ${JSON.stringify(range)}`);
      t = performance.now();
      for (const resource of resources) parsed.locate(resource.id, ['podSpec', 'containers', 0, 'securityContext', 'privileged']);
      ms = performance.now() - t;
      console.log(
        `index the whole 5 MB file (first locate in each of ${resources.length} documents): ${ms.toFixed(0)} ms ` +
          `(${((ms / resources.length) * 1000).toFixed(0)} µs per document); peak RSS ${peakRssMb()} MB`,
      );
      t = performance.now();
      for (const resource of resources) parsed.locate(resource.id, ['object', 'metadata', 'namespace']);
      ms = performance.now() - t;
      console.log(`locate once indexed: ${((ms / resources.length) * 1000).toFixed(1)} µs per call`);
      break;
    }
    case 'small': {
      // A typical one-Deployment file: load it, then index it for one finding.
      const small: SourceText = { path: 'manifests/patient-api.yaml', text: anchoredDeployment(11) };
      const n = 2000;
      let loadMs = 0;
      let indexMs = 0;
      for (let i = 0; i < n; i++) {
        t = performance.now();
        const one = loadKubernetes('manifests', [small]).documents[0]!;
        loadMs += performance.now() - t;
        t = performance.now();
        one.locate(one.document.resources[0]!.id, ['podSpec', 'containers', 0, 'securityContext', 'privileged']);
        indexMs += performance.now() - t;
      }
      console.log(
        `one ${small.text.split('\n').length - 1}-line Deployment file (mean of ${n}): load ${((loadMs / n) * 1000).toFixed(0)} µs, ` +
          `index + first locate ${((indexMs / n) * 1000).toFixed(0)} µs`,
      );
      break;
    }
    default:
      throw new Error(`unknown phase ${name}`);
  }
}

function rate(bytes: number, ms: number): string {
  return (bytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
}

const phaseArg = process.argv.find((a) => a.startsWith('--phase='));
if (phaseArg !== undefined) {
  phase(phaseArg.slice('--phase='.length), process.argv[process.argv.length - 1]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'evident-bench-k8s-'));
  try {
    const generated = generate();
    const path = join(dir, 'stream.yaml');
    writeFileSync(path, generated.text);
    console.log(`input: ${path}: ${mb(Buffer.byteLength(generated.text))} MB, ${generated.docs} documents, ${generated.text.split('\n').length} lines`);
    for (const name of ['floor', 'load', 'index', 'small']) {
      // Each phase in a fresh process (tsx's loader is inherited through execArgv), as a CLI run meets it.
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--phase=${name}`, path], {
        stdio: 'inherit',
      });
      if (child.status !== 0) throw new Error(`phase ${name} failed`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
