import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { compile, formatErrors } from '../../src/json-schema.js';
import { packageRoot } from '../../src/package-root.js';
import type { ScanResult } from '../../src/scan-result.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

const schema = JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/scan-result.schema.json'), 'utf8')) as Record<string, unknown>;
const validateResult = compile<ScanResult>(schema);

/** A fixed "today" for every run: EVIDENT_TODAY only sets ScanOptions.now. */
const TODAY = { EVIDENT_TODAY: '2026-06-01' };

function parseJson(run: CliRun): ScanResult {
  const result = JSON.parse(run.stdout) as ScanResult;
  assert.ok(validateResult(result), formatErrors(validateResult.errors).join('\n'));
  return result;
}

/** `ruleId file:line` and how the finding is marked. */
/**
 * These tests are about the exception mechanisms, on minimal fixtures. The
 * hygiene checks that fire on any minimal database, bucket or pod (log
 * exports, deletion protection, versioning, a public access block, pod
 * security context, NetworkPolicy…) are disabled so the fixtures stay small
 * and the findings listed are exactly the ones each test is about.
 */
const HYGIENE_OFF = `checks:
  disable: [EVD-TF-035, EVD-TF-048, EVD-TF-051, EVD-TF-053, EVD-K8S-004, EVD-K8S-005, EVD-K8S-009, EVD-K8S-010, EVD-K8S-011, EVD-K8S-015, EVD-K8S-018]
`;

function marks(result: ScanResult): Array<Pick<Finding, 'suppression' | 'expiredSuppression'> & { at: string }> {
  return result.findings.map((f) => ({
    at: `${f.ruleId} ${f.location.file}:${f.location.startLine}`,
    ...(f.suppression ? { suppression: f.suppression } : {}),
    ...(f.expiredSuppression ? { expiredSuppression: f.expiredSuppression } : {}),
  }));
}

function scanJson(dir: string, args: string[] = [], env: Record<string, string> = TODAY): { run: CliRun; result: ScanResult } {
  const run = runCli(['scan', '.', '--format', 'json', ...args], { cwd: dir, env });
  return { run, result: parseJson(run) };
}

describe('inline suppressions', () => {
  it('are applied in Terraform, YAML and TypeScript comments, also on or above the resource line of an attribute finding; exit 0', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': HYGIENE_OFF,
      'infra/main.tf': [
        '# evident-ignore EVD-TF-003 -- reporting replica in a private subnet, see ADR-7', // 1
        'resource "aws_db_instance" "reports" {', // 2
        '  storage_encrypted   = true', // 3
        '  publicly_accessible = true', // 4
        '}', // 5
        '', // 6
        'resource "aws_db_instance" "legacy" { # evident-ignore EVD-TF-002,EVD-TF-003 until=2026-12-31 -- decommissioned in Q3', // 7
        '  publicly_accessible = true', // 8
        '  // evident-ignore EVD-TF-005 -- restored from the nightly dump instead', // 9
        '  backup_retention_period = 0', // 10
        '}', // 11
      ].join('\n'),
      'k8s/agent.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: agent',
        'spec:',
        '  containers:',
        '    - name: agent',
        '      securityContext:',
        '        # evident-ignore EVD-K8S-002 -- node agent reads host logs',
        '        privileged: true',
      ].join('\n'),
      'src/notes.ts': [
        "import https from 'node:https';",
        '',
        'export function note(ssn: string): void {',
        '  // evident-ignore EVD-CODE-001 -- the logger transport masks identifiers',
        "  console.log('note added for', ssn);",
        '}',
        '',
        'export const agent = new https.Agent({ rejectUnauthorized: false /* evident-ignore EVD-CODE-002 -- test double only */ });',
      ].join('\n'),
    });
    try {
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(marks(result), [
        { at: 'EVD-TF-003 infra/main.tf:4', suppression: { kind: 'inline', reason: 'reporting replica in a private subnet, see ADR-7' } },
        { at: 'EVD-TF-002 infra/main.tf:7', suppression: { kind: 'inline', reason: 'decommissioned in Q3', expires: '2026-12-31' } },
        { at: 'EVD-TF-003 infra/main.tf:8', suppression: { kind: 'inline', reason: 'decommissioned in Q3', expires: '2026-12-31' } },
        { at: 'EVD-TF-005 infra/main.tf:10', suppression: { kind: 'inline', reason: 'restored from the nightly dump instead' } },
        { at: 'EVD-K8S-002 k8s/agent.yaml:10', suppression: { kind: 'inline', reason: 'node agent reads host logs' } },
        { at: 'EVD-CODE-001 src/notes.ts:5', suppression: { kind: 'inline', reason: 'the logger transport masks identifiers' } },
        { at: 'EVD-CODE-002 src/notes.ts:8', suppression: { kind: 'inline', reason: 'test double only' } },
      ]);
      assert.deepEqual(result.warnings, []);
      assert.deepEqual(result.summary.findings, {
        total: 7,
        bySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
        new: 0,
        baselined: 0,
        suppressed: 7,
        expired: 0,
      });
      assert.ok(result.controls.every((c) => c.status !== 'fail'), 'suppressed findings fail no control');
    } finally {
      cleanup();
    }
  });

  it('without a reason is not applied and warned about; exit 1', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': HYGIENE_OFF,
      'main.tf': 'resource "aws_db_instance" "db" {\n  storage_encrypted   = true\n  publicly_accessible = true # evident-ignore EVD-TF-003\n}\n',
    });
    try {
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 1);
      assert.deepEqual(marks(result), [{ at: 'EVD-TF-003 main.tf:3' }]);
      assert.deepEqual(result.warnings, [
        {
          message: 'evident-ignore EVD-TF-003 has no reason (write " -- <why>" after the check ids); it is not applied',
          file: 'main.tf',
          line: 3,
        },
      ]);
      const text = runCli(['scan', '.'], { cwd: dir, env: TODAY });
      assert.match(text.stdout, /^Warnings\n {2}! main\.tf:3 {2}evident-ignore EVD-TF-003 has no reason/m);
    } finally {
      cleanup();
    }
  });

  it('after its until day is not applied: the finding says the suppression expired; exit 1 (valid through the day itself)', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': HYGIENE_OFF,
      'main.tf': [
        'resource "aws_db_instance" "db" {',
        '  storage_encrypted = true',
        '  # evident-ignore EVD-TF-003 until=2026-05-31 -- pilot ends in May',
        '  publicly_accessible = true',
        '  # evident-ignore EVD-TF-999 -- typo',
        '}',
      ].join('\n'),
    });
    try {
      const onTheDay = scanJson(dir, [], { EVIDENT_TODAY: '2026-05-31' });
      assert.equal(onTheDay.run.code, 0, onTheDay.run.stdout);
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 1);
      assert.deepEqual(marks(result), [
        { at: 'EVD-TF-003 main.tf:4', expiredSuppression: { kind: 'inline', reason: 'pilot ends in May', expires: '2026-05-31' } },
      ]);
      assert.deepEqual(result.warnings, [
        { message: 'suppression expired on 2026-05-31: evident-ignore EVD-TF-003 is no longer applied', file: 'main.tf', line: 3 },
        { message: 'evident-ignore EVD-TF-999 names an unknown check EVD-TF-999', file: 'main.tf', line: 5 },
      ]);
      assert.equal(result.summary.findings.expired, 1);
      assert.equal(result.summary.findings.new, 1);
      const text = runCli(['scan', '.'], { cwd: dir, env: TODAY });
      assert.match(text.stdout, /publicly accessible from the internet \[expired suppression: inline, pilot ends in May, until 2026-05-31\]$/m);
    } finally {
      cleanup();
    }
  });

  it('that matches no finding is reported as unused', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': HYGIENE_OFF,
      'main.tf': '# evident-ignore EVD-TF-002 -- fixed long ago\nresource "aws_db_instance" "db" {\n  storage_encrypted = true\n}\n',
    });
    try {
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 0);
      assert.deepEqual(result.warnings, [
        { message: 'unused suppression: evident-ignore EVD-TF-002 matches no finding on line 2; remove it', file: 'main.tf', line: 1 },
      ]);
    } finally {
      cleanup();
    }
  });
});

const BUCKETS = [
  'resource "aws_s3_bucket" "archive" {', // 1
  '  bucket = "clinic-archive"', // 2
  '}', // 3
  '', // 4
  'resource "aws_db_instance" "legacy" {', // 5
  '  storage_encrypted   = true', // 6
  '  publicly_accessible = true', // 7
  '}', // 8
].join('\n');

describe('waivers', () => {
  const WAIVERS = `waivers:
  - check: EVD-TF-001
    path: "infra/**"
    resource: aws_s3_bucket.archive
    reason: Public reference data only.
    approvedBy: dpo@example.com
    expires: 2026-12-31
  - check: EVD-TF-003
    path: infra/legacy.tf
    reason: Migration window.
    approvedBy: ciso@example.com
    expires: 2026-05-15
`;

  it('an active waiver suppresses; an expired one is listed, warned about and marks its finding expired; exit 1', () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': HYGIENE_OFF, '.evident/waivers.yaml': WAIVERS, 'infra/legacy.tf': BUCKETS });
    try {
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 1);
      assert.deepEqual(marks(result), [
        {
          at: 'EVD-TF-001 infra/legacy.tf:1',
          suppression: { kind: 'waiver', reason: 'Public reference data only.', expires: '2026-12-31', by: 'dpo@example.com' },
        },
        { at: 'EVD-TF-006 infra/legacy.tf:1' },
        {
          at: 'EVD-TF-003 infra/legacy.tf:7',
          expiredSuppression: { kind: 'waiver', reason: 'Migration window.', expires: '2026-05-15', by: 'ciso@example.com' },
        },
      ]);
      assert.deepEqual(result.exceptions, {
        waivers: {
          file: '.evident/waivers.yaml',
          entries: [
            {
              check: 'EVD-TF-001',
              path: 'infra/**',
              resource: 'aws_s3_bucket.archive',
              reason: 'Public reference data only.',
              approvedBy: 'dpo@example.com',
              expires: '2026-12-31',
              status: 'active',
              matched: 1,
            },
            {
              check: 'EVD-TF-003',
              path: 'infra/legacy.tf',
              reason: 'Migration window.',
              approvedBy: 'ciso@example.com',
              expires: '2026-05-15',
              status: 'expired',
              matched: 1,
            },
          ],
        },
        baseline: null,
      });
      assert.deepEqual(result.warnings, [
        {
          message: 'waiver 2 (EVD-TF-003 on infra/legacy.tf, approved by ciso@example.com) expired on 2026-05-15; it is not applied',
          file: '.evident/waivers.yaml',
        },
      ]);
      assert.deepEqual([result.summary.findings.suppressed, result.summary.findings.expired, result.summary.findings.new], [1, 1, 2]);
      const text = runCli(['scan', '.'], { cwd: dir, env: TODAY });
      assert.match(text.stdout, /\[suppressed: waiver, Public reference data only\., until 2026-12-31\]/);
      assert.match(text.stdout, /\[expired suppression: waiver, Migration window\., approved by ciso@example\.com, until 2026-05-15\]/);
      assert.match(text.stdout, /^ {2}! \.evident\/waivers\.yaml {2}waiver 2 \(EVD-TF-003 on infra\/legacy\.tf/m);
    } finally {
      cleanup();
    }
  });

  it('an invalid waivers file, or a configured one that does not exist, is exit 2 with one line naming the problem', () => {
    const { dir, cleanup } = tempProject({
      '.evident/waivers.yaml': 'waivers:\n  - check: EVD-TF-001\n    path: "**"\n    reason: r\n    expires: 2026-13-01\n',
      'main.tf': BUCKETS,
    });
    try {
      const run = runCli(['scan', '.'], { cwd: dir, env: TODAY });
      assert.equal(run.code, 2);
      assert.equal(
        run.stderr,
        'evident: invalid waivers file .evident/waivers.yaml: waivers[0].approvedBy: is required; waivers[0].expires: must match format "date"\n' +
          'hint: see the README section "Suppressions, waivers and baseline" and evidence/schemas/waivers.schema.json\n',
      );
      writeFileSync(join(dir, '.evident.yml'), 'waivers: policy/waivers.yaml\n');
      const missing = runCli(['scan', '.'], { cwd: dir, env: TODAY });
      assert.equal(missing.code, 2);
      assert.equal(
        missing.stderr,
        'evident: waivers file not found: policy/waivers.yaml\nhint: the waivers path in .evident.yml is relative to the scanned folder\n',
      );
    } finally {
      cleanup();
    }
  });
});

describe('baseline', () => {
  const TF = 'resource "aws_db_instance" "db" {\n  storage_encrypted   = true\n  publicly_accessible = true\n}\n';
  const K8S = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: agent\n      securityContext:\n        privileged: true\n';
  const TS = "export function note(ssn: string): void {\n  console.log('note added for', ssn);\n}\n";

  it('--write-baseline records the findings; --baseline then marks them, through edits above and elsewhere, and only new findings fail', () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': HYGIENE_OFF, 'infra/main.tf': TF, 'k8s/agent.yaml': K8S, 'src/notes.ts': TS });
    try {
      const write = runCli(['scan', '.', '--format', 'json', '--write-baseline', '.evident/baseline.json'], { cwd: dir, env: TODAY });
      assert.equal(write.code, 1, 'the exit code follows the gate');
      assert.equal(write.stderr, 'evident: wrote baseline .evident/baseline.json (3 findings)\n');
      const written = parseJson(write);
      const file = JSON.parse(readFileSync(join(dir, '.evident/baseline.json'), 'utf8')) as unknown;
      assert.deepEqual(file, {
        evidentBaseline: 1,
        findings: [
          { fingerprint: written.findings.find((f) => f.ruleId === 'EVD-TF-003')?.fingerprint, ruleId: 'EVD-TF-003', file: 'infra/main.tf' },
          { fingerprint: written.findings.find((f) => f.ruleId === 'EVD-K8S-002')?.fingerprint, ruleId: 'EVD-K8S-002', file: 'k8s/agent.yaml' },
          { fingerprint: written.findings.find((f) => f.ruleId === 'EVD-CODE-001')?.fingerprint, ruleId: 'EVD-CODE-001', file: 'src/notes.ts' },
        ],
      });
      const again = runCli(['scan', '.', '--format', 'json', '--write-baseline', '.evident/again.json'], { cwd: dir, env: TODAY });
      assert.equal(readFileSync(join(dir, '.evident/again.json'), 'utf8'), readFileSync(join(dir, '.evident/baseline.json'), 'utf8'), 'deterministic');
      assert.equal(again.code, 1);

      const baselined = (result: ScanResult): void => {
        for (const f of result.findings) {
          assert.deepEqual(f.suppression, { kind: 'baseline', reason: 'in baseline .evident/baseline.json' }, `${f.ruleId} is baselined`);
        }
      };
      const first = scanJson(dir, ['--baseline', '.evident/baseline.json']);
      assert.equal(first.run.code, 0);
      assert.equal(first.result.findings.length, 3);
      baselined(first.result);
      assert.deepEqual(first.result.exceptions.baseline, { file: '.evident/baseline.json', fingerprints: 3, matched: 3 });
      assert.deepEqual(first.result.summary.findings, {
        total: 3,
        bySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
        new: 0,
        baselined: 3,
        suppressed: 0,
        expired: 0,
      });

      // Lines inserted above every finding, and an unrelated line edited in each file.
      writeFileSync(join(dir, 'infra/main.tf'), `# Records database.\nlocals {\n  team = "data"\n}\n\n${TF.replace('storage_encrypted   = true', 'storage_encrypted   = true\n  engine = "postgres"\n  parameter_group_name = "audited-postgres"').replace('publicly_accessible = true', 'publicly_accessible = true\n  backup_retention_period = 7')}`);
      writeFileSync(join(dir, 'k8s/agent.yaml'), `# Log agent.\n${K8S.replace('name: agent\nspec:', 'name: agent\n  labels:\n    app: agent\nspec:')}`);
      writeFileSync(join(dir, 'src/notes.ts'), `import { audit } from './audit.js';\n\n${TS.replace('{\n', "{\n  audit('note');\n")}`);
      const edited = scanJson(dir, ['--baseline', '.evident/baseline.json']);
      assert.equal(edited.run.code, 0, JSON.stringify(marks(edited.result)));
      assert.deepEqual(edited.result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`), [
        'EVD-TF-003 infra/main.tf:10',
        'EVD-K8S-002 k8s/agent.yaml:12',
        'EVD-CODE-001 src/notes.ts:5',
      ]);
      baselined(edited.result);

      // A new violation fails the build, and is the only unsuppressed finding.
      writeFileSync(join(dir, 'infra/main.tf'), readFileSync(join(dir, 'infra/main.tf'), 'utf8').replace('backup_retention_period = 7', 'backup_retention_period = 0'));
      const added = scanJson(dir, ['--baseline', '.evident/baseline.json']);
      assert.equal(added.run.code, 1);
      assert.deepEqual(
        added.result.findings.filter((f) => !f.suppression).map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine} ${f.resource}`),
        ['EVD-TF-005 infra/main.tf:11 aws_db_instance.db'],
      );
      assert.equal(added.result.summary.findings.baselined, 3);
      assert.equal(added.result.summary.findings.new, 1);
    } finally {
      cleanup();
    }
  });

  it('the config key `baseline` (relative to the scanned folder) works too, and --write-baseline may create the configured file', () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': `baseline: .evident/baseline.json\n${HYGIENE_OFF}`, 'main.tf': TF });
    try {
      const first = runCli(['scan', '.', '--write-baseline', '.evident/baseline.json'], { cwd: dir, env: TODAY });
      assert.equal(first.code, 1, first.stderr);
      assert.equal(first.stderr, 'evident: wrote baseline .evident/baseline.json (1 finding)\n');
      const { run, result } = scanJson(dir);
      assert.equal(run.code, 0);
      assert.deepEqual(result.exceptions.baseline, { file: '.evident/baseline.json', fingerprints: 1, matched: 1 });
    } finally {
      cleanup();
    }
  });

  it('a missing or invalid baseline, or --write-baseline in a diff scan, is exit 2 with one line', () => {
    const { dir, cleanup } = tempProject({ 'main.tf': TF, 'bad.json': '{"evidentBaseline": 1}\n' });
    try {
      for (const [args, stderr] of [
        [['--baseline', 'nope.json'], 'evident: baseline file not found: nope.json\nhint: write one with: evident scan --write-baseline <file>\n'],
        [['--baseline', 'bad.json'], 'evident: invalid baseline bad.json: findings: is required\nhint: write one with: evident scan --write-baseline <file>\n'],
        [
          ['--write-baseline', 'b.json', '--changed-since', 'HEAD'],
          'evident: --write-baseline cannot be combined with --changed-since\nhint: a diff scan reports only changed files; write the baseline from a full scan\n',
        ],
      ] as const) {
        const run = runCli(['scan', '.', ...args], { cwd: dir, env: TODAY });
        assert.equal(run.code, 2, run.stderr);
        assert.equal(run.stderr, stderr);
      }
    } finally {
      cleanup();
    }
  });
});
