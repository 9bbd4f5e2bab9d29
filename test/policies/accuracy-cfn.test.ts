// Accuracy of the CloudFormation checks on realistic stacks
// (test/projects/cfn-stacks: a SAM telehealth API, a JSON VPC/RDS/ALB stack
// and an audit/CDN stack, plus parity-* stacks for the checks that mirror
// Terraform ones, with violations and compliant resources side by side): every intended finding (recall 100%) and nothing else from the
// measured checks (no false alarm); see test/helpers/accuracy.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scan } from '../../src/index.js';
import { accuracySuite } from '../helpers/accuracy.js';
import { tempProject } from '../helpers/temp-project.js';
import { packageRoot } from '../../src/package-root.js';

/** The project's templates: every .yaml/.json of its stack folders (expected.json aside). */
const project = join(packageRoot, 'test', 'projects', 'cfn-stacks');
const templates = readdirSync(project, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(join(project, entry.name)).filter((name) => /\.(ya?ml|json)$/.test(name)));

accuracySuite('CloudFormation checks', 'cfn-stacks', {
  minFiles: { cloudformation: 3 },
  tests: {
    'every template of the project is read as CloudFormation': (result) => {
      assert.equal(result.coverage.byType.cloudformation, templates.length);
      assert.ok(templates.length >= 3);
    },
    'every CloudFormation check of the bundle is measured': (result, expected) => {
      const bundled = result.checks.map((c) => c.id).filter((id) => id.startsWith('EVD-CFN-'));
      assert.deepEqual([...expected.rules].sort(), bundled.sort());
    },
    'secrets found in templates are masked everywhere in the result': (result) => {
      const serialized = JSON.stringify(result);
      for (const secret of ['vt_live_8f2b1c9d4e7a6b5c', 'wh-4c1d9e7b2a60f3e8', 'siem-7b1e4c2a9f0d', 'queue-cache-token-7Hq2pX9w', 'Exp0rt-Audit-2024!']) assert.equal(serialized.includes(secret), false, secret);
      const webhook = result.findings.find((f) => f.ruleId === 'EVD-CFN-031');
      assert.equal(webhook?.snippet, 'VIDEO_WEBHOOK_SECRET: ****');
    },
    'a finding as the scan result carries it: severity, title, location, controls': (result) => {
      const finding = result.findings.find((f) => f.ruleId === 'EVD-CFN-007');
      assert.ok(finding !== undefined);
      const { fingerprint, ...rest } = finding;
      assert.match(fingerprint, /^[0-9a-f]{16,}$/);
      assert.deepEqual(rest, {
        ruleId: 'EVD-CFN-007',
        severity: 'critical',
        title: 'RDS instance is publicly accessible',
        message: 'ReportingDb sets PubliclyAccessible to true',
        location: { file: 'network/stack.json', startLine: 72, startColumn: 31, endLine: 72, endColumn: 35 },
        resource: 'ReportingDb',
        snippet: '"PubliclyAccessible": true,',
        controls: [
          { framework: 'hipaa', id: '164.312(a)(1)' },
          { framework: 'hipaa', id: '164.308(a)(3)(i)' },
          { framework: 'hipaa', id: '164.308(a)(4)(ii)(C)' },
          { framework: 'hipaa', id: '164.312(e)(1)' },
          { framework: 'gdpr', id: 'Art.32(1)(b)' },
          { framework: 'gdpr', id: 'Art.25(2)' },
        ],
      });
    },
  },
});

describe('CloudFormation files that cannot be read', () => {
  test('a malformed template is an error with its line; the other templates are still checked', async () => {
    const { dir, cleanup } = tempProject({
      'a/bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Unknown x\n',
      'b/ok.json': '{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}',
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, [
        { file: 'a/bad.yaml', reason: 'unknown YAML tag !Unknown (not a CloudFormation intrinsic function short form)', line: 6, column: 19 },
      ]);
      assert.equal(result.coverage.byType.cloudformation, 2);
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId.startsWith('EVD-CFN-')).map((f) => [f.ruleId, f.location.file, f.location.startLine]),
        [['EVD-CFN-018', 'b/ok.json', 1]],
      );
    } finally {
      cleanup();
    }
  });
});
