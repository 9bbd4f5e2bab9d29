// Terraform plan JSON: detection by content, the normalized document built
// from planned_values + resource_changes + configuration (checked against the
// terraform input schema), source lines found in the JSON text, malformed
// JSON reported with line and column, and checks firing on a plan end to end.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectStructured } from '../../src/discover/detect.js';
import { scan } from '../../src/index.js';
import { isTerraformPlan, loadTerraformPlan, parseJsonWithPositions } from '../../src/parsers/terraform-plan.js';
import { loadTerraform } from '../../src/parsers/terraform.js';
import type { NormalizedResource, ParsedDocument } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { tempProject } from '../helpers/temp-project.js';

const fixture = fileURLToPath(new URL('./fixtures/terraform-plan/plan.json', import.meta.url));
const text = readFileSync(fixture, 'utf8');
const lines = text.split('\n');

function load(): ParsedDocument {
  const result = loadTerraformPlan({ path: 'plan.json', text });
  assert.deepEqual(result.errors, []);
  assert.equal(result.documents.length, 1);
  return result.documents[0]!;
}

type PlanResource = NormalizedResource & { config: Record<string, unknown> };

function resource(parsed: ParsedDocument, id: string): PlanResource {
  const found = parsed.document.resources.find((r) => r.id === id);
  assert.ok(found, `no resource ${id}`);
  return JSON.parse(JSON.stringify(found)) as PlanResource;
}

describe('terraform plan: detection', () => {
  it('recognises plan JSON by its top-level keys, and nothing else', () => {
    assert.equal(isTerraformPlan(text), true);
    assert.equal(isTerraformPlan('{"format_version":"1.0","terraform_version":"1.5.0","values":{"root_module":{}}}'), false, 'a state file is not a plan');
    assert.equal(isTerraformPlan('{"apiVersion":"v1","kind":"ConfigMap","planned_values":1}'), false);
    assert.equal(isTerraformPlan('["format_version","terraform_version","planned_values"]'), false);
    assert.equal(detectStructured('infra/plan.json', text, 'json'), 'terraform');
    assert.equal(detectStructured('infra/plan.json', text, 'yaml'), detectStructured('x.yaml', 'a: 1', 'yaml'), 'plans are JSON only');
  });
});

describe('terraform plan: document', () => {
  it('turns every planned resource instance (root and child modules) into a resource addressed by its full address', () => {
    const parsed = load();
    const doc = parsed.document;
    assert.equal(inputSchemaErrors('terraform', JSON.parse(JSON.stringify(doc))), '');
    assert.equal(doc.type, 'terraform');
    assert.equal(doc.format, 'plan');
    assert.equal(doc.path, 'plan.json');
    assert.deepEqual(doc.files, ['plan.json']);
    assert.deepEqual(
      doc.resources.map((r) => r.id),
      [
        'aws_s3_bucket.records',
        'aws_s3_bucket_versioning.records',
        'aws_db_instance.main[0]',
        'aws_db_instance.main[1]',
        'aws_s3_bucket.replica',
        'module.logs.aws_cloudwatch_log_group.this',
      ],
    );
    const db = resource(parsed, 'aws_db_instance.main[1]');
    assert.equal(db.type, 'aws_db_instance');
    assert.equal(db.name, 'main');
    assert.equal(db.mode, 'managed');
    assert.equal(db.index, 1);
    assert.equal(db.provider, 'aws');
    assert.deepEqual(db.config, {
      engine: 'postgres',
      instance_class: 'db.t4g.medium',
      storage_encrypted: false,
      publicly_accessible: false,
      backup_retention_period: 7,
      id: { __unknown__: 'aws_db_instance.main[1].id (known after apply)' },
      kms_key_id: { __unknown__: 'aws_db_instance.main[1].kms_key_id (known after apply)' },
    });
    const logs = resource(parsed, 'module.logs.aws_cloudwatch_log_group.this');
    assert.equal(logs.module, 'module.logs');
    assert.deepEqual(logs.config.kms_key_id, { __unknown__: 'module.logs.aws_cloudwatch_log_group.this.kms_key_id (known after apply)', refs: ['module.logs.var.kms_key_id'] });
    assert.equal(resource(parsed, 'aws_s3_bucket.replica').provider, 'aws.us');
  });

  it('makes after_unknown values unknown sentinels carrying the references of their expression', () => {
    const versioning = resource(load(), 'aws_s3_bucket_versioning.records');
    assert.deepEqual(versioning.config.bucket, {
      __unknown__: 'aws_s3_bucket_versioning.records.bucket (known after apply)',
      refs: ['aws_s3_bucket.records', 'aws_s3_bucket.records.id'],
    });
    // Nested: a known block keeps its known values; only the unknown leaf changes.
    assert.deepEqual(versioning.config.versioning_configuration, [
      { mfa_delete: { __unknown__: 'aws_s3_bucket_versioning.records.versioning_configuration[0].mfa_delete (known after apply)' }, status: 'Enabled' },
    ]);
    // An empty after_unknown object keeps the known value as it is.
    assert.deepEqual(resource(load(), 'aws_s3_bucket.records').config.tags, { environment: 'prod' });
  });

  it('takes providers and module calls from the configuration', () => {
    const doc = load().document as unknown as { providers: NormalizedResource[]; modules: NormalizedResource[] };
    assert.deepEqual(
      doc.providers.map((p) => ({ id: p.id, alias: p.alias, config: p.config })),
      [
        { id: 'provider.aws', alias: undefined, config: { region: 'eu-west-1' } },
        { id: 'provider.aws.us', alias: 'us', config: { region: 'us-east-1' } },
      ],
    );
    assert.deepEqual(
      doc.modules.map((m) => ({ id: m.id, source: m.source, source_type: m.source_type, config: m.config })),
      [
        { id: 'module.logs', source: './modules/logs', source_type: 'local', config: { name: '/app/prod' } },
        { id: 'module.vpc', source: 'terraform-aws-modules/vpc/aws', source_type: 'registry', config: { name: 'main' } },
      ],
    );
  });

  it('locates each resource at its object in the JSON text, and a config path at its key', () => {
    const parsed = load();
    const db = resource(parsed, 'aws_db_instance.main[1]');
    assert.equal(lines[db.startLine - 1]!.trim(), '{');
    assert.match(lines[db.startLine]!, /"address": "aws_db_instance\.main\[1\]"/);
    assert.equal(lines[db.endLine - 1]!.trim(), '},');
    const range = parsed.locate('aws_db_instance.main[1]', ['config', 'storage_encrypted']);
    assert.ok(range);
    assert.ok(range.startLine > db.startLine && range.startLine < db.endLine);
    assert.match(lines[range.startLine - 1]!, /"storage_encrypted": false/);
    const provider = parsed.locate('provider.aws.us', ['config', 'region']);
    assert.ok(provider);
    assert.match(lines[provider.startLine - 1]!, /"aws\.us": \{/);
    assert.equal(parsed.locate('aws_db_instance.nope', []), undefined);
  });
});

describe('terraform plan: errors', () => {
  it('reports malformed JSON with its line and column, and the scan goes on', () => {
    const result = loadTerraformPlan({ path: 'plan.json', text: '{\n  "format_version": "1.2",\n  "terraform_version": "1.9.5",\n  "planned_values": {,}\n}\n' });
    assert.deepEqual(result.documents, []);
    assert.deepEqual(result.errors, [{ file: 'plan.json', reason: "Invalid JSON: expected a property name, unexpected character \",\" at line 4 column 22", line: 4, column: 22 }]);
  });

  it('parses like JSON.parse and refuses what JSON.parse refuses', () => {
    for (const good of ['{"a":[1,-2.5e3,true,null,"x\\u00e9\\n"],"a":{"b":{}}}', '[]', '"s"', '\ufeff{"x":1}']) {
      assert.deepEqual(parseJsonWithPositions(good).value, JSON.parse(good.replace(/^\ufeff/, '')));
    }
    for (const bad of ['{"a":1,}', '[1,]', "{'a':1}", '{"a":01}', '{"a":1} x', '{"a":"\\x"}', '', '{"a":', '[' .repeat(600) + ']'.repeat(600)]) {
      assert.throws(() => parseJsonWithPositions(bad), /Invalid JSON: .* at line \d+ column \d+/, bad.slice(0, 20));
    }
  });

  it('reports a plan whose planned_values is not an object', () => {
    const result = loadTerraformPlan({ path: 'p.json', text: '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":[]}' });
    assert.deepEqual(result.errors, [{ file: 'p.json', reason: 'Not a Terraform plan: no planned_values object' }]);
  });

  it('loads a plan next to a module as a document of its own, and skips other JSON', () => {
    const result = loadTerraform('.', [
      { path: 'main.tf', text: 'resource "aws_s3_bucket" "b" {}\n' },
      { path: 'plan.json', text },
      { path: 'other.json', text: '{"a":1}' },
    ]);
    assert.deepEqual(result.documents.map((d) => d.document.path), ['.', 'plan.json']);
    assert.deepEqual(result.skipped, [{ file: 'other.json', reason: 'JSON file that is not a Terraform plan' }]);
  });
});

describe('terraform plan: checks through the bundle', () => {
  it('reports each count instance once, at its own lines, and reads the residency setting', async () => {
    const { dir, cleanup } = tempProject({
      'infra/plan.json': text,
      '.evident.yml': 'gdpr:\n  allowedRegions: [eu-west-1]\n',
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, []);
      const of = (id: string): Array<{ resource?: string; line: number }> =>
        result.findings.filter((f) => f.ruleId === id).map((f) => ({ resource: f.resource, line: f.location.startLine }));
      const db0 = lines.findIndex((l) => l.includes('"address": "aws_db_instance.main[0]"'));
      const db1 = lines.findIndex((l) => l.includes('"address": "aws_db_instance.main[1]"'));
      // EVD-TF-002 (storage unencrypted) at the storage_encrypted key of each instance.
      assert.deepEqual(of('EVD-TF-002'), [
        { resource: 'aws_db_instance.main[0]', line: lines.findIndex((l, i) => i > db0 && l.includes('"storage_encrypted"')) + 1 },
        { resource: 'aws_db_instance.main[1]', line: lines.findIndex((l, i) => i > db1 && l.includes('"storage_encrypted"')) + 1 },
      ]);
      // The versioning resource refers to its bucket through after_unknown + configuration
      // references: only the replica bucket, which has none, lacks versioning.
      assert.deepEqual(of('EVD-TF-051').map((f) => f.resource), ['aws_s3_bucket.replica']);
      // Residency: the "us" provider configuration is used by the replica bucket.
      assert.deepEqual(of('EVD-TF-059').map((f) => f.resource), ['provider.aws.us']);
      // Module calls: the registry module without a version.
      assert.deepEqual(of('EVD-TF-061').map((f) => f.resource), ['module.vpc']);
    } finally {
      cleanup();
    }
  });
});
