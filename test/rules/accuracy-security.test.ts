// Accuracy of the crypto, transport, secrets, injection and XSS rules
// (EVD-CODE-020…044) on two realistic projects: a NestJS + TypeORM records
// service (test/projects/nest-records) and a React patient portal
// (test/projects/patient-portal), clean code next to each violation: every
// intended finding (100% recall) and nothing else from the rules listed in
// each expected.json (no false alarm); see test/helpers/accuracy.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/index.js';
import { MASK } from '../../src/findings/redact.js';
import { findKnownSecret } from '../../src/engine/code/secrets.js';
import { accuracySuite } from '../helpers/accuracy.js';

for (const project of ['nest-records', 'patient-portal']) {
  accuracySuite('security rules', project, {
    minFiles: { source: 6 },
    tests: {
      'no secret reaches the result: every secret finding shows a masked value': (result) => {
        for (const finding of result.findings) {
          assert.equal(findKnownSecret(`${finding.message}\n${finding.snippet ?? ''}`), undefined, `${finding.ruleId} ${finding.location.file}:${finding.location.startLine}`);
        }
        for (const finding of result.findings.filter((f) => f.ruleId === 'EVD-CODE-032' || f.ruleId === 'EVD-CODE-033')) {
          assert.ok(finding.snippet?.includes(MASK), `${finding.location.file}:${finding.location.startLine}: ${finding.snippet}`);
        }
      },
    },
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
