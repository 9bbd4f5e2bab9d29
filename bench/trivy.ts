/**
 * Accuracy against Trivy's labelled examples. Every check of trivy-checks (the
 * misconfiguration checks Trivy runs) documents, per format, examples that must
 * trigger it (`bad`) and examples that must not (`good`), in a `<check>.yaml`
 * next to its Rego. bench/trivy-map.json lists, per check and format, the
 * Trivy checks that test the same misconfiguration as one of ours (and how the
 * scopes differ). This script writes each mapped check's examples into a folder
 * of their own (one Terraform module, one template, one manifest or one
 * Dockerfile each), scans the whole tree once with the compiled command, and
 * counts, per mapped check and format:
 *
 * - bad examples found: one of the mapped checks reports under its folder;
 * - false alarms: a good example where one of the mapped checks reports.
 *
 * Trivy's examples give no expected lines. trivy-checks is fetched from the Go
 * module proxy (no network at scan time):
 *
 *   GOPATH=/tmp/gopath go mod download -json github.com/aquasecurity/trivy-checks@v1.10.0
 *   npx tsx bench/trivy.ts --trivy /tmp/gopath/pkg/mod/github.com/aquasecurity/trivy-checks@v1.10.0 [--build dist] [--map file.json] [--out result.json] [--list misses|false-alarms|all] [--checkov /tmp/ckvenv/bin/checkov [--list-checkov]]
 *
 * Run `npm run build` first. It also prints how many of Trivy's checks have
 * examples in a format Evident scans, so the mapped share is visible.
 * `--checkov <executable>` also runs Checkov over the same examples and prints
 * both side by side (bench/checkov-run.ts); `--list-checkov` lists where they
 * disagree.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { compareWithCheckov, type PlacedFixture } from './checkov-run.js';
import { compiledCommand, countFixture, emptyResult, option, printLists, printSummary, requiredOption, scanCorpus, type LabelledResult, type Scope } from './labelled.js';

/** The formats of Trivy's examples that Evident scans, and the file name each example gets. */
const FORMATS = {
  terraform: 'main.tf',
  cloudformation: 'template.yaml',
  kubernetes: 'manifest.yaml',
  dockerfile: 'Dockerfile',
} as const;
type Format = keyof typeof FORMATS;
const isFormat = (name: string): name is Format => Object.hasOwn(FORMATS, name);

interface MapEntry {
  /** The check's path under trivy-checks' `checks/`, without extension: `cloud/aws/s3/enable_bucket_encryption`. */
  check: string;
  format: Format;
  /** Trivy's id (`AVD-AWS-0088`) and title, for the reader. */
  id: string;
  title: string;
  checks: string[];
  scope: Scope;
  note: string;
}

interface CheckResult extends LabelledResult {
  check: string;
  format: Format;
  id: string;
}

type Examples = Partial<Record<string, { good?: unknown; bad?: unknown }>>;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const trivyArg = requiredOption('trivy', 'npx tsx bench/trivy.ts --trivy <trivy-checks module folder or its checks/> [--build dist] [--map file.json] [--out file.json] [--list misses|false-alarms|all] [--checkov <checkov executable> [--list-checkov]]');
const checksDir = existsSync(join(trivyArg, 'checks')) ? join(trivyArg, 'checks') : trivyArg;
const command = compiledCommand(root, option('build') ?? 'dist');
const map = JSON.parse(readFileSync(option('map') ?? join(here, 'trivy-map.json'), 'utf8')) as MapEntry[];

const examplesRead = new Map<string, Examples>();

/**
 * The examples of a check: its `<check>.yaml`, or none for a check that Trivy ships without
 * examples (a `<check>.rego` only: most of its Kubernetes control-plane checks). A check that
 * is not there at all is a mistake in the map. Each file is read once: the map's entries (a check
 * mapped in two formats) and the walk of every check ask again.
 */
function readExamples(check: string): Examples {
  let examples = examplesRead.get(check);
  if (examples === undefined) {
    examples = readExamplesFile(check);
    examplesRead.set(check, examples);
  }
  return examples;
}

/** One check's examples file, read and parsed. */
function readExamplesFile(check: string): Examples {
  const file = join(checksDir, `${check}.yaml`);
  if (!existsSync(file)) {
    if (existsSync(join(checksDir, `${check}.rego`))) return {};
    console.error(`${check}: no ${relative(process.cwd(), file)}`);
    process.exit(2);
  }
  return (load(readFileSync(file, 'utf8')) ?? {}) as Examples;
}

/** The example strings of one list (Trivy writes each as a YAML block scalar). */
function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** Every `<check>.yaml` with examples in a format we scan: the denominator of the mapped share. */
function examplesOnDisk(): Map<Format, Set<string>> {
  const found = new Map<Format, Set<string>>(Object.keys(FORMATS).map((f) => [f as Format, new Set<string>()]));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.yaml')) {
        const check = relative(checksDir, path).replace(/\.yaml$/, '').split('\\').join('/');
        for (const format of Object.keys(readExamples(check))) if (isFormat(format)) found.get(format)?.add(check);
      }
    }
  };
  walk(checksDir);
  return found;
}

interface Fixture {
  entry: MapEntry;
  kind: 'bad' | 'good';
  name: string;
  /** Folder in the corpus, relative to its root, '/' separators. */
  dir: string;
  file: string;
}

const corpus = mkdtempSync(join(tmpdir(), 'evident-trivy-'));
const fixtures: Fixture[] = [];
// Mapped checks that Trivy ships without examples are listed, not measured.
const unmeasured = map.filter((entry) => Object.keys(readExamples(entry.check)).length === 0);
const measured = map.filter((entry) => !unmeasured.includes(entry));
for (const entry of measured) {
  const examples = readExamples(entry.check)[entry.format];
  if (examples === undefined) {
    console.error(`${entry.check}: no ${entry.format} examples`);
    process.exit(2);
  }
  for (const kind of ['bad', 'good'] as const) {
    strings(examples[kind]).forEach((text, index) => {
      const name = `${kind}${index + 1}`;
      const dir = `${entry.check}/${entry.format}/${name}`;
      // A CloudFormation example in JSON keeps a JSON name (detection does not depend on it, the parser does).
      const file = entry.format === 'cloudformation' && text.trimStart().startsWith('{') ? 'template.json' : FORMATS[entry.format];
      mkdirSync(join(corpus, dir), { recursive: true });
      writeFileSync(join(corpus, dir, file), text.endsWith('\n') ? text : `${text}\n`);
      fixtures.push({ entry, kind, name, dir, file: `${dir}/${file}` });
    });
  }
}

const scanned = scanCorpus(command, corpus);

const results: CheckResult[] = measured.map((entry) => {
  const r: CheckResult = { ...emptyResult(entry.checks, entry.scope), check: entry.check, format: entry.format, id: entry.id };
  for (const fixture of fixtures.filter((f) => f.entry === entry)) {
    countFixture(r, scanned, { name: fixture.name, dir: fixture.dir, positive: fixture.kind === 'bad', files: [fixture.file] });
  }
  return r;
});

/** `terraform/aws`, `cloudformation/aws`, `kubernetes`, `dockerfile`. */
function group(r: CheckResult): string {
  const provider = r.check.startsWith('cloud/') ? r.check.split('/')[1] : undefined;
  return provider === undefined || r.format === 'kubernetes' || r.format === 'dockerfile' ? r.format : `${r.format}/${provider}`;
}

const onDisk = examplesOnDisk();
console.log(`trivy-checks ${relative(root, checksDir) || checksDir}: ${measured.length} mapped check examples, ${fixtures.length} examples, scanned in ${scanned.seconds.toFixed(1)} s`);
console.log(
  `Trivy checks with examples in a format we scan: ${[...onDisk].map(([format, set]) => `${format} ${measured.filter((e) => e.format === format).length} mapped of ${set.size}`).join(', ')}`,
);
if (unmeasured.length > 0) console.log(`${unmeasured.length} mapped checks without examples (not measured): ${unmeasured.map((e) => e.check).join(', ')}`);
printSummary(results, group, { group: 'Trivy format', unit: 'checks', positive: 'bad examples', negative: 'good examples' });
printLists(results, (r) => `${r.check} ${r.format} (${r.id})`);
const placed = (r: CheckResult): PlacedFixture[] =>
  fixtures.filter((f) => f.entry.check === r.check && f.entry.format === r.format).map((f) => ({ name: f.name, dir: f.dir, positive: f.kind === 'bad', files: [f.file] }));
compareWithCheckov(corpus, results, placed, scanned, (r) => ({ title: `${r.check} ${r.format} (${r.id})`, group: group(r) }), { group: 'Trivy format', unit: 'checks' });
rmSync(corpus, { recursive: true, force: true });
const outFile = option('out');
if (outFile !== undefined) writeFileSync(outFile, `${JSON.stringify({ checks: results, errors: scanned.errors }, null, 2)}\n`);
