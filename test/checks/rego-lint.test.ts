// Source lints over the Rego policies (src/checks/rego-lint.ts), run by scripts/build-policies.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { negatedMembershipProblems } from '../../src/checks/rego-lint.js';
import { packageRoot } from '../../src/package-root.js';

function regoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? regoFiles(path) : entry.name.endsWith('.rego') ? [path] : [];
  });
}

describe('negated membership of a key that may be absent (rego-lint)', () => {
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

  it('finds nothing in the shipped policies', () => {
    const problems = regoFiles(join(packageRoot, 'policies')).flatMap((file) => negatedMembershipProblems(relative(packageRoot, file), readFileSync(file, 'utf8')));
    assert.deepEqual(problems, []);
  });
});
