// Accuracy of the data-exposure and API access-control rules on a realistic
// project (test/projects/clinic-api: Express + Mongoose): every intended
// finding (recall 100%) and nothing else from the rules listed in
// expected.json (no false alarm); see test/helpers/accuracy.ts.
import assert from 'node:assert/strict';
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite('data-exposure rules', 'clinic-api', {
  minFiles: { source: 10 },
  tests: {
    'a finding as the scan result carries it: severity, title, controls, categories': (result) => {
      const finding = result.findings.find((f) => f.ruleId === 'EVD-CODE-008' && f.location.file === 'src/models/patient.ts' && f.location.startLine === 11);
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
    },
  },
});
