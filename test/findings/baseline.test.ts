import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import { baselineEntries, formatBaseline, parseBaseline, readBaseline } from '../../src/findings/baseline.js';
import type { Finding, Suppression } from '../../src/findings/finding.js';
import { tempProject } from '../helpers/temp-project.js';

function finding(ruleId: string, file: string, fingerprint: string, marks: { suppression?: Suppression; expiredSuppression?: Suppression } = {}): Finding {
  return {
    ruleId,
    severity: 'high',
    title: 't',
    message: 'm',
    location: { file, startLine: 3 },
    controls: [],
    fingerprint: fingerprint.repeat(32),
    ...marks,
  };
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

describe('writing a baseline', () => {
  const findings = [
    finding('EVD-TF-003', 'infra/main.tf', 'b'),
    finding('EVD-K8S-002', 'k8s/pod.yaml', 'c'),
    finding('EVD-TF-002', 'infra/main.tf', 'a', { suppression: { kind: 'baseline', reason: 'in baseline b.json' } }),
    finding('EVD-TF-001', 'infra/main.tf', 'd', { suppression: { kind: 'inline', reason: 'r' } }),
    finding('EVD-TF-006', 'infra/main.tf', 'e', { suppression: { kind: 'waiver', reason: 'r', expires: '2027-01-01', by: 'x' } }),
    finding('EVD-TF-005', 'infra/main.tf', 'f', { expiredSuppression: { kind: 'inline', reason: 'r', expires: '2026-01-01' } }),
    finding('EVD-TF-003', 'infra/db.tf', '9'),
  ];

  it('records open and baselined findings sorted by file, check and fingerprint; never those an inline suppression or a waiver governs', () => {
    assert.deepEqual(baselineEntries(findings), [
      { fingerprint: '9'.repeat(32), ruleId: 'EVD-TF-003', file: 'infra/db.tf' },
      { fingerprint: 'a'.repeat(32), ruleId: 'EVD-TF-002', file: 'infra/main.tf' },
      { fingerprint: 'b'.repeat(32), ruleId: 'EVD-TF-003', file: 'infra/main.tf' },
      { fingerprint: 'c'.repeat(32), ruleId: 'EVD-K8S-002', file: 'k8s/pod.yaml' },
    ]);
  });

  it('writes deterministic JSON that reads back as the same fingerprints, whatever the order of the findings', () => {
    const text = formatBaseline(findings);
    assert.equal(formatBaseline([...findings].reverse()), text);
    assert.ok(text.startsWith('{\n  "evidentBaseline": 1,\n  "findings": [\n    {\n      "fingerprint": "999'));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual([...parseBaseline(text, 'b.json')].sort(), ['9', 'a', 'b', 'c'].map((c) => c.repeat(32)));
    assert.equal(formatBaseline([]), '{\n  "evidentBaseline": 1,\n  "findings": []\n}\n');
  });
});

describe('reading a baseline', () => {
  it('rejects what is not a baseline with one line naming the problem', () => {
    assert.match(configError(() => parseBaseline('{"evidentBaseline": 1, "findings": [', 'b.json')), /^baseline b\.json is not valid JSON: /);
    assert.equal(
      configError(() => parseBaseline('{"evidentBaseline": 2, "findings": [{"fingerprint": "xyz", "ruleId": "EVD-TF-001"}]}', 'b.json')),
      'invalid baseline b.json: evidentBaseline: must be equal to constant; findings[0].file: is required; findings[0].fingerprint: must match pattern "^[0-9a-f]{32}$"',
    );
    assert.equal(configError(() => parseBaseline('[]', 'b.json')), 'invalid baseline b.json: (root): must be object');
  });

  it('reads a file, and says so when it does not exist', () => {
    const { dir, cleanup } = tempProject({ 'b.json': formatBaseline([finding('EVD-TF-003', 'main.tf', 'e')]) });
    try {
      const loaded = readBaseline(join(dir, 'b.json'), 'b.json');
      assert.equal(loaded.file, 'b.json');
      assert.deepEqual([...loaded.fingerprints], ['e'.repeat(32)]);
      assert.equal(configError(() => readBaseline(join(dir, 'missing.json'), 'missing.json')), 'baseline file not found: missing.json');
    } finally {
      cleanup();
    }
  });
});
