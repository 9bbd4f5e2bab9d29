// Accuracy of checks on a realistic project of our own (test/projects/<name>):
// the project is scanned with scan(); the findings of the checks listed in its
// expected.json must be exactly the intended ones — every intended finding
// (100 % recall) and nothing else (no false alarm). The per-check table is
// printed as test diagnostics (node scripts/run-tests.mjs accuracy).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scan } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import type { InputType } from '../../src/parsers/types.js';
import type { ScanResult } from '../../src/scan-result.js';

export interface IntendedFinding {
  ruleId: string;
  file: string;
  line: number;
  /** Why this is a violation: what a reviewer or an auditor would say. */
  why: string;
}

export interface ExpectedFindings {
  /**
   * The checks measured on this project, or `all`: every finding of every
   * check must then be an intended one (the project is curated as a whole).
   */
  rules: string[] | 'all';
  findings: IntendedFinding[];
}

export interface AccuracyOptions {
  /** Minimum number of files of an input type the scan must have read (guards against a silently empty scan). */
  minFiles?: Partial<Record<InputType, number>>;
  /** More tests on the same scan result, by name. */
  tests?: Record<string, (result: ScanResult, expected: ExpectedFindings) => void>;
}

const key = (ruleId: string, file: string, line: number): string => `${ruleId} ${file}:${line}`;

/** Declares the accuracy suite of test/projects/<project>. */
export function accuracySuite(label: string, project: string, options: AccuracyOptions = {}): void {
  const projectDir = join(packageRoot, 'test', 'projects', project);
  const expected = JSON.parse(readFileSync(join(projectDir, 'expected.json'), 'utf8')) as ExpectedFindings;

  describe(`${label}: accuracy on test/projects/${project}`, async () => {
    const result = await scan({ paths: [projectDir] });
    const rules = expected.rules === 'all' ? [...new Set(expected.findings.map((f) => f.ruleId))].sort() : expected.rules;
    const measured = new Set(rules);
    const found = expected.rules === 'all' ? result.findings : result.findings.filter((f) => measured.has(f.ruleId));
    const foundKeys = new Set(found.map((f) => key(f.ruleId, f.location.file, f.location.startLine)));
    const intendedKeys = new Set(expected.findings.map((f) => key(f.ruleId, f.file, f.line)));

    test('the project scans without errors', () => {
      assert.deepEqual(result.errors, []);
      for (const [type, min] of Object.entries(options.minFiles ?? {})) {
        const count = result.coverage.byType[type as InputType] ?? 0;
        assert.ok(count >= min, `expected at least ${min} ${type} files, scanned ${count}`);
      }
    });

    test('per check: intended findings found, and false alarms', (t) => {
      const rows = rules.map((ruleId) => {
        const intended = expected.findings.filter((f) => f.ruleId === ruleId);
        const hits = intended.filter((f) => foundKeys.has(key(f.ruleId, f.file, f.line)));
        const alarms = found.filter((f) => f.ruleId === ruleId && !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine)));
        return { ruleId, intended: intended.length, found: hits.length, falseAlarms: alarms.length };
      });
      // A rule measured only for false alarms on this project (no intended finding) is listed when it has some.
      for (const row of rows.filter((r) => r.intended > 0 || r.falseAlarms > 0)) {
        t.diagnostic(`${row.ruleId}: found ${row.found}/${row.intended} intended, ${row.falseAlarms} false alarms`);
      }
      const totals = rows.reduce((a, r) => ({ intended: a.intended + r.intended, found: a.found + r.found, falseAlarms: a.falseAlarms + r.falseAlarms }), {
        intended: 0,
        found: 0,
        falseAlarms: 0,
      });
      t.diagnostic(`total: found ${totals.found}/${totals.intended} intended (recall ${((100 * totals.found) / Math.max(1, totals.intended)).toFixed(0)}%), ${totals.falseAlarms} false alarms`);
      assert.ok(totals.intended > 0, 'the project has no intended finding');
      for (const f of expected.findings) assert.ok(measured.has(f.ruleId), `${f.ruleId} is intended but not in rules`);
    });

    test('every intended finding is reported (100% recall)', () => {
      const missed = expected.findings.filter((f) => !foundKeys.has(key(f.ruleId, f.file, f.line))).map((f) => `${key(f.ruleId, f.file, f.line)} (${f.why})`);
      assert.deepEqual(missed, []);
    });

    test('nothing else is reported by these checks (no false alarm)', () => {
      const alarms = found
        .filter((f) => !intendedKeys.has(key(f.ruleId, f.location.file, f.location.startLine)))
        .map((f) => `${key(f.ruleId, f.location.file, f.location.startLine)}: ${f.message}`);
      assert.deepEqual(alarms, []);
    });

    for (const [name, body] of Object.entries(options.tests ?? {})) test(name, () => body(result, expected));
  });
}
