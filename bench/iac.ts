/**
 * Infrastructure-as-code bench: per format, files/s, resources/s, MB/s, the
 * MB/s of the whole scan (discovery to the finished result), the share of
 * policy evaluation in the scan and peak RSS, each format scanned on its own in
 * a fresh process (bench/scan-once.mjs). With --build, also the bundled command
 * (`<build>/bundle/evident.js scan <dir> --format json --output …`) from
 * process start to exit, Node's start and module loading included: what a user
 * waits for. For Terraform it also
 * times, on the same files and in one process, our HCL parser alone and
 * @cdktn/hcl2json (the parser most Terraform tooling embeds), so the end-to-end
 * cost can be compared with the parse floor.
 *
 *   npx tsx bench/iac.ts [--tf 1000] [--k8s 2000] [--k8s-docs 1] [--cfn 1250] [--config 500] [--no-hcl2json] [--build dist] [--repeat 1]
 *
 * --k8s-docs N puts N Deployment+Service pairs in each Kubernetes file (large
 * multi-document manifests instead of many small files). --build dist scans
 * with the compiled package (run `npm run build` first), as `npx evident` does,
 * instead of the sources under tsx. --repeat N scans each format N times, each
 * in a fresh process, shows the median run and prints the range (the machine
 * may be shared: one run proves little).
 *
 * Targets (issue 3, 2 cores): Terraform end to end within 1.5× of the HCL
 * parser's own time on the same files; Kubernetes/CloudFormation YAML ≥ 3 MB/s
 * end to end; policy evaluation < 20 % of the IaC scan; peak RSS ≤ 400 MB for
 * 1,000 Terraform files. The machine may be shared: repeat and read ranges.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cloudFormationFile, kubernetesFile, terraformFile } from './corpus.js';
import { commandInChild, row, scanInChild } from './scan-child.js';
import { parseHcl } from '../src/parsers/hcl/parser.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Application settings with the occasional credential, as the config reader sees them. */
function configFile(i: number): string {
  const leak = i % 10 === 0;
  return `service: records-${i}
logging:
  level: info
  format: json
database:
  host: db-${i}.internal
  port: 5432
  user: records
  password: ${leak ? '"Tq8#vX2!rLp9Wz' + i + '"' : '${DB_PASSWORD}'}
features:
${Array.from({ length: 20 }, (_, k) => `  flag${k}: ${k % 2 === 0}`).join('\n')}
`;
}

function write(dir: string, path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out.sort();
}

const repeat = Math.max(1, arg('repeat', 1));
const buildIndex = process.argv.indexOf('--build');
const build = buildIndex >= 0 ? process.argv[buildIndex + 1] : undefined;
// CloudFormation: 1,250 templates (2.37 MB), the size of the Kubernetes corpus (2.38 MB). Until
// 2026-11 it was 400 (0.76 MB), where MB/s mostly measured the scan's fixed cost (loading the
// bundle and the catalogs, about 35 ms) and cold code rather than throughput: --cfn 400 gives it back.
const sizes = { terraform: arg('tf', 1000), kubernetes: arg('k8s', 2000), cloudformation: arg('cfn', 1250), config: arg('config', 500) };
const root = mkdtempSync(join(tmpdir(), 'evident-bench-iac-'));
const rate = (n: number, ms: number): string => (ms > 0 ? Math.round((n * 1000) / ms).toLocaleString('en-US') : '-');

try {
  const dirs: Record<keyof typeof sizes, string> = {
    terraform: join(root, 'terraform'),
    kubernetes: join(root, 'kubernetes'),
    cloudformation: join(root, 'cloudformation'),
    config: join(root, 'config'),
  };
  for (let i = 0; i < sizes.terraform; i++) write(dirs.terraform, `module-${Math.floor(i / 4)}/file-${i % 4}.tf`, terraformFile(Math.floor(i / 4), i % 4));
  const docsPerFile = Math.max(1, arg('k8s-docs', 1));
  for (let i = 0; i < sizes.kubernetes; i++) {
    const pairs = Array.from({ length: docsPerFile }, (_, k) => kubernetesFile(i * docsPerFile + k));
    write(dirs.kubernetes, `team-${i % 20}/service-${i}.yaml`, pairs.join('---\n'));
  }
  for (let i = 0; i < sizes.cloudformation; i++) write(dirs.cloudformation, `stacks/stack-${i}.yaml`, cloudFormationFile(i));
  for (let i = 0; i < sizes.config; i++) write(dirs.config, `services/svc-${i}/config/settings.yaml`, configFile(i));

  console.log(`Evident IaC bench — ${cpus().length} cores, Node ${process.version}`);
  console.log('');
  console.log(row(['format', 'files', 'MB', 'resources', 'parse ms', 'eval ms', 'scan ms', 'command ms', 'files/s', 'resources/s', 'MB/s (parse+eval)', 'MB/s (whole scan)', 'MB/s (command)', 'eval share (parse+eval)', 'eval share (whole scan)', 'peak RSS MB', 'findings', 'errors']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  let terraformEndToEnd = 0;
  const spreads: string[] = [];
  const shown = new Map<keyof typeof sizes, { parseMs: number; evalMs: number }>();
  for (const [format, dir] of Object.entries(dirs) as Array<[keyof typeof sizes, string]>) {
    if (sizes[format] === 0) continue;
    // --repeat N: N fresh processes per format; the run with the median parse + evaluation time is shown.
    const runs = Array.from({ length: repeat }, () => scanInChild(dir, build));
    const iacTime = (r: (typeof runs)[number]): number => (r.stats.parse[format]?.ms ?? 0) + r.stats.evaluate.ms;
    runs.sort((x, y) => iacTime(x) - iacTime(y));
    const run = runs[Math.floor((runs.length - 1) / 2)]!;
    if (runs.length > 1) {
      const mbps = (r: (typeof runs)[number]): string => (((r.stats.parse[format]?.bytes ?? 0) / 1e6) * 1000 / iacTime(r)).toFixed(2);
      spreads.push(`${format}: parse + evaluation ${mbps(runs[runs.length - 1]!)}–${mbps(runs[0]!)} MB/s over ${runs.length} runs`);
    }
    const parse = run.stats.parse[format];
    if (parse === undefined) {
      console.log(row([format, sizes[format], '', '', '', '', '', '', '', '', '', '', '', '', '', run.maxRssMb.toFixed(0), run.findings, `not parsed (${run.errors} errors)`]));
      continue;
    }
    const iacMs = parse.ms + run.stats.evaluate.ms;
    if (format === 'terraform') terraformEndToEnd = iacMs;
    shown.set(format, { parseMs: parse.ms, evalMs: run.stats.evaluate.ms });
    const resources = run.resources[format] ?? 0;
    // The bundled command on the same folder (--build only), median of --repeat runs.
    const commands = Array.from({ length: repeat }, () => commandInChild(dir, build)).filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b);
    const command = commands[Math.floor((commands.length - 1) / 2)];
    console.log(
      row([
        format,
        parse.files,
        (parse.bytes / 1e6).toFixed(2),
        resources,
        parse.ms.toFixed(0),
        run.stats.evaluate.ms.toFixed(0),
        run.stats.total.ms.toFixed(0),
        command === undefined ? '-' : command.toFixed(0),
        rate(parse.files, iacMs),
        rate(resources, iacMs),
        ((parse.bytes / 1e6) * 1000 / iacMs).toFixed(2),
        ((parse.bytes / 1e6) * 1000 / run.stats.total.ms).toFixed(2),
        command === undefined ? '-' : ((parse.bytes / 1e6) * 1000 / command).toFixed(2),
        `${((run.stats.evaluate.ms / iacMs) * 100).toFixed(0)} %`,
        `${((run.stats.evaluate.ms / run.stats.total.ms) * 100).toFixed(0)} %`,
        run.maxRssMb.toFixed(0),
        run.findings,
        run.errors,
      ]),
    );
  }

  if (spreads.length > 0) console.log(['', ...spreads].join('\n'));

  // The part of evaluation no check can save: moving each document into wasm (JSON.stringify, the
  // copy, OPA's JSON parser). One more process per format scans, then evaluates the same documents
  // again (warm, best of 3) with their checks and as an input type with no checks.
  if (shown.size > 0) {
    console.log('\nEvaluation floor (the documents evaluated again after the scan, best of 3 rounds, in one more process per format):');
    for (const [format, { parseMs }] of shown) {
      const transfer = scanInChild(dirs[format], build, true).transfer;
      if (transfer === undefined) continue;
      const floor = (transfer.noChecksMs / (parseMs + transfer.noChecksMs)) * 100;
      console.log(
        `  ${format}: with the checks ${transfer.evaluateAgainMs.toFixed(0)} ms, with no checks ${transfer.noChecksMs.toFixed(0)} ms ` +
          `(JSON in and out of wasm): with checks that cost nothing, evaluation would still be ${floor.toFixed(0)} % of parse + evaluation`,
      );
    }
  }

  // The Terraform parse floor on the same files, in this process (warm: second pass).
  if (sizes.terraform > 0) await compareTerraformParsers(dirs.terraform, terraformEndToEnd);
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** Our HCL parser alone and @cdktn/hcl2json on the Terraform corpus, next to the scan's end-to-end time. */
async function compareTerraformParsers(dir: string, terraformEndToEnd: number): Promise<void> {
  const tfFiles = filesUnder(dir).map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
  const bytes = tfFiles.reduce((n, f) => n + statSync(join(dir, f.path)).size, 0);
  const time = (fn: () => void): number => {
    fn();
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const ours = time(() => {
    for (const f of tfFiles) parseHcl(f.text, f.path);
  });
  console.log('');
  console.log(`Terraform: ${tfFiles.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
  console.log(`  HCL parser alone (parseHcl, warm): ${ours.toFixed(0)} ms (${rate(tfFiles.length, ours)} files/s)`);
  console.log(`  end to end in the scan (read, parse, positions, resolution, evaluation): ${terraformEndToEnd.toFixed(0)} ms = ${(terraformEndToEnd / ours).toFixed(2)}× our parser alone`);
  if (!process.argv.includes('--no-hcl2json')) {
    const require = createRequire(import.meta.url);
    const hcl2json = require('@cdktn/hcl2json') as { parse: (name: string, text: string) => Promise<unknown> };
    const sample = tfFiles.slice(0, Math.min(200, tfFiles.length));
    await hcl2json.parse(sample[0]!.path, sample[0]!.text);
    const t = performance.now();
    for (const f of sample) await hcl2json.parse(f.path, f.text);
    const perFile = (performance.now() - t) / sample.length;
    const projected = perFile * tfFiles.length;
    console.log(
      `  @cdktn/hcl2json on ${sample.length} of the files: ${perFile.toFixed(2)} ms/file (${rate(1, perFile)} files/s), ` +
        `${projected.toFixed(0)} ms projected for all: end to end = ${(terraformEndToEnd / projected).toFixed(2)}× hcl2json's parse alone`,
    );
  }
}
