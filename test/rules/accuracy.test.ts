// Accuracy of the data-exposure rules on a realistic project
// (test/projects/clinic-api): scan it with scan(), compare the findings of
// the rules listed in expected.json with the intended findings, and require
// every intended one (recall 100%) and nothing else (no false alarm).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/index.js';

interface Intended {
  ruleId: string;
  file: string;
  line: number;
  why: string;
}

const projectDir = fileURLToPath(new URL('../projects/clinic-api/', import.meta.url));
const expected = JSON.parse(readFileSync(`${projectDir}expected.json`, 'utf8')) as { rules: string[]; findings: Intended[] };
const key = (ruleId: string, file: string, line: number): string => `${ruleId} ${file}:${line}`;

describe('accuracy on test/projects/clinic-api', async () => {
  const result = await scan({ paths: [projectDir] });
  const measured = new Set(expected.rules);
  const found = result.findings.filter((f) => measured.has(f.ruleId));
  const foundKeys = new Set(found.map((f) => key(f.ruleId, f.location.file, f.location.startLine)));
  const intendedKeys = new Set(expected.findings.map((f) => key(f.ruleId, f.file, f.line)));

  test('the project scans without errors', () => {
    assert.deepEqual(result.errors, []);
    assert.ok(result.coverage.byType.source !== undefined && result.coverage.byType.source >= 10);
  });

  test('per rule: intended findings found, and false alarms', (t) => {
    const rows = expected.rules.map((ruleId) => {
      const intended = expected.findings.filter((f) => f.ruleId === ruleId);
      const hits = intended.filter((f) => foundKeys.has(key(f.ruleId, f.file, f.line)));
      const alarms = found.filter((f) => f.ruleId === ruleId && !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine)));
      return { ruleId, intended: intended.length, found: hits.length, falseAlarms: alarms.length };
    });
    for (const row of rows) t.diagnostic(`${row.ruleId}: found ${row.found}/${row.intended} intended, ${row.falseAlarms} false alarms`);
    const totals = rows.reduce((a, r) => ({ intended: a.intended + r.intended, found: a.found + r.found, falseAlarms: a.falseAlarms + r.falseAlarms }), {
      intended: 0,
      found: 0,
      falseAlarms: 0,
    });
    t.diagnostic(`total: found ${totals.found}/${totals.intended} intended (recall ${((100 * totals.found) / totals.intended).toFixed(0)}%), ${totals.falseAlarms} false alarms`);
    for (const row of rows) assert.ok(row.intended > 0, `${row.ruleId} has no intended finding in the project`);
  });

  test('every intended finding is reported (100% recall)', () => {
    const missed = expected.findings.filter((f) => !foundKeys.has(key(f.ruleId, f.file, f.line))).map((f) => `${key(f.ruleId, f.file, f.line)} (${f.why})`);
    assert.deepEqual(missed, []);
  });

  test('nothing else is reported by these rules (no false alarm)', () => {
    const alarms = found.filter((f) => !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine))).map((f) => `${key(f.ruleId, f.location.file, f.location.startLine)}: ${f.message}`);
    assert.deepEqual(alarms, []);
  });

  test('a finding as the scan result carries it: severity, title, controls, categories', () => {
    const finding = found.find((f) => f.ruleId === 'EVD-CODE-008' && f.location.file === 'src/models/patient.ts' && f.location.startLine === 11);
    assert.ok(finding !== undefined);
    const { fingerprint, ...rest } = finding;
    assert.match(fingerprint, /^[0-9a-f]{16,}$/);
    assert.deepEqual(rest, {
      ruleId: 'EVD-CODE-008',
      severity: 'high',
      title: 'Sensitive schema field stored without encryption or hashing',
      message:
        'Field ssn of Mongoose schema PatientSchema (government identifier) is stored in plaintext: no field-level encryption (plugin, setter, transformer) in this file',
      location: { file: 'src/models/patient.ts', startLine: 11, startColumn: 5, endLine: 11, endColumn: 42 },
      snippet: 'ssn: { type: String, required: true }',
      dataCategories: ['government-id'],
      controls: [
        { framework: 'hipaa', id: '164.312(a)(2)(iv)' },
        { framework: 'hipaa', id: '164.308(a)(5)(ii)(D)' },
        { framework: 'gdpr', id: 'Art.25(1)' },
        { framework: 'gdpr', id: 'Art.32(1)(a)' },
      ],
    });
  });
});
