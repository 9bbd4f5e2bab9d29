// `*.template` files: AWS Quick Starts and older CloudFormation projects name their templates so
// (JSON or YAML). Found on AWS rain's test templates, which were not scanned at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyPath } from '../../src/discover/classify.js';
import { scan } from '../../src/index.js';
import { NOT_A_TEMPLATE_REASON } from '../../src/engine/pipeline.js';
import { tempProject } from '../helpers/temp-project.js';

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Records": {
      "Type": "AWS::SQS::Queue",
      "Properties": { "SqsManagedSseEnabled": false }
    }
  }
}
`;

const YAML_TEMPLATE = `Resources:
  Records:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: false
`;

describe('*.template files', () => {
  it('are candidates whose content decides', () => {
    assert.deepEqual(classifyPath('stacks/vpc.template'), { candidate: 'template' });
    assert.deepEqual(classifyPath('stacks/vpc.template.yaml'), { candidate: 'yaml' });
  });

  it('are scanned as CloudFormation when they are templates, JSON or YAML, and skipped with a reason otherwise', async () => {
    const project = tempProject({
      'stacks/queue.template': JSON_TEMPLATE,
      'stacks/queue-yaml.template': YAML_TEMPLATE,
      'nginx/site.conf.template': 'server {\n  listen ${PORT};\n}\n',
      'mail/welcome.html.template': '<p>Hello {{ name }}</p>\n',
    });
    try {
      const result = await scan({ paths: [project.dir] });
      assert.equal(result.coverage.byType['cloudformation'], 2);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(
        result.findings.map((f) => [f.location.file, f.location.startLine, f.ruleId]),
        [
          ['stacks/queue-yaml.template', 5, 'EVD-CFN-017'],
          ['stacks/queue.template', 6, 'EVD-CFN-017'],
        ],
      );
      assert.deepEqual(
        result.coverage.skipped.filter((s) => s.file.endsWith('.template')),
        [
          { file: 'mail/welcome.html.template', reason: NOT_A_TEMPLATE_REASON },
          { file: 'nginx/site.conf.template', reason: NOT_A_TEMPLATE_REASON },
        ],
      );
    } finally {
      project.cleanup();
    }
  });
});
