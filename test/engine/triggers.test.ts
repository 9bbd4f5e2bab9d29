// Checks gated by trigger types (src/checks/triggers.ts, policies/main/main.rego): the analysis
// on small modules parsed with `opa parse` (skipped without opa; CI installs it), the triggers
// recorded in the bundle, and gated evaluation giving exactly the findings of ungated evaluation
// on every Terraform and CloudFormation example and test project.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { readExamples } from '../../src/checks/doc.js';
import type { BundleManifest } from '../../src/checks/manifest.js';
import { TriggerAnalysis, type ParsedModule } from '../../src/checks/triggers.js';
import { DEFAULT_BUNDLE_DIR, gatesOf, POLICY_MEMORY, PolicyEngine } from '../../src/engine/rego.js';
import { scan, type ScanResult } from '../../src/index.js';

const { loadPolicySync } = createRequire(import.meta.url)('@open-policy-agent/opa-wasm') as typeof import('@open-policy-agent/opa-wasm');
import { packageRoot } from '../../src/package-root.js';
import { findOpa, parseRego } from '../../scripts/find-opa.js';
import { tempProject } from '../helpers/temp-project.js';

const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;
const opa = findOpa();

describe('trigger analysis (src/checks/triggers.ts)', { skip: opa === undefined ? 'opa is not installed' : false }, () => {
  const lib = `package evident.lib.cloudformation

by_type := {type: [r | some r in input.resources; r.type == type] | some r in input.resources; type := r.type}

resources(type) := rs if rs := by_type[type]

resources_of(types) := [r | some type in types; some r in resources(type)]

parameters := [p | some p in input.parameters]

known_kinds := ["N", "M"]

conditional_kinds := ["O"] if input.x
`;
  const dir = mkdtempSync(join(tmpdir(), 'evident-triggers-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const parse = (text: string): Promise<ParsedModule> => {
    const file = join(dir, `m${n++}.rego`);
    writeFileSync(file, text);
    return parseRego(opa!, file);
  };
  let library: Promise<ParsedModule> | undefined;
  /** The triggers of a check package `c` written as `body` (after the package and imports). */
  const triggersOf = async (body: string): Promise<string[] | undefined> => {
    library ??= parse(lib);
    const check = await parse(`package evident.checks.cloudformation.c\n\nimport data.evident.lib.cloudformation as cfn\n\n${body}`);
    return new TriggerAnalysis([await library, check]).triggersOf('data.evident.checks.cloudformation.c');
  };

  it('a deny rule that iterates over the resources of a literal type is triggered by that type', async () => {
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tsome r in cfn.resources("AWS::S3::Bucket")\n\tnot r.properties.X\n}'), ['AWS::S3::Bucket']);
  });

  it('types may come from a literal list, an object\'s keys or values, a rule holding a literal, local variables, or a rule whose value is a collection of resources', async () => {
    assert.deepEqual(
      await triggersOf('deny contains r.id if {\n\tsome t in ["B", "A"]\n\tsome r in cfn.resources(t)\n}\n\ndeny contains r.id if {\n\tsome t, _ in {"C": 1}\n\tsome r in cfn.resources(t)\n}'),
      ['A', 'B', 'C'],
    );
    assert.deepEqual(await triggersOf('kind := "D"\n\ndeny contains r.id if {\n\tsome r in cfn.resources(kind)\n}'), ['D']);
    assert.deepEqual(await triggersOf('domains := cfn.resources_of(["E", "F"])\n\ndeny contains d.id if {\n\tsome d in domains\n}'), ['E', 'F']);
    assert.deepEqual(await triggersOf('kinds := {"J", "I"}\n\ndeny contains r.id if {\n\tsome r in cfn.resources_of(kinds)\n}'), ['I', 'J']);
    assert.deepEqual(await triggersOf('buckets contains r if {\n\tsome r in cfn.resources("G")\n}\n\ndeny contains b.id if {\n\tsome b in buckets\n}'), ['G']);
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tsome r in input.resources\n\tr.type == "H"\n}'), ['H']);
    // The values of a literal object are literal too.
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tsome _, t in {"C": "X"}\n\tsome r in cfn.resources(t)\n}'), ['X']);
    // Through local variables, in a comprehension too.
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tks := ["K"]\n\tsome k in ks\n\trs := [r | some r in cfn.resources(k)]\n\tsome r in rs\n}'), ['K']);
    assert.deepEqual(await triggersOf('kind := "L"\n\nrs := cfn.resources(kind)\n\ndeny contains r.id if {\n\tsome r in rs\n}'), ['L']);
    // A library's rule holding a literal, iterated or passed whole.
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tsome t in cfn.known_kinds\n\tsome r in cfn.resources(t)\n}'), ['M', 'N']);
    assert.deepEqual(await triggersOf('deny contains r.id if {\n\tsome r in cfn.resources_of(cfn.known_kinds)\n}'), ['M', 'N']);
  });

  /** Asserts that none of the cases (check bodies, by what each shows) has triggers, all compared at once. */
  const assertNoTriggers = async (cases: Record<string, string>): Promise<void> => {
    const labels = Object.keys(cases);
    const found = await Promise.all(labels.map((label) => triggersOf(cases[label]!)));
    assert.deepEqual(Object.fromEntries(labels.map((label, i) => [label, found[i]])), Object.fromEntries(labels.map((label) => [label, undefined])));
  };

  it('gives no triggers when any deny rule could report without such a resource', async () => {
    await assertNoTriggers({
      'parameters, not resources': 'deny contains p.name if {\n\tsome p in cfn.parameters\n}',
      'one rule guarded, one not': 'deny contains r.id if {\n\tsome r in cfn.resources("A")\n}\n\ndeny contains "x" if {\n\tinput.x\n}',
      'the generator is negated': 'deny contains "x" if {\n\tnot any_bucket\n}\n\nany_bucket if {\n\tsome _ in cfn.resources("A")\n}',
      'a type that is not literal': 'deny contains r.id if {\n\tsome r in cfn.resources(input.kind)\n}',
      'a list whose rule is conditional': 'kinds := {"A"} if input.x\n\ndeny contains r.id if {\n\tsome r in cfn.resources_of(kinds)\n}',
      'a library list whose rule is conditional': 'deny contains r.id if {\n\tsome t in cfn.conditional_kinds\n\tsome r in cfn.resources(t)\n}',
      'a library rule that does not exist': 'deny contains r.id if {\n\tsome r in cfn.resources_of(cfn.no_such_kinds)\n}',
      'a collection rule with a default value': 'default found := ["x"]\n\nfound := [r | some r in cfn.resources("A")]\n\ndeny contains x if {\n\tsome x in found\n}',
      'a local variable bound to input, not to a rule': 'deny contains x if {\n\txs := input.things\n\tsome x in xs\n}',
      'a type test that is not an equality': 'deny contains r.id if {\n\tsome r in input.resources\n\tr.type != "H"\n}',
    });
  });

  it('gives no triggers when a name that is also a rule is a parameter or a variable of an enclosing body', async () => {
    await assertNoTriggers({
      'a function\'s parameter, not the rule `kinds`': 'kinds := ["A"]\n\nof(kinds) := cfn.resources_of(kinds)\n\ndeny contains r.id if {\n\tsome r in of(input.wanted)\n}',
      'a function\'s parameter, in a comprehension': 'kinds := ["A"]\n\nof(kinds) := [r | some r in cfn.resources_of(kinds)]\n\ndeny contains r.id if {\n\tsome r in of(input.wanted)\n}',
      'the rule body\'s `kind`, seen from a comprehension, not the rule `kind`': 'kind := "A"\n\ndeny contains r.id if {\n\tsome kind in input.ks\n\trs := [r | some r in cfn.resources(kind)]\n\tsome r in rs\n}',
      'a variable bound by an assigned pattern': 'kind := "A"\n\ndeny contains r.id if {\n\t[kind, _] := input.pair\n\tsome r in cfn.resources(kind)\n}',
      'a variable bound by a `some` pattern': 'kind := "A"\n\ndeny contains r.id if {\n\tsome [kind, _] in input.pairs\n\tsome r in cfn.resources(kind)\n}',
      'a collection variable of the rule body, iterated in a comprehension': 'xs := cfn.resources("A")\n\ndeny contains r.id if {\n\tsome xs in input.lists\n\trs := [r | some r in xs]\n\tsome r in rs\n}',
    });
  });
});

describe('check triggers in the bundle', () => {
  it('records the triggers of gated checks, and none for checks that read more than resources', () => {
    const byId = new Map(manifest.checks.map((c) => [c.id, c]));
    assert.deepEqual(byId.get('EVD-CFN-039')?.triggers, ['AWS::KMS::Key']);
    assert.deepEqual(byId.get('EVD-TF-001')?.triggers, ['aws_s3_bucket']);
    // Types reached through a literal object's keys (EVD-CFN-034's secret_properties), a literal
    // set passed to resources_of (its cache users) and a literal type (its Glue connections).
    assert.deepEqual(byId.get('EVD-CFN-034')?.triggers, [
      'AWS::AmazonMQ::Broker', 'AWS::Amplify::App', 'AWS::Amplify::Branch', 'AWS::CodeBuild::SourceCredential', 'AWS::DMS::Endpoint',
      'AWS::DataSync::LocationObjectStorage', 'AWS::DataSync::LocationSMB',
      'AWS::DirectoryService::MicrosoftAD', 'AWS::DirectoryService::SimpleAD', 'AWS::DocDB::DBCluster', 'AWS::DocDBElastic::Cluster',
      'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::User',
      'AWS::Elasticsearch::Domain', 'AWS::Glue::Connection', 'AWS::IAM::User', 'AWS::Lightsail::Database', 'AWS::MemoryDB::User',
      'AWS::Neptune::DBCluster', 'AWS::OpenSearchService::Domain', 'AWS::RDS::DBCluster',
      'AWS::RDS::DBInstance', 'AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace', 'AWS::SecretsManager::Secret', 'Alexa::ASK::Skill',
    ]);
    // Parameters and the module as a whole (CloudTrail present at all) are not resources of a type.
    assert.equal(byId.get('EVD-CFN-029')?.triggers, undefined);
    assert.equal(byId.get('EVD-TF-042')?.triggers, undefined);
    // Only Terraform and CloudFormation are gated.
    assert.ok(manifest.checks.every((c) => c.triggers === undefined || c.key.startsWith('terraform.') || c.key.startsWith('cloudformation.')));
  });

  it('a gated check selects every type that triggers it (selector.resources counts what the check applies to)', () => {
    const missing = manifest.checks
      .filter((c) => c.triggers !== undefined)
      .map((c) => ({ id: c.id, missing: c.triggers!.filter((type) => !(c.selector.resources ?? []).includes(type)) }))
      .filter((c) => c.missing.length > 0);
    assert.deepEqual(missing, []);
  });

  it('no check has empty triggers (it would never be evaluated)', () => {
    assert.deepEqual(manifest.checks.filter((c) => c.triggers !== undefined && c.triggers.length === 0).map((c) => c.id), []);
  });

  it('data.gates lists each check of a gated input type always, or under each of its trigger types, and every check of another input type always', () => {
    const check = (input: string, slug: string, triggers?: string[]): BundleManifest['checks'][number] =>
      ({ id: slug, slug, selector: { input }, key: `${input}.${slug}`, ...(triggers !== undefined ? { triggers } : {}) }) as BundleManifest['checks'][number];
    const small = {
      checks: [check('cloudformation', 'a'), check('cloudformation', 'b', ['AWS::S3::Bucket', 'AWS::KMS::Key']), check('cloudformation', 'c', ['AWS::KMS::Key']), check('kubernetes', 'd')],
    } as BundleManifest;
    assert.deepEqual(gatesOf(small), {
      cloudformation: { always: ['a'], by_type: { 'AWS::S3::Bucket': ['b'], 'AWS::KMS::Key': ['b', 'c'] } },
      kubernetes: { always: ['d'], by_type: {} },
    });
    assert.deepEqual(gatesOf(small, { ungated: true }), {
      cloudformation: { always: ['a', 'b', 'c'], by_type: {} },
      kubernetes: { always: ['d'], by_type: {} },
    });
  });

  it('every input type with checks has a gate: the entrypoint evaluates no check of a type without one', () => {
    const gates = gatesOf(manifest);
    const types = [...new Set(manifest.checks.map((c) => c.selector.input))].sort();
    assert.deepEqual(Object.keys(gates).sort(), types);
    for (const type of types) {
      const named = new Set([...gates[type]!.always, ...Object.values(gates[type]!.by_type).flat()]);
      assert.deepEqual(manifest.checks.filter((c) => c.selector.input === type && !named.has(c.slug)).map((c) => c.id), [], type);
    }
    // The entrypoint itself: a template with findings, evaluated with and without its type's gate.
    const policy = loadPolicySync(readFileSync(join(DEFAULT_BUNDLE_DIR, 'policy.wasm')), POLICY_MEMORY);
    const template = {
      type: 'cloudformation', path: 't.yaml', files: ['t.yaml'], format: 'yaml', parameters: [], outputs: [], conditions: [],
      resources: [{ id: 'Records', type: 'AWS::S3::Bucket', properties: { AccessControl: 'PublicRead' }, dependsOn: [], file: 't.yaml', startLine: 1, endLine: 9 }],
    };
    const checksWithFindings = (data: object): string[] => {
      policy.setData({ settings: { allowed_regions: [] }, ...data });
      const [first] = policy.evaluate(template) as Array<{ result: Record<string, unknown[]> }>;
      return Object.keys(first?.result ?? {}).sort();
    };
    assert.deepEqual(checksWithFindings({ gates }), ['s3_bucket_access_logging', 's3_bucket_unencrypted', 's3_bucket_versioning', 's3_public_access_block']);
    const { cloudformation: _, ...others } = gates;
    assert.deepEqual(checksWithFindings({ gates: others }), []);
    assert.deepEqual(checksWithFindings({}), []);
  });
});

describe('gated evaluation finds what ungated evaluation finds', () => {
  const configure = PolicyEngine.prototype.configure;
  let ungated = false;
  before(() => {
    PolicyEngine.prototype.configure = function (this: PolicyEngine, settings) {
      configure.call(this, { ...settings, ungated });
    };
  });
  after(() => {
    PolicyEngine.prototype.configure = configure;
  });
  const both = async (paths: string[]): Promise<[ScanResult, ScanResult]> => {
    ungated = false;
    const gated = await scan({ paths, now: new Date('2026-01-01T00:00:00Z') });
    ungated = true;
    const all = await scan({ paths, now: new Date('2026-01-01T00:00:00Z') });
    return [gated, all];
  };
  const comparable = (result: ScanResult): unknown => ({ findings: result.findings, errors: result.errors, checks: result.checks });

  for (const type of ['terraform', 'cloudformation']) {
    it(`on every ${type} example, each in its own folder`, async () => {
      const files: Record<string, string> = {};
      let i = 0;
      for (const check of manifest.checks.filter((c) => c.key.startsWith(`${type}.`))) {
        const examples = readExamples(check);
        for (const example of [...examples.deny, ...examples.allow]) {
          const folder = `example-${String(i++).padStart(4, '0')}`;
          for (const [path, text] of Object.entries(example.files)) files[`${folder}/${path}`] = text;
        }
      }
      const { dir, cleanup } = tempProject(files);
      try {
        const [gated, all] = await both([dir]);
        assert.ok(all.findings.length > 100, `${all.findings.length} findings`);
        assert.deepEqual(comparable(gated), comparable(all));
      } finally {
        cleanup();
      }
    });
  }

  it('on the Terraform and CloudFormation test projects', async () => {
    for (const project of ['tf-aws-legacy', 'tf-aws-modern', 'tf-registry-modules', 'cfn-stacks']) {
      const [gated, all] = await both([join(packageRoot, 'test/projects', project)]);
      assert.ok(all.findings.length > 0, project);
      assert.deepEqual(comparable(gated), comparable(all), project);
    }
  });
});
