/**
 * Evident and Checkov on our own test projects (test/projects/<name>), whose
 * expected.json lists every intended violation (check, file, line) of the
 * checks it measures: the realistic repositories of issue 3 (modern and legacy
 * AWS Terraform, CloudFormation stacks, a Kustomize app, a Terraform module of
 * kubernetes resources, OpenAPI specs).
 *
 * For each intended finding of an Evident check that Checkov has a counterpart
 * for (bench/checkov-map.json), Checkov finds it when one of those counterparts
 * fails a resource of the same file whose line range holds the finding's line.
 * Then every failure of a mapped Checkov check where no intended finding of its
 * Evident checks lies is listed as "reported beyond our labels": a false alarm
 * by our labels, or a violation we missed. Read them before quoting a number
 * (`--list`): the labels are ours.
 *
 *   npx tsx bench/checkov.ts --checkov /tmp/ckvenv/bin/checkov [--build dist] [--list] [--scope same]
 *
 * Install Checkov first (bench/checkov-run.ts). The side-by-side comparison on
 * KICS's and Trivy's labelled fixtures is `--checkov` of bench/kics.ts and
 * bench/trivy.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkovCounterparts, readCheckovMap, runCheckov } from './checkov-run.js';
import { compiledCommand, option, pct, requiredOption, scanCorpus, SCOPES, type LabelledFinding, type Scope } from './labelled.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const executable = requiredOption('checkov', 'npx tsx bench/checkov.ts --checkov <checkov executable> [--build dist] [--list] [--scope same]');
const command = compiledCommand(root, option('build') ?? 'dist');
const scopes: readonly Scope[] = option('scope') === 'same' ? ['same'] : SCOPES;
const list = process.argv.includes('--list');
const map = readCheckovMap().filter((e) => scopes.includes(e.scope));

/** The infrastructure projects (the JS/TS ones have no Checkov counterpart). */
const PROJECTS = ['tf-aws-modern', 'tf-aws-legacy', 'cfn-stacks', 'k8s-kustomize', 'k8s-control-plane', 'tf-kubernetes', 'tf-gcp', 'tf-azure', 'openapi-specs'];

interface Intended {
  ruleId: string;
  file: string;
  line: number;
}

const inRange = (f: LabelledFinding, line: number): boolean => f.location.startLine !== undefined && line >= f.location.startLine && line <= (f.location.endLine ?? f.location.startLine);

interface Counts {
  intended: number;
  evident: number;
  checkov: number;
  beyond: number;
}

const row = (name: string, c: Counts): void => console.log(`| ${name} | ${c.intended} | ${c.evident} (${pct(c.evident, c.intended)}) | ${c.checkov} (${pct(c.checkov, c.intended)}) | ${c.beyond} |`);

console.log(`Checkov map: ${map.length} Checkov checks of scope ${scopes.join(', ')}\n`);
console.log('| project | intended findings with a Checkov counterpart | found by Evident | found by Checkov | Checkov reports beyond our labels |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const totals: Counts = { intended: 0, evident: 0, checkov: 0, beyond: 0 };
const details: string[] = [];
for (const project of PROJECTS) {
  const dir = join(root, 'test', 'projects', project);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { rules: string[] | 'all'; findings: Intended[] };
  const measured = expected.rules === 'all' ? undefined : new Set(expected.rules);
  const evident = scanCorpus(command, dir);
  const checkov = runCheckov(executable, dir);
  const counts: Counts = { intended: 0, evident: 0, checkov: 0, beyond: 0 };
  for (const finding of expected.findings) {
    const ids = checkovCounterparts(map, [finding.ruleId], scopes);
    if (ids.length === 0) continue;
    counts.intended++;
    if ((evident.byFile.get(finding.file) ?? []).some((f) => f.ruleId === finding.ruleId && f.location.startLine === finding.line)) counts.evident++;
    if ((checkov.byFile.get(finding.file) ?? []).some((f) => ids.includes(f.ruleId) && inRange(f, finding.line))) counts.checkov++;
    else details.push(`${project}: Checkov misses ${finding.ruleId} ${finding.file}:${finding.line} [${ids.join(', ')}]`);
  }
  // Checkov failures of mapped checks with no intended finding of their Evident checks inside.
  for (const [file, failures] of [...checkov.byFile].sort(([a], [b]) => a.localeCompare(b))) {
    for (const failure of failures) {
      const entry = map.filter((e) => e.id === failure.ruleId);
      if (entry.length === 0) continue;
      const ours = entry.flatMap((e) => e.checks).filter((c) => measured === undefined || measured.has(c));
      if (ours.length === 0) continue;
      const labelled = expected.findings.some((f) => f.file === file && ours.includes(f.ruleId) && inRange(failure, f.line));
      if (labelled) continue;
      counts.beyond++;
      details.push(`${project}: Checkov ${failure.ruleId} at ${file}:${failure.location.startLine ?? '?'}-${failure.location.endLine ?? '?'}, no intended ${[...new Set(ours)].join('/')} there`);
    }
  }
  row(project, counts);
  for (const key of ['intended', 'evident', 'checkov', 'beyond'] as const) totals[key] += counts[key];
}
row('**all**', totals);
if (list) for (const line of details) console.log(line);
