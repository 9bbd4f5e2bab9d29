import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compile, formatErrors } from '../../src/json-schema.js';
import { packageRoot } from '../../src/package-root.js';
import type { ControlResult, ScanResult } from '../../src/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { ACME_CATALOG, ACME_MAPPING } from '../helpers/custom-framework.js';
import { tempProject } from '../helpers/temp-project.js';

const schema = JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/scan-result.schema.json'), 'utf8')) as Record<string, unknown>;
const validateResult = compile<ScanResult>(schema);

function parseJson(stdout: string): ScanResult {
  const result = JSON.parse(stdout) as ScanResult;
  assert.ok(validateResult(result), formatErrors(validateResult.errors).join('\n'));
  return result;
}

function controlOf(result: ScanResult, key: string): ControlResult {
  const control = result.controls.find((c) => `${c.framework}:${c.id}` === key);
  assert.ok(control, `${key} is in the result`);
  return control;
}

// A database every RDS check is content with (encrypted, private, backed up, protected, logging).
const SAFE_DB =
  'resource "aws_db_instance" "db" {\n  storage_encrypted       = true\n  publicly_accessible     = false\n  backup_retention_period = 7\n' +
  '  deletion_protection     = true\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n';
const PUBLIC_DB = SAFE_DB.replace('publicly_accessible     = false', 'publicly_accessible     = true');
const RISK_REPORT = 'Risk analysis 2025: scope, threats, likelihood, impact.\n';
const NO_CHECK = 'no automated check maps to this control; it needs documentary evidence';

const ATTESTATIONS = `attestations:
  - control: hipaa:164.308(a)(1)(ii)(A)
    status: implemented
    statement: Yearly enterprise-wide risk analysis.
    owner: Dana Whitfield
    date: 2025-11-03
    expires: 2026-11-02
    evidence:
      - file: compliance/risk-analysis.md
      - url: https://intranet.example.org/risk-register
  - control: hipaa:164.308(a)(7)(ii)(D)
    status: alternative
    statement: Quarterly restore tests of the patient database instead of full contingency exercises.
    owner: Dana Whitfield
    date: 2025-07-01
    expires: 2026-01-31
  - control: hipaa:164.308(b)(1)
    status: implemented
    statement: Business associate agreements with every vendor that handles ePHI.
    owner: Priya Raman
    date: 2025-10-01
    expires: 2026-09-30
    evidence:
      - file: compliance/baa-register.csv
`;

describe('evident scan with attestations', () => {
  const { dir, cleanup } = tempProject({
    'db.tf': SAFE_DB,
    'compliance/risk-analysis.md': RISK_REPORT,
    '.evident/attestations.yaml': ATTESTATIONS,
  });
  const before = runCli(['scan', dir, '--format', 'json'], { env: { EVIDENT_TODAY: '2026-01-31' } });
  const after = runCli(['scan', dir, '--format', 'json'], { env: { EVIDENT_TODAY: '2026-02-01' } });
  cleanup();

  it('a valid attestation turns 164.308(a)(1)(ii)(A) from manual into pass, with the attestation and evidence digest recorded', () => {
    assert.equal(before.code, 0, before.stderr);
    const result = parseJson(before.stdout);
    assert.deepEqual(controlOf(result, 'hipaa:164.308(a)(1)(ii)(A)'), {
      framework: 'hipaa',
      id: '164.308(a)(1)(ii)(A)',
      title: 'Risk analysis',
      kind: 'manual',
      status: 'pass',
      basis: {
        checks: [],
        reason: 'attested as implemented by Dana Whitfield on 2025-11-03, valid until 2026-11-02',
        attestation: { owner: 'Dana Whitfield', date: '2025-11-03', expires: '2026-11-02', status: 'implemented', statement: 'Yearly enterprise-wide risk analysis.' },
      },
      findings: [],
    });
    assert.deepEqual(result.attestations[0], {
      control: 'hipaa:164.308(a)(1)(ii)(A)',
      status: 'implemented',
      statement: 'Yearly enterprise-wide risk analysis.',
      owner: 'Dana Whitfield',
      date: '2025-11-03',
      expires: '2026-11-02',
      evidence: [
        { file: 'compliance/risk-analysis.md', sha256: createHash('sha256').update(RISK_REPORT).digest('hex') },
        { url: 'https://intranet.example.org/risk-register' },
      ],
      applied: true,
    });
  });

  it('alternative on an addressable specification passes it while valid', () => {
    const result = parseJson(before.stdout);
    assert.deepEqual(controlOf(result, 'hipaa:164.308(a)(7)(ii)(D)').basis, {
      checks: [],
      reason: 'equivalent alternative measure documented by Dana Whitfield on 2025-07-01, valid until 2026-01-31 (addressable specification, 45 CFR 164.306(d)(3))',
      attestation: {
        owner: 'Dana Whitfield',
        date: '2025-07-01',
        expires: '2026-01-31',
        status: 'alternative',
        statement: 'Quarterly restore tests of the patient database instead of full contingency exercises.',
      },
    });
    assert.equal(controlOf(result, 'hipaa:164.308(a)(7)(ii)(D)').status, 'pass');
  });

  it('the day after it expires, the control is manual again, the reason says so and a warning asks for renewal', () => {
    const result = parseJson(after.stdout);
    assert.deepEqual(controlOf(result, 'hipaa:164.308(a)(7)(ii)(D)'), {
      framework: 'hipaa',
      id: '164.308(a)(7)(ii)(D)',
      title: 'Testing and revision procedures',
      kind: 'manual',
      status: 'manual',
      basis: { checks: [], reason: `${NO_CHECK}; attestation by Dana Whitfield expired on 2026-01-31` },
      findings: [],
    });
    assert.deepEqual(result.warnings, [
      { message: 'attestation of hipaa:164.308(a)(7)(ii)(D) by Dana Whitfield expired on 2026-01-31; renew it or remove it', file: '.evident/attestations.yaml' },
    ]);
    assert.deepEqual(result.attestations.map((a) => [a.control, a.applied, a.problem]), [
      ['hipaa:164.308(a)(1)(ii)(A)', true, undefined],
      ['hipaa:164.308(a)(7)(ii)(D)', false, 'expired on 2026-01-31'],
      ['hipaa:164.308(b)(1)', false, 'evidence file not found: compliance/baa-register.csv'],
    ]);
  });

  it('a missing evidence file is an error in the result and its attestation is not applied', () => {
    const result = parseJson(before.stdout);
    assert.deepEqual(result.errors, [{ file: 'compliance/baa-register.csv', reason: 'attestation evidence file not found (hipaa:164.308(b)(1))' }]);
    assert.deepEqual(result.attestations[2], {
      control: 'hipaa:164.308(b)(1)',
      status: 'implemented',
      statement: 'Business associate agreements with every vendor that handles ePHI.',
      owner: 'Priya Raman',
      date: '2025-10-01',
      expires: '2026-09-30',
      evidence: [{ file: 'compliance/baa-register.csv', missing: true }],
      applied: false,
      problem: 'evidence file not found: compliance/baa-register.csv',
    });
    assert.deepEqual(controlOf(result, 'hipaa:164.308(b)(1)').basis, {
      checks: [],
      reason: `${NO_CHECK}; attestation by Priya Raman not applied: evidence file not found: compliance/baa-register.csv`,
    });
    assert.equal(controlOf(result, 'hipaa:164.308(a)(5)(i)').basis.reason, `${NO_CHECK}; no attestation`);
  });
});

describe('evident scan with a bad attestations file', () => {
  it('an invalid attestations file exits 2, naming the JSON path', () => {
    const { dir, cleanup } = tempProject({
      'db.tf': SAFE_DB,
      '.evident/attestations.yaml': ATTESTATIONS.replace('date: 2025-11-03', 'date: 03/11/2025').replace('    owner: Priya Raman\n', ''),
    });
    try {
      const run = runCli(['scan', dir, '--format', 'json']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        'evident: invalid attestations file .evident/attestations.yaml: attestations[0].date: must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"; attestations[0].date: must match format "date"; attestations[2].owner: is required\n' +
          'hint: see the README section "Attestations" and evidence/schemas/attestation.schema.json\n',
      );
    } finally {
      cleanup();
    }
  });

  it('a configured attestations file that does not exist exits 2; so does a malformed EVIDENT_TODAY', () => {
    const { dir, cleanup } = tempProject({ 'db.tf': SAFE_DB, '.evident.yml': 'attestations: compliance/attestations.yaml\n' });
    try {
      const missing = runCli(['scan', dir]);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'evident: attestations file not found: compliance/attestations.yaml\nhint: the attestations path in .evident.yml is relative to the scanned folder\n');
      const today = runCli(['scan', dir], { env: { EVIDENT_TODAY: '2026-13-01' } });
      assert.equal(today.code, 2);
      assert.equal(today.stderr, 'evident: EVIDENT_TODAY must be a date YYYY-MM-DD, got 2026-13-01\nhint: unset it to use the current date\n');
    } finally {
      cleanup();
    }
  });
});

describe('evident scan and controls with a custom framework', () => {
  const config = 'customFrameworks:\n  - catalog: compliance/acme.yaml\n    mapping: compliance/acme-map.yaml\n';
  const attest = 'attestations:\n  - control: acme:ACME-2.1\n    status: implemented\n    owner: Dana Whitfield\n    date: 2025-11-03\n    expires: 2026-11-02\n';
  const files = {
    '.evident.yml': config,
    'compliance/acme.yaml': ACME_CATALOG,
    'compliance/acme-map.yaml': ACME_MAPPING,
    '.evident/attestations.yaml': attest,
  };

  it('a failing custom control: its findings name it, it fails, and the gate exits 1 (also through failOnControls)', () => {
    const { dir, cleanup } = tempProject({ ...files, 'db.tf': PUBLIC_DB });
    try {
      const run = runCli(['scan', dir, '--format', 'json', '--framework', 'acme'], { env: { EVIDENT_TODAY: '2026-02-01' } });
      assert.equal(run.code, 1, run.stderr);
      const result = parseJson(run.stdout);
      assert.deepEqual(result.frameworks, ['acme']);
      assert.deepEqual(result.findings.map((f) => [f.ruleId, f.controls]), [['EVD-TF-003', [{ framework: 'acme', id: 'ACME-1.2' }]]]);
      assert.deepEqual(result.controls.map((c) => [c.id, c.status, c.basis.reason]), [
        ['ACME-1.1', 'pass', '1 mapped check ran on 1 applicable input and found no violation'],
        ['ACME-1.2', 'fail', '1 unsuppressed finding of mapped checks'],
        ['ACME-2.1', 'pass', 'attested as implemented by Dana Whitfield on 2025-11-03, valid until 2026-11-02'],
      ]);
      assert.deepEqual(result.summary.controls, { acme: { pass: 2, fail: 1, manual: 0, not_applicable: 0 } });

      const gated = runCli(['scan', dir, '--fail-on', 'none', '--fail-on-control', 'acme:ACME-1.2'], { env: { EVIDENT_TODAY: '2026-02-01' } });
      assert.equal(gated.code, 1, gated.stderr);
      assert.match(gated.stdout, /^acme controls: 1 fail, 2 pass/m);
      assert.match(gated.stdout, /^ {2}fail {2}ACME-1\.2 No public databases — 1 finding$/m);
      assert.match(gated.stdout, /· acme ACME-1\.2$/m);
    } finally {
      cleanup();
    }
  });

  it('a passing custom control exits 0; evident controls lists the custom framework from .evident.yml or --config', () => {
    const { dir, cleanup } = tempProject({ ...files, 'db.tf': SAFE_DB });
    try {
      const run = runCli(['scan', dir, '--format', 'json'], { env: { EVIDENT_TODAY: '2026-02-01' } });
      assert.equal(run.code, 0, run.stderr);
      const result = parseJson(run.stdout);
      assert.deepEqual(result.frameworks, ['hipaa', 'gdpr', 'acme']);
      assert.deepEqual(
        result.controls.filter((c) => c.framework === 'acme').map((c) => [c.id, c.status]),
        [
          ['ACME-1.1', 'pass'],
          ['ACME-1.2', 'pass'],
          ['ACME-2.1', 'pass'],
        ],
      );

      const listed = runCli(['controls', '--framework', 'acme', '--format', 'json'], { cwd: dir });
      assert.equal(listed.code, 0, listed.stderr);
      const controls = JSON.parse(listed.stdout) as Array<{ framework: string; id: string; checks: string[] }>;
      assert.deepEqual(controls.map((c) => [c.framework, c.id, c.checks]), [
        ['acme', 'ACME-1.1', ['EVD-TF-001', 'EVD-TF-002']],
        ['acme', 'ACME-1.2', ['EVD-TF-003', 'EVD-TF-004']],
        ['acme', 'ACME-2.1', []],
      ]);
      const text = runCli(['controls', '--framework', 'acme', '--config', join(dir, '.evident.yml')], { cwd: dir });
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^ACME security baseline \(2025\)$/m);
      assert.match(text.stdout, /^ {4}ACME-1\.2 +automated +No public databases +\[EVD-TF-003, EVD-TF-004\]$/m);
      const unknown = runCli(['controls', '--framework', 'pci'], { cwd: dir });
      assert.equal(unknown.code, 2);
      assert.equal(unknown.stderr, 'evident: unknown framework pci\nhint: choose from: hipaa, gdpr, acme\n');
    } finally {
      cleanup();
    }
  });

  it('a custom framework mapping that names an unknown check exits 2', () => {
    const { dir, cleanup } = tempProject({ ...files, 'db.tf': SAFE_DB, 'compliance/acme-map.yaml': 'framework: acme\ncontrols:\n  ACME-1.1: [EVD-TF-777]\n' });
    try {
      const run = runCli(['scan', dir]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^evident: invalid framework mapping compliance\/acme-map\.yaml: controls\.ACME-1\.1\[0\]: unknown check EVD-TF-777\n/);
    } finally {
      cleanup();
    }
  });
});
