// A small RuleTester in the typescript-eslint style: `valid` snippets must
// produce no finding, `invalid` snippets exactly the listed WHOLE findings
// (rule id, message, location with lines and columns, snippet, categories).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawFinding } from '../../src/findings/finding.js';
import { analyzeSource } from '../../src/engine/code/index.js';
import type { CodeRule } from '../../src/engine/code/index.js';

export interface ValidCase {
  /** Shown as the test name; defaults to the code. */
  name?: string;
  code: string;
  /** Defaults to `src/example.ts`; the extension picks the script kind. */
  filename?: string;
}

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  snippet: string;
  dataCategories?: string[];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

const DEFAULT_FILE = 'src/example.ts';

function run(rule: CodeRule, testCase: ValidCase): RawFinding[] {
  const result = analyzeSource({ path: testCase.filename ?? DEFAULT_FILE, text: testCase.code }, [rule]);
  assert.equal(result.error, undefined, `unexpected error: ${result.error?.reason}`);
  assert.equal(result.skipped, undefined, `unexpectedly skipped: ${result.skipped?.reason}`);
  return result.findings;
}

function label(testCase: ValidCase): string {
  return testCase.name ?? testCase.code.replace(/\s+/g, ' ').slice(0, 100);
}

export function runRuleTests(rule: CodeRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} ${rule.meta.slug}`, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        test(label(testCase), () => {
          assert.deepEqual(run(rule, testCase), []);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        test(label(testCase), () => {
          const file = testCase.filename ?? DEFAULT_FILE;
          const expected: RawFinding[] = testCase.findings.map((f) => ({
            ruleId: rule.meta.id,
            message: f.message,
            location: { file, startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            snippet: f.snippet,
            ...(f.dataCategories !== undefined ? { dataCategories: f.dataCategories } : {}),
          }));
          assert.deepEqual(run(rule, testCase), expected);
        });
      }
    });
  });
}
