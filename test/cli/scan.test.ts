import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compile, formatErrors } from '../../src/json-schema.js';
import { packageRoot } from '../../src/package-root.js';
import { INPUT_LABELS } from '../../src/parsers/types.js';
import type { ScanResult } from '../../src/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

const schema = JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/scan-result.schema.json'), 'utf8')) as Record<string, unknown>;
const validateResult = compile<ScanResult>(schema);

function parseJson(stdout: string): ScanResult {
  const result = JSON.parse(stdout) as ScanResult;
  assert.ok(validateResult(result), formatErrors(validateResult.errors).join('\n'));
  return result;
}

describe('evident scan on the bundled example', () => {
  const json = runCli(['scan', 'examples/clinic', '--format', 'json']);

  it('exits 1 because the example has findings, and prints valid JSON only on stdout', () => {
    assert.equal(json.code, 1, json.stderr);
    assert.equal(json.stderr, '');
    parseJson(json.stdout);
  });

  it('finds exactly the intended violations of the example, mapped to HIPAA and GDPR controls', () => {
    const result = parseJson(json.stdout);
    const found = result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine} ${f.resource ?? ''}`.trim());
    assert.deepEqual(found, [
      'EVD-TF-002 infra/database.tf:40 aws_db_instance.research',
      'EVD-TF-005 infra/database.tf:40 aws_db_instance.research',
      'EVD-TF-048 infra/database.tf:40 aws_db_instance.research',
      'EVD-TF-053 infra/database.tf:40 aws_db_instance.research',
      'EVD-TF-003 infra/database.tf:48 aws_db_instance.research',
      'EVD-TF-001 infra/storage.tf:70 aws_s3_bucket.billing_exports',
      'EVD-TF-006 infra/storage.tf:70 aws_s3_bucket.billing_exports',
      'EVD-TF-035 infra/storage.tf:70 aws_s3_bucket.billing_exports',
      'EVD-TF-051 infra/storage.tf:70 aws_s3_bucket.billing_exports',
      'EVD-TF-004 infra/storage.tf:76 aws_s3_bucket_acl.billing_exports',
      'EVD-K8S-018 k8s/jobs.yaml:5 CronJob/clinic/billing-export',
      'EVD-K8S-004 k8s/jobs.yaml:18 CronJob/clinic/billing-export',
      'EVD-K8S-005 k8s/jobs.yaml:18 CronJob/clinic/billing-export',
      'EVD-K8S-009 k8s/jobs.yaml:18 CronJob/clinic/billing-export',
      'EVD-K8S-010 k8s/jobs.yaml:18 CronJob/clinic/billing-export',
      'EVD-K8S-001 k8s/jobs.yaml:24 CronJob/clinic/billing-export',
      'EVD-K8S-018 k8s/jobs.yaml:26 DaemonSet/clinic/log-shipper',
      'EVD-K8S-004 k8s/jobs.yaml:41 DaemonSet/clinic/log-shipper',
      'EVD-K8S-010 k8s/jobs.yaml:41 DaemonSet/clinic/log-shipper',
      'EVD-K8S-002 k8s/jobs.yaml:44 DaemonSet/clinic/log-shipper',
      'EVD-K8S-007 k8s/jobs.yaml:51 DaemonSet/clinic/log-shipper',
      'EVD-CODE-002 services/patient-api/src/clients/lab-client.ts:5',
      'EVD-CODE-045 services/patient-api/src/routes/patients.ts:8',
      'EVD-CODE-001 services/patient-api/src/routes/patients.ts:16',
      'EVD-CODE-045 services/patient-api/src/routes/patients.ts:20',
      'EVD-CODE-045 services/patient-api/src/routes/patients.ts:26',
      'EVD-CODE-046 services/patient-api/src/routes/patients.ts:26',
      'EVD-CODE-001 services/patient-api/src/routes/patients.ts:28',
    ]);
    for (const f of result.findings) {
      assert.ok(f.controls.some((c) => c.framework === 'hipaa'), `${f.ruleId} has HIPAA controls`);
      assert.ok(f.controls.some((c) => c.framework === 'gdpr'), `${f.ruleId} has GDPR controls`);
    }
  });

  it('reports the whole finding, with the secret value redacted', () => {
    const result = parseJson(json.stdout);
    const secret = result.findings.find((f) => f.ruleId === 'EVD-K8S-001');
    assert.deepEqual({ ...secret, fingerprint: '' }, {
      ruleId: 'EVD-K8S-001',
      severity: 'high',
      title: 'Secret passed to a container as a plain environment value',
      message: 'container "export" of CronJob/clinic/billing-export sets DB_PASSWORD (a secret by its name) as a literal value',
      location: { file: 'k8s/jobs.yaml', startLine: 24, startColumn: 30, endLine: 24, endColumn: 41 },
      resource: 'CronJob/clinic/billing-export',
      snippet: 'value: ****',
      controls: [
        { framework: 'hipaa', id: '164.312(a)(1)' },
        { framework: 'hipaa', id: '164.312(d)' },
        { framework: 'hipaa', id: '164.308(a)(5)(ii)(D)' },
        { framework: 'gdpr', id: 'Art.32(1)(b)' },
        { framework: 'gdpr', id: 'Art.5(1)(f)' },
      ],
      fingerprint: '',
    });
    assert.ok(!json.stdout.includes('Winter2024'), 'the literal password appears nowhere in the output');
  });

  it('gives every control of both catalogs a status with its basis', () => {
    const result = parseJson(json.stdout);
    const byId = new Map(result.controls.map((c) => [`${c.framework}:${c.id}`, c]));
    assert.equal(result.controls.filter((c) => c.framework === 'hipaa').length, 73);
    assert.equal(byId.get('hipaa:164.312(a)(2)(iv)')?.status, 'fail');
    assert.equal(byId.get('hipaa:164.312(e)(2)(ii)')?.status, 'pass');
    const transit = byId.get('hipaa:164.312(e)(2)(ii)');
    assert.ok(transit?.basis.checks.some((c) => c.id === 'EVD-K8S-003' && c.applicable === 1 && c.findings === 0));
    assert.match(transit?.basis.reason ?? '', /^\d+ mapped checks? ran on \d+ applicable inputs? and found no violation$/);
    assert.equal(byId.get('hipaa:164.308(a)(1)(ii)(A)')?.status, 'manual');
    assert.equal(byId.get('gdpr:Art.32(1)(a)')?.status, 'fail');
  });

  it('prints findings grouped by file with severity and controls, and one line per framework', () => {
    const text = runCli(['scan', 'examples/clinic']);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^infra\/database\.tf$/m);
    assert.match(text.stdout, /^ {2}48:3 {4}critical EVD-TF-003 {2}aws_db_instance\.research is publicly accessible from the internet$/m);
    assert.match(text.stdout, /HIPAA 164\.312\(a\)\(1\), 164\.308\(a\)\(3\)\(i\)/);
    assert.match(text.stdout, /^HIPAA: controls 1 pass, 17 fail, 55 manual, 0 not applicable; findings 28 new, 0 baselined, 0 suppressed, 0 expired\n/m);
    assert.match(text.stdout, /^GDPR: controls 0 pass, 10 fail, 42 manual, 0 not applicable; findings 28 new, 0 baselined, 0 suppressed, 0 expired\n$/m);
    assert.ok(!text.stdout.includes('\u001b['), 'no colour without a TTY');
  });

  it('is deterministic: two scans differ only in startedAt and durationMs', () => {
    const again = runCli(['scan', 'examples/clinic', '--format', 'json']);
    const strip = (s: string): string => s.replace(/"startedAt": "[^"]*"/, '').replace(/"durationMs": \d+/, '');
    assert.equal(strip(again.stdout), strip(json.stdout));
  });
});

describe('evident scan options and exit codes', () => {
  it('--fail-on critical still fails on the critical findings; --fail-on none never fails', () => {
    assert.equal(runCli(['scan', 'examples/clinic', '--fail-on', 'critical', '--format', 'json']).code, 1);
    assert.equal(runCli(['scan', 'examples/clinic/k8s', '--fail-on', 'critical', '--format', 'json']).code, 0);
    assert.equal(runCli(['scan', 'examples/clinic', '--fail-on', 'none', '--format', 'json']).code, 0);
  });

  it('--framework hipaa reports HIPAA controls only, and --output writes the file', () => {
    const { dir, cleanup } = tempProject({});
    try {
      const out = join(dir, 'reports', 'result.json');
      const run = runCli(['scan', 'examples/clinic', '--framework', 'hipaa', '--format', 'json', '--output', out]);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^evident: wrote .*result\.json \(28 findings, 28 at or above low\)\n$/);
      const result = parseJson(readFileSync(out, 'utf8'));
      assert.deepEqual(result.frameworks, ['hipaa']);
      assert.ok(result.controls.every((c) => c.framework === 'hipaa'));
      assert.ok(result.findings.every((f) => f.controls.every((c) => c.framework === 'hipaa')));
    } finally {
      cleanup();
    }
  });

  it('exits 0 on a clean project', () => {
    const { dir, cleanup } = tempProject({
      'main.tf': 'resource "aws_db_instance" "x" {\n  storage_encrypted = true\n  deletion_protection = true\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n',
    });
    try {
      const run = runCli(['scan', dir]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /No findings\./);
    } finally {
      cleanup();
    }
  });

  for (const [name, args, message] of [
    ['an unknown flag', ['scan', '--frobnicate'], /^evident: Unknown argument: frobnicate\nhint: run evident --help\n$/],
    ['a bad --fail-on', ['scan', '--fail-on', 'severe'], /^evident: Invalid values:\n.*Argument: fail-on, Given: "severe"/s],
    ['an unknown framework', ['scan', 'examples/clinic', '--framework', 'sox'], /^evident: unknown framework sox\nhint: choose from: hipaa, gdpr\n$/],
    ['a missing path', ['scan', 'does/not/exist'], /^evident: path not found: .*does\/not\/exist\nhint: give existing files or folders to scan\n$/],
    ['a missing config file', ['scan', 'examples/clinic', '--config', 'nope.yml'], /^evident: config file not found: nope\.yml\nhint: check the --config path\n$/],
    ['no command', [], /^evident: give a command\nhint: run evident --help\n$/],
  ] as const) {
    it(`exits 2 with one readable line on ${name}`, () => {
      const run = runCli([...args]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.ok(!run.stderr.includes('    at '), 'no stack trace');
    });
  }

  it('exits 2 on bad config, naming the key path', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': 'frameworks: [hipaa]\nfailOn: severe\ncolour: true\n',
      'main.tf': 'resource "aws_s3_bucket" "x" {}\n',
    });
    try {
      const run = runCli(['scan', '.'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.equal(
        run.stderr,
        'evident: invalid config .evident.yml: colour: is not a known key; failOn: must be one of "low", "medium", "high", "critical", "none"\n' +
          'hint: see the README section "Configuration" for the allowed keys\n',
      );
    } finally {
      cleanup();
    }
  });

  it('--debug adds the stack trace', () => {
    const run = runCli(['scan', 'does/not/exist', '--debug']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /UsageError: path not found[\s\S]*\n {4}at /);
  });

  it('--help lists the commands and the exit codes', () => {
    const run = runCli(['--help']);
    assert.equal(run.code, 0);
    for (const word of ['scan [paths..]', 'controls', 'checks', 'Exit codes: 0']) assert.ok(run.stdout.includes(word), word);
    const scanHelp = runCli(['scan', '--help']);
    for (const word of ['--format', '--output', '--framework', '--fail-on', '--config', '--report', '--template', '"json"', '"markdown"', '"sarif"', '"text"']) assert.ok(scanHelp.stdout.includes(word), word);
    // The inputs it reads, from the same labels as the reports (one line, however the terminal wraps it).
    const inputs = scanHelp.stdout.replace(/\s+/g, ' ');
    for (const label of Object.values(INPUT_LABELS)) assert.ok(inputs.includes(label), label);
  });
});
