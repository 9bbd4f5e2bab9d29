/**
 * What the accuracy benches against other scanners' labelled examples share
 * (bench/kics.ts: KICS's fixtures; bench/trivy.ts: Trivy's examples): command
 * line options, one scan of a corpus folder with the compiled command, the
 * findings under a fixture's folder, and the summary table.
 *
 * A fixture is a folder of the corpus that another scanner labels as one that
 * must trigger a check (positive) or must not (negative). A positive is found
 * when one of the checks mapped to that check reports under its folder; a
 * negative is flagged (a false alarm) when one does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** How the scope of our checks compares with the other scanner's check. */
export type Scope = 'same' | 'evident-narrower' | 'evident-broader' | 'partial';
export const SCOPES: readonly Scope[] = ['same', 'evident-narrower', 'evident-broader', 'partial'];

export interface LabelledFinding {
  ruleId: string;
  location: { file: string; startLine?: number; endLine?: number };
  suppressed?: unknown;
}

/** The value of `--name`, if given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The value of `--name`; exits with 2 and the usage line when it is not given. */
export function requiredOption(name: string, usage: string): string {
  const value = option(name);
  if (value === undefined) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return value;
}

/** The compiled command of a build folder; exits with 2 when it has not been built. */
export function compiledCommand(root: string, build: string): string {
  const command = join(resolve(root, build), 'bundle', 'evident.js');
  if (!existsSync(command)) {
    console.error(`${command} is missing: run npm run build first`);
    process.exit(2);
  }
  return command;
}

export interface ScannedCorpus {
  /** Findings by file (relative to the corpus, '/' separators). */
  byFile: Map<string, LabelledFinding[]>;
  /** Files that were not scanned: parse errors and skipped files. */
  unscanned: Set<string>;
  errors: { file?: string; message: string }[];
  seconds: number;
}

/** Scans the corpus once with the compiled command (JSON, nothing fails the run); exits with 1 if the scan fails. */
export function scanCorpus(command: string, corpus: string): ScannedCorpus {
  const out = join(corpus, '..', `${basename(corpus)}.json`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [command, 'scan', corpus, '--format', 'json', '--output', out, '--fail-on', 'none'], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`scan failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const seconds = (Date.now() - started) / 1000;
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    findings: LabelledFinding[];
    errors: { file?: string; message: string }[];
    coverage: { files: number; skipped: { file: string; reason: string }[] };
  };
  rmSync(out, { force: true });
  const byFile = new Map<string, LabelledFinding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.location.file) ?? [];
    list.push(finding);
    byFile.set(finding.location.file, list);
  }
  const unscanned = new Set<string>([...result.errors.flatMap((e) => (e.file === undefined ? [] : [e.file])), ...result.coverage.skipped.map((s) => s.file)]);
  return { byFile, unscanned, errors: result.errors, seconds };
}

/** The findings of `checks` in the files under a corpus folder. */
export function findingsUnder(scanned: ScannedCorpus, dir: string, checks: readonly string[]): LabelledFinding[] {
  const found: LabelledFinding[] = [];
  for (const [file, list] of scanned.byFile) {
    if (file === dir || file.startsWith(`${dir}/`)) found.push(...list.filter((f) => checks.includes(f.ruleId)));
  }
  return found;
}

/** `check@line` of each finding, for the list of flagged fixtures. */
function describeFound(found: readonly LabelledFinding[]): string {
  return found.map((f) => `${f.ruleId}@${f.location.startLine ?? 0}`).join(', ');
}

/** The counts of one mapped check of the other scanner. */
export interface LabelledResult {
  checks: string[];
  scope: Scope;
  positives: number;
  positivesFound: number;
  negatives: number;
  falseAlarms: number;
  /** Positive fixtures no mapped check reported. */
  missed: string[];
  /** Negative fixtures a mapped check reported, with what it reported. */
  flagged: string[];
  /** Fixture files that were not scanned (parse errors or skipped). */
  notScanned: string[];
  /** Expected (file, line) results and how many lie inside a finding; only KICS gives them. */
  expected?: number;
  expectedFound?: number;
}

/** A result with nothing counted yet. */
export function emptyResult(checks: string[], scope: Scope): LabelledResult {
  return { checks, scope, positives: 0, positivesFound: 0, negatives: 0, falseAlarms: 0, missed: [], flagged: [], notScanned: [] };
}

/**
 * Counts one fixture into a result: a positive found or missed, a negative
 * flagged or not (by the result's checks, under the fixture's folder), and
 * those of its files that were not scanned.
 */
export function countFixture(r: LabelledResult, scanned: ScannedCorpus, fixture: { name: string; dir: string; positive: boolean; files: readonly string[] }): void {
  const found = findingsUnder(scanned, fixture.dir, r.checks);
  r.notScanned.push(...fixture.files.filter((f) => scanned.unscanned.has(f)));
  if (fixture.positive) {
    r.positives++;
    if (found.length > 0) r.positivesFound++;
    else r.missed.push(fixture.name);
  } else {
    r.negatives++;
    if (found.length > 0) {
      r.falseAlarms++;
      r.flagged.push(`${fixture.name}: ${describeFound(found)}`);
    }
  }
}

export const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

type Counted = 'positives' | 'positivesFound' | 'negatives' | 'falseAlarms' | 'expected' | 'expectedFound';
export const sum = (list: readonly LabelledResult[], key: Counted): number => list.reduce((n, r) => n + (r[key] ?? 0), 0);

/** `found / total (percent)` over a list of results. */
export const fraction = (list: readonly LabelledResult[], found: Counted, total: Counted): string => `${sum(list, found)} / ${sum(list, total)} (${pct(sum(list, found), sum(list, total))})`;

/** The results by group, sorted by group name. */
export function byGroup<R>(results: readonly R[], groupOf: (r: R) => string): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of results) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Prints the Markdown table of the results by group (sorted), then all of
 * them and those of scope `same`. With `expected`, a column of expected
 * results found.
 */
export function printSummary<R extends LabelledResult>(results: readonly R[], groupOf: (r: R) => string, labels: { group: string; unit: string; positive: string; negative: string; expected?: boolean }): void {
  const expected = labels.expected === true;
  console.log(`| ${labels.group} | ${labels.unit} | ${labels.positive} found |${expected ? ' expected results found |' : ''} ${labels.negative} flagged |`);
  console.log(`| --- | ---: | ---: |${expected ? ' ---: |' : ''} ---: |`);
  const line = (name: string, list: readonly R[]): void =>
    console.log(`| ${name} | ${list.length} | ${fraction(list, 'positivesFound', 'positives')} |${expected ? ` ${fraction(list, 'expectedFound', 'expected')} |` : ''} ${sum(list, 'falseAlarms')} / ${sum(list, 'negatives')} |`);
  for (const [name, list] of byGroup(results, groupOf)) line(name, list);
  line('**all**', results);
  line('scope "same" only', results.filter((r) => r.scope === 'same'));
  const notScanned = results.flatMap((r) => r.notScanned);
  if (notScanned.length > 0) console.log(`\n${notScanned.length} fixture files not scanned (parse errors or skipped): ${notScanned.slice(0, 20).join(', ')}${notScanned.length > 20 ? ', …' : ''}`);
}

/** With `--list misses|false-alarms|all`: each result's missed and flagged fixtures, under its title. */
export function printLists<R extends LabelledResult>(results: readonly R[], title: (r: R) => string): void {
  const list = option('list');
  if (list === undefined) return;
  for (const r of results) {
    const missed = list === 'misses' || list === 'all' ? r.missed : [];
    const flagged = list === 'false-alarms' || list === 'all' ? r.flagged : [];
    if (missed.length === 0 && flagged.length === 0) continue;
    console.log(`\n${title(r)} [${r.checks.join(', ')}] (${r.scope})`);
    if (missed.length > 0) console.log(`  missed: ${missed.join(', ')}`);
    for (const f of flagged) console.log(`  flagged ${f}`);
  }
}
