/**
 * Accuracy against KICS's labelled fixtures. KICS (Checkmarx's IaC scanner)
 * ships, for every query, fixtures that must trigger it (`positive*`) and
 * fixtures that must not (`negative*`), with the lines it expects to report.
 * bench/kics-map.json lists the KICS queries that test the same
 * misconfiguration as one of our checks (and how their scopes differ). This
 * script copies each mapped query's fixtures into a folder of its own (so a
 * Terraform fixture is one module, and a Dockerfile, a compose file or a
 * workflow gets the name our discovery expects), scans the whole tree once with
 * the compiled command, and counts, per mapped query:
 *
 * - positives found: a positive fixture where one of the mapped checks reports;
 * - expected results found: KICS's expected (file, line) inside the line range
 *   of such a finding;
 * - false alarms: a negative fixture where one of the mapped checks reports.
 *
 * KICS is fetched from the Go module proxy (no network at scan time):
 *
 *   GOPATH=/tmp/gopath go mod download -json github.com/Checkmarx/kics/v2@v2.2.0
 *   npx tsx bench/kics.ts --kics /tmp/gopath/pkg/mod/github.com/\!checkmarx/kics/v2@v2.2.0 [--build dist] [--out kics-result.json] [--list misses|false-alarms|all] [--checkov /tmp/ckvenv/bin/checkov [--list-checkov]]
 *
 * Run `npm run build` first. `--out` writes every query's counts and the
 * fixtures missed or falsely flagged, for triage. `--checkov <executable>`
 * also runs Checkov over the same fixtures and prints both side by side
 * (bench/checkov-run.ts); `--list-checkov` lists where they disagree.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithCheckov, type PlacedFixture } from './checkov-run.js';
import { compiledCommand, countFixture, emptyResult, option, printLists, printSummary, requiredOption, scanCorpus, type LabelledResult, type Scope } from './labelled.js';

interface MapEntry {
  query: string;
  queryName: string;
  checks: string[];
  scope: Scope;
  note: string;
}

interface QueryResult extends LabelledResult {
  query: string;
  expected: number;
  expectedFound: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const kicsArg = requiredOption('kics', 'npx tsx bench/kics.ts --kics <KICS module folder or its assets/queries> [--build dist] [--out file.json] [--list misses|false-alarms|all] [--checkov <checkov executable> [--list-checkov]]');
const queriesDir = existsSync(join(kicsArg, 'assets', 'queries')) ? join(kicsArg, 'assets', 'queries') : kicsArg;
const command = compiledCommand(root, option('build') ?? 'dist');
const map = JSON.parse(readFileSync(join(here, 'kics-map.json'), 'utf8')) as MapEntry[];

/** Where a fixture goes in the corpus: the name our discovery expects for its format. */
function placedName(query: string, file: string): string {
  if (query.startsWith('dockerfile/')) return 'Dockerfile';
  if (query.startsWith('dockerCompose/')) return 'docker-compose.yml';
  if (query.startsWith('cicd/github/')) return join('.github', 'workflows', file.replace(/\.yaml$/, '.yml'));
  return file;
}

/** The fixture's own name without its extension: `positive1.tf` → `positive1`, a folder `positive2` → `positive2`. */
function fixtureBase(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

const corpus = mkdtempSync(join(tmpdir(), 'evident-kics-'));
interface Fixture {
  query: string;
  kind: 'positive' | 'negative';
  name: string;
  /** Folder in the corpus, relative to its root, with '/' separators. */
  dir: string;
  /** KICS file name → path in the corpus (relative, '/'), for the expected lines. */
  files: Map<string, string>;
}
const fixtures: Fixture[] = [];
for (const entry of map) {
  const testDir = join(queriesDir, entry.query, 'test');
  if (!existsSync(testDir)) {
    console.error(`${entry.query}: no test folder in ${queriesDir}`);
    process.exit(2);
  }
  for (const name of readdirSync(testDir).sort()) {
    const kind = name.startsWith('positive') ? 'positive' : name.startsWith('negative') ? 'negative' : undefined;
    if (kind === undefined || name.endsWith('_expected_result.json')) continue;
    const source = join(testDir, name);
    const dir = `${entry.query}/${fixtureBase(name)}`;
    const files = new Map<string, string>();
    if (statSync(source).isDirectory()) {
      cpSync(source, join(corpus, dir), { recursive: true });
      for (const inner of readdirSync(source, { recursive: true }) as string[]) {
        files.set(basename(inner), `${dir}/${inner.split(sep).join('/')}`);
      }
    } else {
      const placed = placedName(entry.query, name);
      mkdirSync(dirname(join(corpus, dir, placed)), { recursive: true });
      cpSync(source, join(corpus, dir, placed));
      files.set(name, `${dir}/${placed.split(sep).join('/')}`);
    }
    fixtures.push({ query: entry.query, kind, name, dir, files });
  }
}

const scanned = scanCorpus(command, corpus);

const results: QueryResult[] = [];
for (const entry of map) {
  const own = fixtures.filter((f) => f.query === entry.query);
  const expectedPath = join(queriesDir, entry.query, 'test', 'positive_expected_result.json');
  // KICS spells the key fileName or filename, and leaves it out when the query has one positive fixture.
  const expected = (existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { fileName?: string; filename?: string; line: number }[]) : []).map((e) => ({
    fileName: e.fileName ?? e.filename,
    line: e.line,
  }));
  const positives = own.filter((f) => f.kind === 'positive');
  const r: QueryResult = { ...emptyResult(entry.checks, entry.scope), query: entry.query, expected: 0, expectedFound: 0 };
  for (const fixture of own) countFixture(r, scanned, { name: fixture.name, dir: fixture.dir, positive: fixture.kind === 'positive', files: [...fixture.files.values()] });
  for (const e of expected) {
    const fixture = e.fileName === undefined ? (positives.length === 1 && positives[0]!.files.size === 1 ? positives[0] : undefined) : positives.find((f) => f.files.has(e.fileName!));
    if (fixture === undefined) continue;
    r.expected++;
    const file = e.fileName === undefined ? [...fixture.files.values()][0] : fixture.files.get(e.fileName);
    const hit = (scanned.byFile.get(file ?? '') ?? []).some(
      (f) => entry.checks.includes(f.ruleId) && f.location.startLine !== undefined && e.line >= f.location.startLine && e.line <= (f.location.endLine ?? f.location.startLine),
    );
    if (hit) r.expectedFound++;
  }
  results.push(r);
}
const placed = (r: QueryResult): PlacedFixture[] =>
  fixtures.filter((f) => f.query === r.query).map((f) => ({ name: f.name, dir: f.dir, positive: f.kind === 'positive', files: [...f.files.values()] }));

/** Platform group of a query: the first folder, with Terraform split by provider. */
function group(query: string): string {
  const parts = query.split('/');
  return parts[0] === 'terraform' || parts[0] === 'cloudFormation' || parts[0] === 'openAPI' || parts[0] === 'cicd' ? `${parts[0]}/${parts[1]}` : parts[0];
}

console.log(`KICS ${relative(root, queriesDir) || queriesDir}: ${map.length} mapped queries, ${fixtures.length} fixtures, scanned in ${scanned.seconds.toFixed(1)} s`);
printSummary(results, (r) => group(r.query), { group: 'KICS platform', unit: 'queries', positive: 'positive fixtures', negative: 'negative fixtures', expected: true });
printLists(results, (r) => r.query);
compareWithCheckov(corpus, results, placed, scanned, (r) => ({ title: r.query, group: group(r.query) }), { group: 'KICS platform', unit: 'queries' });
rmSync(corpus, { recursive: true, force: true });
const outFile = option('out');
if (outFile !== undefined) writeFileSync(outFile, `${JSON.stringify({ queries: results, errors: scanned.errors }, null, 2)}\n`);
