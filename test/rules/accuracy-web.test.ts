// Accuracy of the web-hardening and JWT rules (EVD-CODE-050…058) on a
// realistic project: the API gateway of a telehealth app
// (test/projects/auth-gateway: Express + jsonwebtoken + express-session, and a
// Fastify video-signaling service), compliant code next to each violation:
// every intended finding (100% recall) and nothing else from these rules (no
// false alarm); see test/helpers/accuracy.ts.
import assert from 'node:assert/strict';
import { MASK } from '../../src/findings/redact.js';
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite('web and JWT rules', 'auth-gateway', {
  minFiles: { source: 10 },
  tests: {
    'expected.json measures exactly the rules EVD-CODE-050…058': (_result, expected) => {
      assert.deepEqual(expected.rules, ['EVD-CODE-050', 'EVD-CODE-051', 'EVD-CODE-052', 'EVD-CODE-053', 'EVD-CODE-054', 'EVD-CODE-055', 'EVD-CODE-056', 'EVD-CODE-057', 'EVD-CODE-058']);
    },
    'hard-coded session keys are masked in snippets and absent from messages': (result) => {
      const secrets = ['kiosk-7f3a9c2e51d8b604', 'c2f1e7a98d3b4c6e0a5f9d8b7c6e5a4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e'];
      for (const finding of result.findings) {
        for (const secret of secrets) {
          assert.ok(!finding.message.includes(secret) && !(finding.snippet ?? '').includes(secret), `${finding.ruleId} ${finding.location.file}:${finding.location.startLine} shows a secret`);
        }
      }
      for (const finding of result.findings.filter((f) => f.ruleId === 'EVD-CODE-053')) {
        assert.ok(finding.snippet?.includes(MASK), `${finding.location.file}:${finding.location.startLine}: ${finding.snippet}`);
      }
    },
    'a finding as the scan result carries it: severity, title, categories, controls': (result) => {
      const finding = result.findings.find((f) => f.ruleId === 'EVD-CODE-058');
      assert.ok(finding !== undefined);
      const { fingerprint, ...rest } = finding;
      assert.match(fingerprint, /^[0-9a-f]{16,}$/);
      assert.deepEqual(rest, {
        ruleId: 'EVD-CODE-058',
        severity: 'high',
        title: 'Sensitive personal data in a JWT payload',
        message:
          'Health data (insuranceNumber, diagnosis) put in a JWT payload by jwt.sign(): the payload is only base64-encoded and readable by anyone holding the token',
        location: { file: 'src/auth/tokens.ts', startLine: 34, startColumn: 10, endLine: 38, endColumn: 4 },
        snippet: 'jwt.sign(',
        dataCategories: ['health'],
        controls: [
          { framework: 'hipaa', id: '164.312(a)(2)(iv)' },
          { framework: 'hipaa', id: '164.312(e)(2)(ii)' },
          { framework: 'gdpr', id: 'Art.32(1)(a)' },
          { framework: 'gdpr', id: 'Art.5(1)(f)' },
        ],
      });
    },
  },
});
