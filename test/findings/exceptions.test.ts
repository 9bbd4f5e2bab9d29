import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyExceptions, type ExceptionContext, type ExceptionSubject } from '../../src/findings/exceptions.js';
import type { Finding } from '../../src/findings/finding.js';
import { parseDirectives } from '../../src/findings/suppress.js';
import type { Waiver } from '../../src/findings/waivers.js';

const resolveCheck = (id: string): string | undefined =>
  ({ 'EVD-TF-001': 'EVD-TF-001', 'EVD-TF-002': 'EVD-TF-002', 'EVD-TF-003': 'EVD-TF-003', 'rds-public': 'EVD-TF-003' })[id];

function subject(ruleId: string, line: number, fingerprint: string, resourceLine?: number): ExceptionSubject {
  const finding: Finding = {
    ruleId,
    severity: 'high',
    title: 't',
    message: `${ruleId} at ${line}`,
    location: { file: 'infra/main.tf', startLine: line },
    resource: 'aws_db_instance.db',
    controls: [],
    fingerprint: fingerprint.repeat(32),
  };
  return { finding, lines: resourceLine === undefined ? [line] : [line, resourceLine] };
}

function waiver(check: string, expires: string): Waiver {
  return { check, path: 'infra/**', reason: `waived ${check}`, approvedBy: 'ciso@example.com', expires };
}

function context(text: string, extra: Partial<ExceptionContext> = {}): ExceptionContext {
  return { today: '2026-06-01', directives: parseDirectives('infra/main.tf', text), resolveCheck, ...extra };
}

describe('applyExceptions', () => {
  it('applies inline before waiver before baseline, and records an expired exception only when nothing in force applies', () => {
    const text = [
      '# evident-ignore rds-public until=2026-06-01 -- in force through today', // 1
      'resource "aws_db_instance" "db" {', // 2
      '  storage_encrypted = false # evident-ignore EVD-TF-002 until=2026-05-31 -- expired yesterday', // 3
      '  x = 1 # evident-ignore EVD-TF-001 until=2026-01-01 -- expired', // 4
      '}',
    ].join('\n');
    const outcome = applyExceptions(
      [subject('EVD-TF-003', 5, 'a', 2), subject('EVD-TF-002', 3, 'b', 2), subject('EVD-TF-001', 4, 'c', 2)],
      context(text, {
        waivers: { file: '.evident/waivers.yaml', waivers: [waiver('EVD-TF-003', '2027-01-01'), waiver('EVD-TF-002', '2027-01-01')] },
        baseline: { file: 'baseline.json', fingerprints: new Set(['a'.repeat(32), 'c'.repeat(32), 'f'.repeat(32)]) },
      }),
    );
    assert.deepEqual(
      outcome.findings.map((f) => ({ ruleId: f.ruleId, suppression: f.suppression, expiredSuppression: f.expiredSuppression })),
      [
        // resource anchor (line 2) is covered by the directive on line 1
        { ruleId: 'EVD-TF-003', suppression: { kind: 'inline', reason: 'in force through today', expires: '2026-06-01' }, expiredSuppression: undefined },
        // inline expired, the waiver applies: the expired one is not recorded
        { ruleId: 'EVD-TF-002', suppression: { kind: 'waiver', reason: 'waived EVD-TF-002', expires: '2027-01-01', by: 'ciso@example.com' }, expiredSuppression: undefined },
        // inline expired, the baseline applies
        { ruleId: 'EVD-TF-001', suppression: { kind: 'baseline', reason: 'in baseline baseline.json' }, expiredSuppression: undefined },
      ],
    );
    assert.deepEqual(outcome.exceptions, {
      waivers: {
        file: '.evident/waivers.yaml',
        entries: [
          { check: 'EVD-TF-003', path: 'infra/**', reason: 'waived EVD-TF-003', approvedBy: 'ciso@example.com', expires: '2027-01-01', status: 'active', matched: 1 },
          { check: 'EVD-TF-002', path: 'infra/**', reason: 'waived EVD-TF-002', approvedBy: 'ciso@example.com', expires: '2027-01-01', status: 'active', matched: 1 },
        ],
      },
      baseline: { file: 'baseline.json', fingerprints: 3, matched: 2 },
    });
    assert.deepEqual(outcome.warnings, [
      { message: 'suppression expired on 2026-05-31: evident-ignore EVD-TF-002 is no longer applied', file: 'infra/main.tf', line: 3 },
      { message: 'suppression expired on 2026-01-01: evident-ignore EVD-TF-001 is no longer applied', file: 'infra/main.tf', line: 4 },
    ]);
  });

  it('marks the finding with the expired inline suppression, else the expired waiver, and warns about both', () => {
    const text = '  storage_encrypted = false # evident-ignore EVD-TF-002 until=2026-01-31 -- was accepted\n';
    const outcome = applyExceptions(
      [subject('EVD-TF-002', 1, 'a'), subject('EVD-TF-001', 2, 'b')],
      context(text, { waivers: { file: 'w.yaml', waivers: [{ ...waiver('EVD-TF-001', '2026-05-31'), resource: 'aws_db_instance.db' }] } }),
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.suppression, f.expiredSuppression]),
      [
        [undefined, { kind: 'inline', reason: 'was accepted', expires: '2026-01-31' }],
        [undefined, { kind: 'waiver', reason: 'waived EVD-TF-001', expires: '2026-05-31', by: 'ciso@example.com' }],
      ],
    );
    assert.deepEqual(outcome.exceptions.waivers.entries.map((e) => [e.status, e.matched, e.resource]), [['expired', 1, 'aws_db_instance.db']]);
    assert.deepEqual(outcome.warnings, [
      { message: 'suppression expired on 2026-01-31: evident-ignore EVD-TF-002 is no longer applied', file: 'infra/main.tf', line: 1 },
      {
        message: 'waiver 1 (EVD-TF-001 on infra/**, aws_db_instance.db, approved by ciso@example.com) expired on 2026-05-31; it is not applied',
        file: 'w.yaml',
      },
    ]);
  });

  it('does not apply a malformed directive, warns about it, about unknown checks and about unused suppressions (not for checks that did not run)', () => {
    const text = [
      '# evident-ignore EVD-TF-003', // 1: no reason
      'a = 1', // 2: EVD-TF-003 here stays open
      '# evident-ignore EVD-TF-002, EVD-XX-999, EVD-TF-001 -- partly stale', // 3
      'b = 2', // 4: EVD-TF-002 here
      '# evident-ignore EVD-TF-999 -- typo', // 5
    ].join('\n');
    const outcome = applyExceptions(
      [subject('EVD-TF-003', 2, 'a'), subject('EVD-TF-002', 4, 'b')],
      context(text, { ranChecks: new Set(['EVD-TF-002', 'EVD-TF-003']) }),
    );
    assert.deepEqual(outcome.findings.map((f) => f.suppression), [undefined, { kind: 'inline', reason: 'partly stale' }]);
    assert.deepEqual(outcome.warnings, [
      {
        message: 'evident-ignore EVD-TF-003 has no reason (write " -- <why>" after the check ids); it is not applied',
        file: 'infra/main.tf',
        line: 1,
      },
      { message: 'evident-ignore EVD-TF-002,EVD-XX-999,EVD-TF-001 names an unknown check EVD-XX-999', file: 'infra/main.tf', line: 3 },
      { message: 'evident-ignore EVD-TF-999 names an unknown check EVD-TF-999', file: 'infra/main.tf', line: 5 },
    ]);

    const all = applyExceptions([subject('EVD-TF-002', 4, 'b')], context(text));
    assert.deepEqual(
      all.warnings.map((w) => `${w.line} ${w.message}`).filter((m) => m.includes('unused')),
      ['3 unused suppression: evident-ignore EVD-TF-001 matches no finding on line 4; remove it'],
    );
  });

  it('leaves findings without exceptions unmarked and reports no exceptions in force', () => {
    const outcome = applyExceptions([subject('EVD-TF-003', 2, 'a')], context('a = 1\n'));
    assert.deepEqual(outcome.findings, [subject('EVD-TF-003', 2, 'a').finding]);
    assert.deepEqual(outcome.warnings, []);
    assert.deepEqual(outcome.exceptions, { waivers: { file: null, entries: [] }, baseline: null });
  });
});
