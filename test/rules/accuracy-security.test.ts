// Accuracy of the crypto, transport, secrets, injection and XSS rules
// (EVD-CODE-020…044) on two realistic projects: a NestJS + TypeORM records
// service (test/projects/nest-records) and a React patient portal
// (test/projects/patient-portal). Each project is scanned with scan(); the
// findings of the rules listed in its expected.json must be exactly the
// intended ones: every intended finding (100% recall) and nothing else (no
// false alarm). Both projects keep clean code next to each violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/index.js';
import { MASK } from '../../src/findings/redact.js';
import { findKnownSecret } from '../../src/engine/code/secrets.js';

interface Intended {
  ruleId: string;
  file: string;
  line: number;
  why: string;
}

const key = (ruleId: string, file: string, line: number): string => `${ruleId} ${file}:${line}`;

for (const project of ['nest-records', 'patient-portal']) {
  const projectDir = fileURLToPath(new URL(`../projects/${project}/`, import.meta.url));
  const expected = JSON.parse(readFileSync(`${projectDir}expected.json`, 'utf8')) as { rules: string[]; findings: Intended[] };

  describe(`security rules: accuracy on test/projects/${project}`, async () => {
    const result = await scan({ paths: [projectDir] });
    const measured = new Set(expected.rules);
    const found = result.findings.filter((f) => measured.has(f.ruleId));
    const foundKeys = new Set(found.map((f) => key(f.ruleId, f.location.file, f.location.startLine)));
    const intendedKeys = new Set(expected.findings.map((f) => key(f.ruleId, f.file, f.line)));

    test('the project scans without errors', () => {
      assert.deepEqual(result.errors, []);
      assert.ok((result.coverage.byType.source ?? 0) >= 6);
    });

    test('per rule: intended findings found, and false alarms', (t) => {
      const rows = expected.rules
        .map((ruleId) => {
          const intended = expected.findings.filter((f) => f.ruleId === ruleId);
          const hits = intended.filter((f) => foundKeys.has(key(f.ruleId, f.file, f.line)));
          const alarms = found.filter((f) => f.ruleId === ruleId && !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine)));
          return { ruleId, intended: intended.length, found: hits.length, falseAlarms: alarms.length };
        })
        .filter((row) => row.intended > 0 || row.falseAlarms > 0);
      for (const row of rows) t.diagnostic(`${row.ruleId}: found ${row.found}/${row.intended} intended, ${row.falseAlarms} false alarms`);
      const totals = rows.reduce((a, r) => ({ intended: a.intended + r.intended, found: a.found + r.found, falseAlarms: a.falseAlarms + r.falseAlarms }), {
        intended: 0,
        found: 0,
        falseAlarms: 0,
      });
      t.diagnostic(`total: found ${totals.found}/${totals.intended} intended (recall ${((100 * totals.found) / totals.intended).toFixed(0)}%), ${totals.falseAlarms} false alarms`);
      assert.ok(totals.intended >= 9);
    });

    test('every intended finding is reported (100% recall)', () => {
      const missed = expected.findings.filter((f) => !foundKeys.has(key(f.ruleId, f.file, f.line))).map((f) => `${key(f.ruleId, f.file, f.line)} (${f.why})`);
      assert.deepEqual(missed, []);
    });

    test('nothing else is reported by these rules (no false alarm)', () => {
      const alarms = found
        .filter((f) => !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine)))
        .map((f) => `${key(f.ruleId, f.location.file, f.location.startLine)}: ${f.message}`);
      assert.deepEqual(alarms, []);
    });

    test('no secret reaches the result: every secret finding shows a masked value', () => {
      for (const finding of result.findings) {
        assert.equal(findKnownSecret(`${finding.message}\n${finding.snippet ?? ''}`), undefined, `${finding.ruleId} ${finding.location.file}:${finding.location.startLine}`);
      }
      for (const finding of found.filter((f) => f.ruleId === 'EVD-CODE-032' || f.ruleId === 'EVD-CODE-033')) {
        assert.ok(finding.snippet?.includes(MASK), `${finding.location.file}:${finding.location.startLine}: ${finding.snippet}`);
      }
    });
  });
}

describe('a security finding as the scan result carries it', async () => {
  const projectDir = fileURLToPath(new URL('../projects/nest-records/', import.meta.url));
  const result = await scan({ paths: [projectDir] });

  test('EVD-CODE-033 in app.module.ts: severity, title, masked snippet, controls', () => {
    const finding = result.findings.find((f) => f.ruleId === 'EVD-CODE-033' && f.location.file === 'src/app.module.ts');
    assert.ok(finding !== undefined);
    const { fingerprint, ...rest } = finding;
    assert.match(fingerprint, /^[0-9a-f]{16,}$/);
    assert.deepEqual(rest, {
      ruleId: 'EVD-CODE-033',
      severity: 'high',
      title: 'Hard-coded password or secret',
      message: 'Hard-coded credential in password (****): load it from a secret manager or the environment',
      location: { file: 'src/app.module.ts', startLine: 24, startColumn: 7, endLine: 24, endColumn: 34 },
      snippet: "password: '****'",
      dataCategories: ['credentials'],
      controls: [
        { framework: 'hipaa', id: '164.312(a)(1)' },
        { framework: 'hipaa', id: '164.312(d)' },
        { framework: 'hipaa', id: '164.308(a)(5)(ii)(D)' },
        { framework: 'gdpr', id: 'Art.32(1)(b)' },
        { framework: 'gdpr', id: 'Art.5(1)(f)' },
      ],
    });
  });
});
