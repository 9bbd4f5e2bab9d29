/**
 * Checkov (bridgecrewio/checkov, the most used IaC scanner) next to Evident on
 * the same labelled fixtures. bench/checkov-map.json lists, per Checkov check
 * and framework, the Evident checks that test the same misconfiguration (and
 * how the scopes differ), as bench/kics-map.json and bench/trivy-map.json do
 * for KICS and Trivy. This module runs Checkov once over a corpus folder and
 * turns its failed checks into the findings the labelled benches count
 * (bench/labelled.ts), so that a fixture is judged for Checkov exactly as for
 * Evident: found when a mapped check reports under its folder.
 *
 * Checkov is a Python package; install it once (PyPI only, no network at scan
 * time: BC_SKIP_MAPPING keeps it from fetching Prisma Cloud's metadata):
 *
 *   python3 -m venv /tmp/ckvenv && /tmp/ckvenv/bin/pip install checkov==3.3.30
 *
 * and pass `--checkov /tmp/ckvenv/bin/checkov` to bench/kics.ts, bench/trivy.ts
 * or bench/checkov.ts.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byGroup, countFixture, emptyResult, fraction, option, SCOPES, sum, type LabelledFinding, type LabelledResult, type Scope, type ScannedCorpus } from './labelled.js';

/**
 * The Checkov frameworks Evident has checks for, by the prefixes of those
 * checks' ids (Terraform's kubernetes resources are judged by the Kubernetes
 * checks, as Checkov's terraform framework judges them by its CKV_K8S checks).
 */
export const CHECKOV_FRAMEWORKS: Readonly<Record<'terraform' | 'cloudformation' | 'kubernetes' | 'dockerfile' | 'github_actions' | 'openapi', readonly string[]>> = {
  terraform: ['EVD-TF-', 'EVD-K8S-'],
  cloudformation: ['EVD-CFN-'],
  kubernetes: ['EVD-K8S-'],
  dockerfile: ['EVD-DKR-'],
  github_actions: ['EVD-GHA-'],
  openapi: ['EVD-API-'],
};
export type CheckovFramework = keyof typeof CHECKOV_FRAMEWORKS;

export interface CheckovMapEntry {
  /** Checkov's id: `CKV_AWS_19`, `CKV2_AWS_6`, `CKV_K8S_16`. */
  id: string;
  framework: CheckovFramework;
  /** Checkov's policy title, for the reader. */
  title: string;
  checks: string[];
  scope: Scope;
  note: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export function readCheckovMap(file: string = join(here, 'checkov-map.json')): CheckovMapEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as CheckovMapEntry[];
}

/**
 * The Checkov checks that test what one of `checks` (Evident's) tests, with a
 * scope in `scopes`: those a labelled fixture of those checks is judged by
 * when Checkov scans it.
 */
export function checkovCounterparts(map: readonly CheckovMapEntry[], checks: readonly string[], scopes: readonly Scope[]): string[] {
  const ids = map.filter((e) => scopes.includes(e.scope) && e.checks.some((c) => checks.includes(c))).map((e) => e.id);
  return [...new Set(ids)].sort();
}

interface CheckovFailed {
  check_id: string;
  file_path: string;
  file_line_range?: [number, number];
}

interface CheckovReport {
  check_type: string;
  results: { failed_checks: CheckovFailed[]; parsing_errors?: string[] };
}

/**
 * Runs Checkov over `corpus` (every framework Evident has checks for) and
 * returns its failed checks by file, relative to the corpus with '/'
 * separators: the findings of a ScannedCorpus, `ruleId` being Checkov's id.
 * Exits with 2 when Checkov cannot be run, 1 when it fails.
 */
export function runCheckov(executable: string, corpus: string): ScannedCorpus {
  if (!existsSync(executable)) {
    console.error(`${executable} is missing: install Checkov (see bench/checkov-run.ts)`);
    process.exit(2);
  }
  const out = join(corpus, '..', `${basename(corpus)}.checkov.json`);
  const started = Date.now();
  const fd = openSync(out, 'w');
  const run = spawnSync(executable, ['-d', corpus, '--framework', ...Object.keys(CHECKOV_FRAMEWORKS), '-o', 'json', '--quiet', '--compact', '--skip-download'], {
    encoding: 'utf8',
    env: { ...process.env, BC_SKIP_MAPPING: 'TRUE' },
    stdio: ['ignore', fd, 'pipe'],
  });
  closeSync(fd);
  // Checkov exits with 1 when a check fails: only a missing or unreadable report is a failure.
  const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
  rmSync(out, { force: true });
  if ((run.status !== 0 && run.status !== 1) || text.trim() === '') {
    console.error(`checkov failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const seconds = (Date.now() - started) / 1000;
  const parsed = JSON.parse(text) as CheckovReport | CheckovReport[] | { summary?: unknown };
  const reports = (Array.isArray(parsed) ? parsed : [parsed]).filter((r): r is CheckovReport => 'results' in r && r.results !== undefined);
  const byFile = new Map<string, LabelledFinding[]>();
  const unscanned = new Set<string>();
  const errors: { file?: string; message: string }[] = [];
  for (const report of reports) {
    for (const failed of report.results.failed_checks) {
      const file = failed.file_path.replace(/^\/+/, '');
      const range = failed.file_line_range;
      const list = byFile.get(file) ?? [];
      list.push({ ruleId: failed.check_id, location: { file, ...(range !== undefined ? { startLine: range[0], endLine: range[1] } : {}) } });
      byFile.set(file, list);
    }
    for (const error of report.results.parsing_errors ?? []) {
      const file = error.startsWith(corpus) ? error.slice(corpus.length).replace(/^\/+/, '') : error;
      unscanned.add(file);
      errors.push({ file, message: `${report.check_type}: parsing error` });
    }
  }
  return { byFile, unscanned, errors, seconds };
}

/** One peer fixture (KICS's or Trivy's), as the labelled benches place it in their corpus. */
export interface PlacedFixture {
  name: string;
  /** Folder in the corpus, relative, '/' separators. */
  dir: string;
  positive: boolean;
  files: readonly string[];
}

/** Evident's and Checkov's counts on the fixtures of one peer check that Checkov has counterparts for. */
export interface SideBySide {
  title: string;
  group: string;
  evident: LabelledResult;
  checkov: LabelledResult;
}

/**
 * Judges Checkov on the fixtures of each peer check whose Evident checks have
 * Checkov counterparts (of the given scopes), beside Evident's own counts on
 * the same fixtures. Peer checks without a counterpart are left out of both.
 */
export function sideBySide<R extends LabelledResult>(
  results: readonly R[],
  fixturesOf: (r: R) => readonly PlacedFixture[],
  evident: ScannedCorpus,
  checkov: ScannedCorpus,
  map: readonly CheckovMapEntry[],
  scopes: readonly Scope[],
  label: (r: R) => { title: string; group: string },
): SideBySide[] {
  const out: SideBySide[] = [];
  for (const r of results) {
    const counterparts = checkovCounterparts(map, r.checks, scopes);
    if (counterparts.length === 0) continue;
    const ours = emptyResult(r.checks, r.scope);
    const theirs = emptyResult(counterparts, r.scope);
    for (const fixture of fixturesOf(r)) {
      countFixture(ours, evident, fixture);
      countFixture(theirs, checkov, fixture);
    }
    out.push({ ...label(r), evident: ours, checkov: theirs });
  }
  return out;
}

/** The Markdown table of a side-by-side comparison, by group, then all of it. */
export function printSideBySide(rows: readonly SideBySide[], labels: { group: string; unit: string }): void {
  console.log(`| ${labels.group} | ${labels.unit} | positives found: Evident | Checkov | negatives flagged: Evident | Checkov |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const line = (name: string, list: readonly SideBySide[]): void => {
    const e = list.map((r) => r.evident);
    const c = list.map((r) => r.checkov);
    console.log(`| ${name} | ${list.length} | ${fraction(e, 'positivesFound', 'positives')} | ${fraction(c, 'positivesFound', 'positives')} | ${sum(e, 'falseAlarms')} / ${sum(e, 'negatives')} | ${sum(c, 'falseAlarms')} / ${sum(c, 'negatives')} |`);
  };
  for (const [name, list] of byGroup(rows, (r) => r.group)) line(name, list);
  line('**all**', rows);
}

/** With `--list-checkov`: per peer check, the fixtures where Evident and Checkov disagree. */
export function printDisagreements(rows: readonly SideBySide[]): void {
  if (!process.argv.includes('--list-checkov')) return;
  // A flagged entry is `<fixture>: <what was reported>`: the scanners report different checks, so compare the fixtures.
  const fixture = (flagged: string): string => flagged.split(':')[0]!;
  const foundOnlyBy = (a: LabelledResult, b: LabelledResult): string[] => b.missed.filter((name) => !a.missed.includes(name));
  const flaggedOnlyBy = (a: LabelledResult, b: LabelledResult): string[] => a.flagged.filter((f) => !b.flagged.some((g) => fixture(g) === fixture(f)));
  for (const r of rows) {
    const onlyEvident = foundOnlyBy(r.evident, r.checkov);
    const onlyCheckov = foundOnlyBy(r.checkov, r.evident);
    const lines = [
      ...(onlyEvident.length > 0 ? [`  positives only Evident found: ${onlyEvident.join(', ')}`] : []),
      ...(onlyCheckov.length > 0 ? [`  positives only Checkov found: ${onlyCheckov.join(', ')}`] : []),
      ...flaggedOnlyBy(r.evident, r.checkov).map((f) => `  negative only Evident flagged ${f}`),
      ...flaggedOnlyBy(r.checkov, r.evident).map((f) => `  negative only Checkov flagged ${f}`),
    ];
    if (lines.length === 0) continue;
    console.log(`\n${r.title} [${r.evident.checks.join(', ')}] vs [${r.checkov.checks.join(', ')}]`);
    for (const l of lines) console.log(l);
  }
}

/**
 * With `--checkov <executable>`: runs Checkov over the labelled corpus (before
 * it is removed) and prints Evident and Checkov side by side on the fixtures
 * of every peer check that Checkov has a counterpart for, then on those where
 * both mappings are of scope `same` (the peer check to ours, ours to
 * Checkov's): the fairest comparison. `--list-checkov` lists the fixtures
 * where the two disagree.
 */
export function compareWithCheckov<R extends LabelledResult>(
  corpus: string,
  results: readonly R[],
  fixturesOf: (r: R) => readonly PlacedFixture[],
  evident: ScannedCorpus,
  label: (r: R) => { title: string; group: string },
  labels: { group: string; unit: string },
): void {
  const executable = option('checkov');
  if (executable === undefined) return;
  const checkov = runCheckov(executable, corpus);
  const map = readCheckovMap();
  const any = sideBySide(results, fixturesOf, evident, checkov, map, SCOPES, label);
  const same = sideBySide(
    results.filter((r) => r.scope === 'same'),
    fixturesOf,
    evident,
    checkov,
    map,
    ['same'],
    label,
  );
  console.log(`\nCheckov on the same fixtures (${map.length} mapped Checkov checks, scanned in ${checkov.seconds.toFixed(1)} s${checkov.unscanned.size > 0 ? `, ${checkov.unscanned.size} files it could not parse` : ''}).`);
  console.log('\nEvery peer check with a Checkov counterpart (any scope):\n');
  printSideBySide(any, labels);
  console.log('\nBoth mappings of scope "same":\n');
  printSideBySide(same, labels);
  printDisagreements(any);
}
