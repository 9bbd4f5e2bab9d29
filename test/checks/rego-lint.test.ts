// Source lints over the Rego policies (src/checks/rego-lint.ts), run by scripts/build-policies.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { regoSources } from '../../src/checks/manifest.js';
import { negatedMembershipProblems, regoLintProblems, sprintfProblems } from '../../src/checks/rego-lint.js';
import { packageRoot } from '../../src/package-root.js';

describe('Rego source lints (rego-lint)', () => {
  it('flags not x.key in S, and not object.get, a plain variable, comments or tests', () => {
    const text = [
      'deny contains f if {',
      '\tnot artifacts.type in {"NO_ARTIFACTS", "CODEPIPELINE"}',
      '\tnot object.get(artifacts, "type", null) in {"NO_ARTIFACTS"}',
      '\tnot name in allowed',
      '\t# not x.y in S is the pattern',
      '\tnot workload.spec.namespace in system',
      '}',
    ].join('\n');
    assert.deepEqual(negatedMembershipProblems('policies/checks/a.rego', text), [
      'policies/checks/a.rego:2: not artifacts.type in …: never true when the key is absent; write not object.get(…, "key", null) in …',
      'policies/checks/a.rego:6: not workload.spec.namespace in …: never true when the key is absent; write not object.get(…, "key", null) in …',
    ]);
    assert.deepEqual(negatedMembershipProblems('policies/checks/a_test.rego', text), []);
  });

  it('flags sprintf verbs wasm does not support and sprintf with only %s, in finding.format too, not in comments or lib/finding.rego', () => {
    const text = [
      'm := sprintf("%s has %d", [a, b])',
      'm := sprintf("%s of %s", [a, b])',
      'm := finding.format("%v is %q", [a, b])',
      'm := finding.format("%s at 100%%", [a])',
      '# sprintf("%v", [a])',
    ].join('\n');
    assert.deepEqual(sprintfProblems('policies/checks/a.rego', text), [
      'policies/checks/a.rego:2: a format with only %s: use finding.format (built in wasm, no host call), not sprintf',
      'policies/checks/a.rego:3: finding.format verb %v is not supported in wasm (use %s or %d)',
      'policies/checks/a.rego:3: finding.format verb %q is not supported in wasm (use %s or %d)',
    ]);
    assert.deepEqual(sprintfProblems('policies/lib/finding.rego', text), []);
  });

  it('finds nothing in the sources the bundle is built from', () => {
    const problems = regoSources(join(packageRoot, 'policies'), packageRoot).flatMap((source) => regoLintProblems(source, readFileSync(join(packageRoot, source), 'utf8')));
    assert.deepEqual(problems, []);
  });
});
