import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

// Settings that keep the RDS checks these tests are not about quiet (log exports, deletion protection).
const RDS_HYGIENE = '  deletion_protection = true\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n  backup_retention_period = 7\n  parameter_group_name = "audited-postgres"\n';
const PUBLIC_DB = `resource "aws_db_instance" "research" {\n  storage_encrypted   = true\n  publicly_accessible = true\n${RDS_HYGIENE}}\n`;
const UNENCRYPTED_DB = `resource "aws_db_instance" "reports" {\n  engine = "postgres"\n${RDS_HYGIENE}}\n`;

describe('gating on controls', () => {
  it('--fail-on-control fails the scan when that control fails, whatever the severity threshold', () => {
    const { dir, cleanup } = tempProject({ 'infra/db.tf': UNENCRYPTED_DB });
    try {
      assert.equal(runCli(['scan', dir, '--fail-on', 'none']).code, 0);
      const run = runCli(['scan', dir, '--fail-on', 'none', '--fail-on-control', 'hipaa:164.312(a)(2)(iv)', '--format', 'json', '--output', join(dir, 'r.json')]);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, `evident: wrote ${join(dir, 'r.json')} (1 finding, 0 at or above none; failing gated controls: hipaa:164.312(a)(2)(iv))\n`);
      // A gated control that does not fail does not fail the scan.
      assert.equal(runCli(['scan', dir, '--fail-on', 'none', '--fail-on-control', 'hipaa:164.312(b)']).code, 0);
    } finally {
      cleanup();
    }
  });

  it('reads failOnControls from the config and records the gate in the result', () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': 'failOn: none\nfailOnControls: ["gdpr:Art.32(1)(a)"]\n',
      'infra/db.tf': UNENCRYPTED_DB,
    });
    try {
      const run = runCli(['scan', dir, '--format', 'json']);
      assert.equal(run.code, 1);
      const result = JSON.parse(run.stdout) as ScanResult;
      assert.deepEqual(result.config, { file: '.evident.yml', failOn: 'none', failOnControls: ['gdpr:Art.32(1)(a)'] });
    } finally {
      cleanup();
    }
  });

  it('rejects a control that is not in the scan with exit 2', () => {
    const run = runCli(['scan', 'examples/clinic/k8s', '--framework', 'gdpr', '--fail-on-control', 'hipaa:164.312(b)']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^evident: --fail-on-control hipaa:164\.312\(b\): no such control in this scan\nhint: /);
  });
});

describe('diff scans (--changed-since) in a real git repository', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

  it('reports and gates only files added or changed since the ref, committed, staged or not, and marks controls partial', () => {
    const { dir, cleanup } = tempProject({
      'infra/old.tf': PUBLIC_DB,
      'infra/untouched.tf': 'resource "aws_db_instance" "legacy" {\n  publicly_accessible = true\n  storage_encrypted = true\n}\n',
    });
    try {
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'base');
      git(dir, 'checkout', '-q', '-b', 'feature');
      writeFileSync(join(dir, 'infra/committed.tf'), UNENCRYPTED_DB);
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'feature work');
      writeFileSync(join(dir, 'infra/staged.tf'), `resource "aws_db_instance" "staged" {\n  publicly_accessible = true\n  storage_encrypted = true\n${RDS_HYGIENE}}\n`);
      git(dir, 'add', 'infra/staged.tf');
      appendFileSync(join(dir, 'infra/old.tf'), '\n# touched, not staged\n');
      writeFileSync(join(dir, 'infra/untracked.tf'), `resource "aws_db_instance" "new" {\n  storage_encrypted = false\n${RDS_HYGIENE}}\n`);

      const run = runCli(['scan', '.', '--changed-since', 'main', '--format', 'json'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      const result = JSON.parse(run.stdout) as ScanResult;
      assert.deepEqual(result.diff, { since: 'main', files: ['infra/committed.tf', 'infra/old.tf', 'infra/staged.tf', 'infra/untracked.tf'] });
      assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${f.location.file}`), [
        'EVD-TF-002 infra/committed.tf',
        'EVD-TF-003 infra/old.tf',
        'EVD-TF-003 infra/staged.tf',
        'EVD-TF-002 infra/untracked.tf',
      ]);
      assert.ok(result.controls.every((c) => c.partial === true));

      const text = runCli(['scan', '.', '--changed-since', 'main'], { cwd: dir });
      assert.match(text.stdout, /^HIPAA: controls .* \(partial: diff scan\); findings 4 new/m);

      // Nothing changed since HEAD except the work tree edits: the committed file drops out.
      const sinceHead = JSON.parse(runCli(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], { cwd: dir }).stdout) as ScanResult;
      assert.deepEqual(sinceHead.diff?.files, ['infra/old.tf', 'infra/staged.tf', 'infra/untracked.tf']);
    } finally {
      cleanup();
    }
  });

  it('explains a bad ref or a folder outside git with exit 2', () => {
    const { dir, cleanup } = tempProject({ 'main.tf': PUBLIC_DB });
    try {
      const outside = runCli(['scan', dir, '--changed-since', 'main']);
      assert.equal(outside.code, 2);
      assert.match(outside.stderr, /^evident: --changed-since needs a git repository, and .* is not in one\n$/);
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'x');
      const badRef = runCli(['scan', dir, '--changed-since', 'no-such-branch']);
      assert.equal(badRef.code, 2);
      assert.equal(badRef.stderr, 'evident: unknown git ref no-such-branch\nhint: give a branch, tag or commit, e.g. --changed-since origin/main\n');
    } finally {
      cleanup();
    }
  });
});

describe('evident explain', () => {
  it('explains a check: what it finds, why each control, how to fix it, examples', () => {
    const run = runCli(['explain', 'EVD-TF-002']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^# EVD-TF-002 rds_storage_unencrypted\n/);
    for (const part of ['## What it finds', '## Why it matters', '164.312(a)(2)(iv) Encryption and decryption', '## How to fix', '## Avoid', '## Prefer']) {
      assert.ok(run.stdout.includes(part), part);
    }
    assert.match(runCli(['explain', 'EVD-CODE-001']).stdout, /^# EVD-CODE-001 sensitive-data-in-logs/);
  });

  it('explains a control: requirement, guidance, status rules and the checks behind it', () => {
    const run = runCli(['explain', 'gdpr:Art.32(1)(a)']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^gdpr:Art\.32\(1\)\(a\) Pseudonymisation and encryption of personal data\n/);
    for (const part of ['What it requires', 'Guidance for auditors', 'How Evident decides its status', 'EVD-TF-001', 'EVD-K8S-003', 'why: ']) {
      assert.ok(run.stdout.includes(part), part);
    }
    assert.match(runCli(['explain', 'hipaa:164.308(a)(5)(i)']).stdout, /No check maps to this control\./);
  });

  it('exits 2 on an unknown subject', () => {
    assert.equal(runCli(['explain', 'hipaa:999']).stderr, 'evident: hipaa has no control 999\nhint: list them with: evident controls --framework hipaa\n');
    assert.equal(runCli(['explain', 'EVD-NOPE-001']).code, 2);
  });
});
