import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FORMAT_NAMES } from '../../src/report/index.js';
import type { ScanResult } from '../../src/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { errorLines, sarifValidator } from '../helpers/output-schemas.js';
import { tempProject } from '../helpers/temp-project.js';
import { findAll, parseXml } from '../helpers/xml.js';

/** File name of each text format's report. */
const FILE: Record<string, string> = {
  'controls-csv': 'controls.csv', csv: 'findings.csv', html: 'report.html', json: 'result.json', junit: 'junit.xml',
  markdown: 'summary.md', oscal: 'oscal.json', sarif: 'result.sarif', text: 'report.txt',
};

describe('several reports from one scan, and rendering a saved result', () => {
  const { dir, cleanup } = tempProject({});
  after(cleanup);
  const first = join(dir, 'first');
  const formats = FORMAT_NAMES.filter((f) => f !== 'json');
  const scan = runCli([
    'scan', 'examples/clinic', '--format', 'json', '--output', join(first, FILE.json ?? ''),
    ...formats.flatMap((f) => ['--report', `${f}=${join(first, FILE[f] ?? f)}`]),
  ]);

  it('writes every --report file besides the main output, and says so on stderr', () => {
    assert.equal(scan.code, 1, scan.stderr);
    assert.equal(scan.stdout, '');
    for (const f of formats) {
      assert.ok(existsSync(join(first, FILE[f] ?? f)), f);
      assert.match(scan.stderr, new RegExp(`^evident: wrote .*${(FILE[f] ?? f).replace('.', '\\.')} \\(${f}\\)$`, 'm'));
    }
    const saved = JSON.parse(readFileSync(join(first, FILE.json ?? ''), 'utf8')) as ScanResult;
    assert.ok(saved.findings.length > 0);
    assert.match(scan.stderr, new RegExp(`^evident: wrote .*result\\.json \\(${saved.findings.length} findings, `, 'm'));
    const sarif = JSON.parse(readFileSync(join(first, FILE.sarif ?? ''), 'utf8')) as { runs: Array<{ results: unknown[]; tool: { driver: { rules: Array<{ fullDescription: { text: string } }> } } }> };
    const validate = sarifValidator();
    assert.ok(validate(sarif), errorLines(validate));
    assert.equal(sarif.runs[0]?.results.length, saved.findings.length);
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    assert.equal(rules.length, saved.checks.length);
    assert.ok(rules.every((r, i) => r.fullDescription.text !== saved.checks[i]?.title), 'rules described from the installed catalog, not by their titles');
    const junit = parseXml(readFileSync(join(first, FILE.junit ?? ''), 'utf8'));
    assert.deepEqual(findAll(junit, 'testsuite').map((s) => s.attributes.name), ['hipaa', 'gdpr']);
  });

  it('evident report renders the saved result to the same bytes as the scan wrote, in every format', () => {
    const saved = join(first, FILE.json ?? '');
    const run = runCli(['report', saved, '--format', 'markdown']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, readFileSync(join(first, FILE.markdown ?? ''), 'utf8'));
  });

  it('is deterministic: a second scan, with startedAt and durationMs set to the first one\'s, renders byte-identical reports', () => {
    const second = join(dir, 'second');
    const again = runCli(['scan', 'examples/clinic', '--format', 'json', '--output', join(second, 'raw.json')]);
    assert.equal(again.code, 1, again.stderr);
    const firstResult = JSON.parse(readFileSync(join(first, FILE.json ?? ''), 'utf8')) as ScanResult;
    const secondResult = JSON.parse(readFileSync(join(second, 'raw.json'), 'utf8')) as ScanResult;
    secondResult.startedAt = firstResult.startedAt;
    secondResult.durationMs = firstResult.durationMs;
    const normalised = join(second, FILE.json ?? '');
    writeFileSync(normalised, `${JSON.stringify(secondResult, null, 2)}\n`);
    assert.equal(readFileSync(normalised, 'utf8'), readFileSync(join(first, FILE.json ?? ''), 'utf8'));
    const render = runCli([
      'report', normalised, '--format', 'text', '--output', join(second, FILE.text ?? ''),
      ...formats.filter((f) => f !== 'text').flatMap((f) => ['--report', `${f}=${join(second, FILE[f] ?? f)}`]),
    ]);
    assert.equal(render.code, 0, render.stderr);
    for (const f of formats) {
      assert.equal(readFileSync(join(second, FILE[f] ?? f), 'utf8'), readFileSync(join(first, FILE[f] ?? f), 'utf8'), `${f} differs`);
    }
  });
});

describe('--template', () => {
  it('renders the main output of scan and report with a user template, HTML-escaped', () => {
    const { dir, cleanup } = tempProject({});
    try {
      const run = runCli(['scan', 'examples/clinic', '--template', 'examples/templates/summary.html.hbs', '--report', `json=${join(dir, 'r.json')}`]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^<h1>Compliance summary: examples\/clinic<\/h1>$/m);
      assert.match(run.stdout, /<td>CRITICAL<\/td>/);
      assert.match(run.stdout, /container &quot;export&quot; of CronJob/);
      const again = runCli(['report', join(dir, 'r.json'), '--template', 'examples/templates/summary.html.hbs']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(again.stdout, run.stdout);
    } finally {
      cleanup();
    }
  });

  for (const [name, args, message] of [
    ['with --format', ['scan', 'examples/clinic', '--template', 'x.hbs', '--format', 'json'], /^evident: --template and --format cannot be combined\nhint: /],
    ['missing', ['scan', 'examples/clinic', '--template', 'no/such.hbs'], /^evident: template not found: no\/such\.hbs\nhint: check the --template path\n$/],
  ] as const) {
    it(`exits 2 with one line on a template ${name}`, () => {
      const run = runCli([...args]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
    });
  }

  it('exits 2 on a template that does not compile, naming it', () => {
    const { dir, cleanup } = tempProject({ 'bad.hbs': '{{#each findings}}\n' });
    try {
      const run = runCli(['report', 'test/report/fixtures/result.json', '--template', join(dir, 'bad.hbs')]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^evident: template .*bad\.hbs: Parse error on line 2: .*\nhint: see docs\/templates\.md/);
    } finally {
      cleanup();
    }
  });
});

describe('report and --report errors', () => {
  for (const [name, args, message] of [
    ['a --report without =', ['scan', 'examples/clinic', '--report', 'sarif'], /^evident: bad --report "sarif": expected <format>=<path>\nhint: use --report <format>=<path>, format one of: controls-csv, csv, /],
    ['a --report of an unknown format', ['scan', 'examples/clinic', '--report', 'docx=a.docx'], /^evident: bad --report "docx=a\.docx": unknown format docx\n/],
    ['a --report to stdout', ['report', 'test/report/fixtures/result.json', '--report', 'csv=-'], /^evident: bad --report "csv=-": --report writes files; use --format for stdout\n/],
    ['two reports to one file', ['report', 'test/report/fixtures/result.json', '--output', 'x.txt', '--report', 'csv=x.txt'], /^evident: bad --report "csv=x\.txt": x\.txt is also written by --output\n/],
    ['a missing result file', ['report', 'nope.json'], /^evident: scan result not found: nope\.json\nhint: give the JSON written by: evident scan --format json --output <file>\n$/],
  ] as const) {
    it(`exits 2 with one line on ${name}`, () => {
      const run = runCli([...args]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
      assert.ok(!run.stderr.includes('    at '), 'no stack trace');
    });
  }

  it('exits 2 on a result that does not match the schema, naming the JSON paths', () => {
    const result = JSON.parse(readFileSync('test/report/fixtures/result.json', 'utf8')) as Record<string, unknown>;
    delete result.controls;
    (result.findings as Array<Record<string, unknown>>)[1] = { ...(result.findings as Array<Record<string, unknown>>)[1], severity: 'severe' };
    const { dir, cleanup } = tempProject({ 'r.json': JSON.stringify(result), 'not.json': '{ "findings": [' });
    try {
      const run = runCli(['report', join(dir, 'r.json'), '--format', 'sarif']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^evident: .*r\.json is not a valid scan result: controls: is required; findings\[1\]\.severity: must be one of "low", "medium", "high", "critical"\nhint: /);
      const notJson = runCli(['report', join(dir, 'not.json')]);
      assert.equal(notJson.code, 2);
      assert.match(notJson.stderr, /^evident: .*not\.json is not valid JSON: /);
    } finally {
      cleanup();
    }
  });

  it('reads the result from standard input with -, and lists the formats in its help', () => {
    const stdin = runCli(['report', '-', '--format', 'csv'], { input: readFileSync('test/report/fixtures/result.json', 'utf8') });
    assert.equal(stdin.code, 0, stdin.stderr);
    assert.equal(stdin.stdout, readFileSync('test/report/golden/csv/findings.csv', 'utf8'));
    const help = runCli(['report', '--help']);
    assert.equal(help.code, 0);
    for (const word of ['report <result>', '--format', '--output', '--report', '--template', '"oscal"', '"junit"']) assert.ok(help.stdout.includes(word), word);
  });
});
