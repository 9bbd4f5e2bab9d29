// Terraform JSON syntax (*.tf.json, what CDK for Terraform writes): read into the same tree as
// native HCL, resolved and located like it (src/parsers/terraform-json.ts). Terraform's own test
// configurations have 15 such files; they were skipped as "not analysed yet".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../src/index.js';
import { parseTerraformJson } from '../../src/parsers/terraform-json.js';
import { loadTerraform, type TerraformDocument } from '../../src/parsers/terraform.js';
import type { NormalizedResource } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { lineOf } from '../helpers/range-text.js';
import { tempProject } from '../helpers/temp-project.js';

const CDK = `{
  "//": {"metadata": {"stackName": "records", "version": "0.20.0"}},
  "provider": {
    "aws": [
      {"region": "eu-west-1"},
      {"alias": "us", "region": "us-east-1"}
    ]
  },
  "variable": {
    "db_password": {"type": "string", "sensitive": true}
  },
  "locals": {"env": "prod"},
  "resource": {
    "aws_s3_bucket": {
      "records": {
        "//": "patient records",
        "bucket": "acme-records-\${local.env}",
        "tags": {"Name": "records", "Env": "\${local.env}"}
      }
    },
    "aws_s3_bucket_versioning": {
      "records": {
        "bucket": "\${aws_s3_bucket.records.id}",
        "versioning_configuration": {"status": "Enabled"}
      }
    },
    "aws_db_instance": {
      "main": {
        "count": 1,
        "provider": "aws.us",
        "engine": "postgres",
        "password": "\${var.db_password}",
        "storage_encrypted": false,
        "lifecycle": {"prevent_destroy": true},
        "dynamic": {
          "blue_green_update": {
            "for_each": "\${[]}",
            "content": {"enabled": true}
          }
        }
      }
    }
  },
  "data": {
    "aws_caller_identity": {"current": {}}
  },
  "module": {
    "net": {"source": "./modules/net", "cidr": "10.0.0.0/16"}
  },
  "output": {
    "bucket": {"value": "\${aws_s3_bucket.records.arn}"}
  }
}
`;

const loadOne = (files: Record<string, string>): { document: TerraformDocument; locate: ReturnType<typeof loadTerraform>['documents'][number]['locate'] } => {
  const result = loadTerraform(
    '.',
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
  assert.deepEqual(result.errors, []);
  assert.equal(result.documents.length, 1);
  const parsed = result.documents[0]!;
  return { document: JSON.parse(JSON.stringify(parsed.document)) as TerraformDocument, locate: parsed.locate };
};


describe('Terraform JSON syntax', () => {
  it('reads blocks, labels, arguments, templates, meta-arguments and nested blocks as native HCL would', () => {
    const { document } = loadOne({ 'cdk.tf.json': CDK });
    assert.equal(inputSchemaErrors('terraform', document), '');
    assert.deepEqual(
      document.resources.map((r: NormalizedResource) => [r.id, r['provider'], r['count'] ?? null, r['config']]),
      [
        ['aws_s3_bucket.records', 'aws', null, { bucket: 'acme-records-prod', tags: { Name: 'records', Env: 'prod' } }],
        [
          'aws_s3_bucket_versioning.records',
          'aws',
          null,
          { bucket: { __unknown__: 'aws_s3_bucket.records.id', refs: ['aws_s3_bucket.records.id'] }, versioning_configuration: { status: 'Enabled' } },
        ],
        [
          'aws_db_instance.main',
          'aws.us',
          1,
          {
            engine: 'postgres',
            password: { __unknown__: 'var.db_password', refs: ['var.db_password'] },
            storage_encrypted: false,
            dynamic: { blue_green_update: [{ for_each: [], content: [{ enabled: true }] }] },
          },
        ],
        ['data.aws_caller_identity.current', 'aws', null, {}],
      ],
    );
    assert.deepEqual(document.providers.map((p) => [p.id, p['config']]), [
      ['provider.aws', { region: 'eu-west-1' }],
      ['provider.aws.us', { region: 'us-east-1' }],
    ]);
    assert.deepEqual(document.variables.map((v) => [v.id, v['sensitive']]), [['var.db_password', true]]);
    assert.deepEqual(document.locals, { env: 'prod' });
    assert.deepEqual(document.modules.map((m) => [m.id, m['source'], m['source_type'], m['config']]), [['module.net', './modules/net', 'local', { cidr: '10.0.0.0/16' }]]);
    assert.deepEqual(document.outputs.map((o) => o.id), ['output.bucket']);
  });

  it('locates resources and arguments at their place in the JSON', () => {
    const { document, locate } = loadOne({ 'cdk.tf.json': CDK });
    const bucket = document.resources.find((r) => r.id === 'aws_s3_bucket.records')!;
    assert.deepEqual([bucket.file, bucket.startLine, bucket.endLine], ['cdk.tf.json', lineOf(CDK, '"records": {\n        "//"'), lineOf(CDK, '"Env"') + 1]);
    assert.equal(locate('aws_db_instance.main', ['config', 'storage_encrypted'])?.startLine, lineOf(CDK, '"storage_encrypted"'));
    assert.equal(locate('aws_s3_bucket.records', ['config', 'tags', 'Env'])?.startLine, lineOf(CDK, '"Env"'));
    assert.equal(locate('var.db_password', [])?.startLine, lineOf(CDK, '"db_password"'));
  });

  it('merges with .tf files of the same folder, and an override .tf.json replaces arguments', () => {
    const { document } = loadOne({
      'main.tf': 'resource "aws_s3_bucket" "native" {\n  bucket = "native"\n}\n',
      'gen.tf.json': '{"resource": {"aws_s3_bucket": {"generated": {"bucket": "${aws_s3_bucket.native.bucket}-copy"}}}}',
      'gen_override.tf.json': '{"resource": {"aws_s3_bucket": {"native": {"force_destroy": true}}}}',
    });
    assert.deepEqual(
      document.resources.map((r) => [r.id, r['config']]),
      [
        ['aws_s3_bucket.generated', { bucket: { __unknown__: '"${aws_s3_bucket.native.bucket}-copy"', refs: ['aws_s3_bucket.native.bucket'] } }],
        ['aws_s3_bucket.native', { bucket: 'native', force_destroy: true }],
      ],
    );
  });

  it('keeps a JSON escape HCL does not know as the literal string', () => {
    const body = parseTerraformJson('{"locals": {"path": "a\\/b", "t": "x-${local.path}"}}', 'l.tf.json');
    const locals = body.blocks[0]!.body.attributes.map((a) => [a.name, a.expr.kind]);
    assert.deepEqual(locals, [
      ['path', 'literal'],
      ['t', 'template'],
    ]);
  });

  it('reports an invalid template in a string at its place', () => {
    const result = loadTerraform('.', [{ path: 'main.tf.json', text: '{\n  "locals": {\n    "x": "a-${var.}"\n  }\n}\n' }]);
    assert.deepEqual([result.documents, result.errors.map((e) => [e.file, e.line])], [[], [['main.tf.json', 3]]]);
  });

  it('reports invalid JSON with its line and column, and a top level that is not an object', () => {
    const broken = loadTerraform('.', [{ path: 'main.tf.json', text: '{\n  "resource": {\n    "aws_s3_bucket": {"b": {"bucket": "x",}}\n  }\n}\n' }]);
    assert.deepEqual(broken.documents, []);
    assert.equal(broken.errors.length, 1);
    assert.deepEqual([broken.errors[0]!.file, broken.errors[0]!.line], ['main.tf.json', 3]);
    assert.match(broken.errors[0]!.reason, /^Invalid JSON: /);
    const list = loadTerraform('.', [{ path: 'main.tf.json', text: '[1, 2]' }]);
    assert.deepEqual(list.errors, [{ file: 'main.tf.json', reason: 'a .tf.json file must hold one JSON object', line: 1, column: 1 }]);
  });

  it('is scanned end to end: findings point into the JSON, and the module graph reads its calls', async () => {
    const project = tempProject({
      'cdk.tf.json': CDK,
      'modules/net/main.tf': 'provider "aws" {\n  alias = "net"\n}\nresource "aws_vpc" "v" {\n  provider   = aws.net\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    try {
      const result = await scan({ paths: [project.dir] });
      assert.deepEqual([result.errors, result.coverage.skipped], [[], []]);
      const on = (id: string): Array<[string, number]> => result.findings.filter((f) => f.ruleId === id).map((f) => [f.location.file, f.location.startLine]);
      assert.deepEqual(on('EVD-TF-002'), [['cdk.tf.json', lineOf(CDK, '"storage_encrypted"')]]);
      // Versioning is declared as a separate resource in the JSON.
      assert.deepEqual(on('EVD-TF-051'), []);
      // The child module that the JSON calls is not a root, although it declares a provider block.
      assert.deepEqual(on('EVD-TF-042'), [['cdk.tf.json', lineOf(CDK, '"aws": [')]]);
    } finally {
      project.cleanup();
    }
  });
});
