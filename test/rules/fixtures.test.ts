// Runs every annotated fixture under test/rules/fixtures/<slug>/ through the
// engine with the full registry. Annotations, in the Semgrep way:
//   // ruleid: EVD-CODE-001      the next code line must be reported by that rule
//   // ok: EVD-CODE-001          the next code line must not be
// (several ids may be comma-separated; `{/* ruleid: … */}` works inside JSX).
// Exactly the annotated lines must be reported, for every rule, in every file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSource } from '../../src/engine/code/index.js';
import { codeRules } from '../../src/rules/index.js';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ANNOTATION = /^\s*(?:\/\/|\{?\/\*)\s*(ruleid|ok):\s*([A-Z0-9-]+(?:\s*,\s*[A-Z0-9-]+)*)\s*(?:\*\/\}?)?\s*$/;

interface Annotations {
  /** rule id → lines that must be reported */
  expected: Map<string, number[]>;
  /** rule id → lines that must not be reported */
  ok: Map<string, number[]>;
}

function parseAnnotations(text: string): Annotations {
  const lines = text.split('\n');
  const expected = new Map<string, number[]>();
  const ok = new Map<string, number[]>();
  let pending: Array<{ kind: string; ids: string[] }> = [];
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (match) {
      pending.push({ kind: match[1], ids: match[2].split(',').map((id) => id.trim()) });
      return;
    }
    if (pending.length === 0) return;
    const lineNumber = index + 1;
    for (const { kind, ids } of pending) {
      const target = kind === 'ruleid' ? expected : ok;
      for (const id of ids) target.set(id, [...(target.get(id) ?? []), lineNumber]);
    }
    pending = [];
  });
  assert.equal(pending.length, 0, 'an annotation at the end of the file has no line to apply to');
  return { expected, ok };
}

const folders = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const totals = new Map<string, { ruleid: number; ok: number }>();
for (const rule of codeRules) totals.set(rule.meta.id, { ruleid: 0, ok: 0 });

describe('annotated rule fixtures', () => {
  test('every fixture folder is a rule slug and every rule has a folder', () => {
    assert.deepEqual(folders, codeRules.map((rule) => rule.meta.slug).sort());
  });

  for (const folder of folders) {
    const files = readdirSync(join(fixturesDir, folder)).sort();
    for (const name of files) {
      const relative = `test/rules/fixtures/${folder}/${name}`;
      test(relative, () => {
        const text = readFileSync(join(fixturesDir, folder, name), 'utf8');
        const { expected, ok } = parseAnnotations(text);
        for (const id of [...expected.keys(), ...ok.keys()]) {
          assert.ok(totals.has(id), `${relative}: annotation names unknown rule ${id}`);
        }
        const result = analyzeSource({ path: relative, text }, codeRules);
        assert.equal(result.skipped, undefined, `${relative} was skipped: ${result.skipped?.reason}`);
        assert.equal(result.error, undefined, `${relative} has an error: ${result.error?.reason}`);
        for (const rule of codeRules) {
          const id = rule.meta.id;
          const reported = result.findings
            .filter((f) => f.ruleId === id)
            .map((f) => f.location.startLine)
            .sort((a, b) => a - b);
          const wanted = [...(expected.get(id) ?? [])].sort((a, b) => a - b);
          const details = result.findings
            .filter((f) => f.ruleId === id)
            .map((f) => `  line ${f.location.startLine}: ${f.message}`)
            .join('\n');
          assert.deepEqual(reported, wanted, `${relative}: ${id} reported lines differ from // ruleid: annotations\n${details}`);
          for (const line of ok.get(id) ?? []) {
            assert.ok(!reported.includes(line), `${relative}:${line} is annotated ok: ${id} but was reported`);
          }
          const total = totals.get(id);
          if (total) {
            total.ruleid += wanted.length;
            total.ok += (ok.get(id) ?? []).length;
          }
        }
      });
    }
  }

  test('every rule has at least one ruleid and one ok annotation', () => {
    for (const [id, total] of totals) {
      assert.ok(total.ruleid > 0, `${id} has no // ruleid: annotation in any fixture`);
      assert.ok(total.ok > 0, `${id} has no // ok: annotation in any fixture`);
    }
  });
});
