// Checks gated by trigger types (src/checks/triggers.ts, policies/main/main.rego): the analysis
// on small modules parsed with `opa parse` (skipped without opa; CI installs it), the triggers
// recorded in the bundle, and gated evaluation giving exactly the findings of ungated evaluation
// on every Terraform and CloudFormation example and test project.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { load } from 'js-yaml';
import type { BundleManifest } from '../../src/checks/manifest.js';
import { TriggerAnalysis, type ParsedModule } from '../../src/checks/triggers.js';
import { DEFAULT_BUNDLE_DIR, gatesOf, PolicyEngine } from '../../src/engine/rego.js';
import { scan, type ScanResult } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import { findOpa } from '../../scripts/find-opa.js';
import { tempProject } from '../helpers/temp-project.js';


const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;
const opa = findOpa();

describe('trigger analysis (src/checks/triggers.ts)', { skip: opa === undefined ? 'opa is not installed' : false }, () => {
  const lib = `package evident.lib.cloudformation

by_type := {type: [r | some r in input.resources; r.type == type] | some r in input.resources; type := r.type}

resources(type) := rs if rs := by_type[type]

resources_of(types) := [r | some type in types; some r in resources(type)]

parameters := [p | some p in input.parameters]
`;
  const dir = mkdtempSync(join(tmpdir(), 'evident-triggers-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const parse = (text: string): ParsedModule => {
    const file = join(dir, `m${n++}.rego`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync(opa!, ['parse', '--format', 'json', '--json-include', '-comments', file], { encoding: 'utf8' })) as ParsedModule;
  };
  let library: ParsedModule | undefined;
  /** The triggers of a check package `c` written as `body` (after the package and imports). */
  const triggersOf = (body: string): string[] | undefined => {
    library ??= parse(lib);
    const check = parse(`package evident.checks.cloudformation.c\n\nimport data.evident.lib.cloudformation as cfn\n\n${body}`);
    return new TriggerAnalysis([library, check]).triggersOf('data.evident.checks.cloudformation.c');
  };

  it('a deny rule that iterates over the resources of a literal type is triggered by that type', () => {
    assert.deepEqual(triggersOf('deny contains r.id if {\n\tsome r in cfn.resources("AWS::S3::Bucket")\n\tnot r.properties.X\n}'), ['AWS::S3::Bucket']);
  });

  it('types may come from a literal list, an object\'s keys, a rule holding a literal, or a rule whose value is a collection of resources', () => {
    assert.deepEqual(
      triggersOf('deny contains r.id if {\n\tsome t in ["B", "A"]\n\tsome r in cfn.resources(t)\n}\n\ndeny contains r.id if {\n\tsome t, _ in {"C": 1}\n\tsome r in cfn.resources(t)\n}'),
      ['A', 'B', 'C'],
    );
    assert.deepEqual(triggersOf('kind := "D"\n\ndeny contains r.id if {\n\tsome r in cfn.resources(kind)\n}'), ['D']);
    assert.deepEqual(triggersOf('domains := cfn.resources_of(["E", "F"])\n\ndeny contains d.id if {\n\tsome d in domains\n}'), ['E', 'F']);
    assert.deepEqual(triggersOf('kinds := {"J", "I"}\n\ndeny contains r.id if {\n\tsome r in cfn.resources_of(kinds)\n}'), ['I', 'J']);
    assert.deepEqual(triggersOf('buckets contains r if {\n\tsome r in cfn.resources("G")\n}\n\ndeny contains b.id if {\n\tsome b in buckets\n}'), ['G']);
    assert.deepEqual(triggersOf('deny contains r.id if {\n\tsome r in input.resources\n\tr.type == "H"\n}'), ['H']);
  });

  it('gives no triggers when any deny rule could report without such a resource', () => {
    // Parameters, not resources.
    assert.equal(triggersOf('deny contains p.name if {\n\tsome p in cfn.parameters\n}'), undefined);
    // One rule guarded, one not.
    assert.equal(triggersOf('deny contains r.id if {\n\tsome r in cfn.resources("A")\n}\n\ndeny contains "x" if {\n\tinput.x\n}'), undefined);
    // The generator is negated.
    assert.equal(triggersOf('deny contains "x" if {\n\tnot any_bucket\n}\n\nany_bucket if {\n\tsome _ in cfn.resources("A")\n}'), undefined);
    // A type that is not literal, and a list whose rule is conditional.
    assert.equal(triggersOf('deny contains r.id if {\n\tsome r in cfn.resources(input.kind)\n}'), undefined);
    assert.equal(triggersOf('kinds := {"A"} if input.x\n\ndeny contains r.id if {\n\tsome r in cfn.resources_of(kinds)\n}'), undefined);
    // A collection rule with a default value or an else.
    assert.equal(triggersOf('default found := ["x"]\n\nfound := [r | some r in cfn.resources("A")]\n\ndeny contains x if {\n\tsome x in found\n}'), undefined);
    // A local variable shadows nothing: bound to input, not to a rule.
    assert.equal(triggersOf('deny contains x if {\n\txs := input.things\n\tsome x in xs\n}'), undefined);
  });
});

describe('check triggers in the bundle', () => {
  it('records the triggers of gated checks, and none for checks that read more than resources', () => {
    const byId = new Map(manifest.checks.map((c) => [c.id, c]));
    assert.deepEqual(byId.get('EVD-CFN-039')?.triggers, ['AWS::KMS::Key']);
    assert.deepEqual(byId.get('EVD-TF-001')?.triggers, ['aws_s3_bucket']);
    // Types reached through a literal object's keys (EVD-CFN-034's secret_properties).
    assert.deepEqual(byId.get('EVD-CFN-034')?.triggers?.slice(0, 4), ['AWS::AmazonMQ::Broker', 'AWS::Amplify::App', 'AWS::Amplify::Branch', 'AWS::CodeBuild::SourceCredential']);
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

  it('data.gates lists every check of a gated type once: always, or under each of its trigger types', () => {
    const gates = gatesOf(manifest);
    for (const type of ['terraform', 'cloudformation']) {
      const checks = manifest.checks.filter((c) => c.key.startsWith(`${type}.`)).map((c) => c.key.slice(type.length + 1)).sort();
      const gate = gates[type]!;
      const listed = new Set([...gate.always, ...Object.values(gate.by_type).flat()]);
      assert.deepEqual([...listed].sort(), checks, type);
      assert.ok(gate.always.every((name) => Object.values(gate.by_type).every((names) => !names.includes(name))), type);
    }
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
        const examples = load(readFileSync(join(packageRoot, check.source.replace(/\.rego$/, '.examples.yaml')), 'utf8')) as Record<'deny' | 'allow', Array<{ files: Record<string, string> }>>;
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
