// A check that fails at run time (here: a rule with two values, which Rego calls a conflict) must
// cost only its own findings on the document it fails on: the others are still reported, the
// failure is listed in the scan's errors, the check's run counts it, and a control mapped to the
// check is not a pass. The bundle is compiled here from three small checks, with `opa` and the
// steps of npm run policies:build (scripts/find-opa.ts; CI builds opa; without it the suite is
// skipped with a message).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CheckInfo } from '../../src/checks/metadata.js';
import { CHECK_ENTRYPOINT, ENTRYPOINT, sha256, type BundleManifest } from '../../src/checks/manifest.js';
import type { Framework } from '../../src/controls/catalog.js';
import { evaluateControls } from '../../src/controls/evaluate.js';
import { DEFAULT_BUNDLE_DIR, PolicyEngine, type CheckFailure } from '../../src/engine/rego.js';
import { scan } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import type { CheckRun } from '../../src/scan-result.js';
import { buildWasm, findOpa } from '../../scripts/find-opa.js';
import { tempProject } from '../helpers/temp-project.js';

const CHECKS: Record<string, string> = {
  'fixture_listed.rego': `package evident.checks.terraform.fixture_listed

deny contains {"resource": r.id, "msg": concat(" ", [r.id, "is listed"])} if some r in input.resources
`,
  // Two values for one complete rule: "var assignment conflict" when a document has two resources.
  'fixture_conflict.rego': `package evident.checks.terraform.fixture_conflict

first_type := r.type if some r in input.resources

deny contains {"resource": "module", "msg": first_type} if first_type != ""
`,
  // The same conflict, in a check gated by a type no document below has (triggers in the manifest):
  // evaluated, it would fail too.
  'fixture_gated.rego': `package evident.checks.terraform.fixture_gated

first_id := r.id if some r in input.resources

deny contains {"resource": "module", "msg": first_id} if first_id != ""
`,
};

function meta(id: string, slug: string, hipaa: string, triggers?: string[]): BundleManifest['checks'][number] {
  return {
    id,
    slug,
    title: slug,
    description: `fixture check ${slug}`,
    severity: 'low',
    remediation: 'none',
    selector: { input: 'terraform', ...(triggers !== undefined ? { resources: triggers } : {}) },
    controls: { hipaa: [hipaa], gdpr: [] },
    rationale: { hipaa: 'fixture' },
    key: `terraform.${slug}`,
    source: `policies/checks/terraform/${slug}.rego`,
    ...(triggers !== undefined ? { triggers } : {}),
  } as BundleManifest['checks'][number];
}

const opa = findOpa();
let dir: string;

describe('a check that fails at run time', { skip: opa === undefined ? 'opa is not installed (go install github.com/open-policy-agent/opa@v1.22.3)' : false }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'evident-faulty-bundle-'));
    const policies = join(dir, 'policies');
    mkdirSync(join(policies, 'main'), { recursive: true });
    copyFileSync(join(packageRoot, 'policies', 'main', 'main.rego'), join(policies, 'main', 'main.rego'));
    for (const [name, text] of Object.entries(CHECKS)) writeFileSync(join(policies, name), text);
    const wasm = buildWasm(opa!, dir, ['policies'], dir);
    assert.ok(wasm, 'opa build produced no policy.wasm');
    const bundle = join(dir, 'bundle');
    mkdirSync(bundle);
    writeFileSync(join(bundle, 'policy.wasm'), wasm);
    copyFileSync(join(DEFAULT_BUNDLE_DIR, 'catalogs.json'), join(bundle, 'catalogs.json'));
    const manifest: BundleManifest = {
      schemaVersion: 1,
      entrypoint: ENTRYPOINT,
      checkEntrypoint: CHECK_ENTRYPOINT,
      opaVersion: 'test',
      wasm: { file: 'policy.wasm', sha256: sha256(wasm) },
      sources: {},
      // Controls no other check of the scan touches: 164.312(c)(1) integrity, 164.308(a)(6)(ii) incident response.
      checks: [
        meta('EVD-TF-901', 'fixture_listed', '164.308(a)(6)(ii)'),
        meta('EVD-TF-902', 'fixture_conflict', '164.312(c)(1)'),
        meta('EVD-TF-903', 'fixture_gated', '164.308(a)(6)(ii)', ['aws_lambda_function']),
      ],
    };
    writeFileSync(join(bundle, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the engine returns the other checks\' findings and passes the failure on', async () => {
    const engine = await PolicyEngine.load(join(dir, 'bundle'));
    const document = {
      type: 'terraform',
      resources: [
        { id: 'aws_s3_bucket.a', type: 'aws_s3_bucket' },
        { id: 'aws_sqs_queue.b', type: 'aws_sqs_queue' },
      ],
    } as never;
    assert.throws(() => engine.evaluate(document), /policy evaluation failed: .*conflict/);
    const failures: CheckFailure[] = [];
    const findings = engine.evaluate(document, (failure) => failures.push(failure));
    assert.deepEqual(
      findings.map((f) => [f.check, f.resource, f.msg]),
      [
        ['terraform.fixture_listed', 'aws_s3_bucket.a', 'aws_s3_bucket.a is listed'],
        ['terraform.fixture_listed', 'aws_sqs_queue.b', 'aws_sqs_queue.b is listed'],
      ],
    );
    // fixture_gated, which no resource triggers, is not evaluated one by one either.
    assert.deepEqual(failures, [{ check: 'terraform.fixture_conflict', reason: 'policy evaluation failed: policies/fixture_conflict.rego:3:1: var assignment conflict' }]);
    // One resource: no conflict, the faulty check works.
    const single = { type: 'terraform', resources: [{ id: 'aws_s3_bucket.a', type: 'aws_s3_bucket' }] } as never;
    assert.deepEqual(engine.evaluate(single).map((f) => f.check).sort(), ['terraform.fixture_conflict', 'terraform.fixture_listed']);
    // Ungated, fixture_gated is evaluated, and fails like fixture_conflict.
    engine.configure({ ungated: true });
    failures.length = 0;
    assert.deepEqual(engine.evaluate(document, (failure) => failures.push(failure)).map((f) => f.check), ['terraform.fixture_listed', 'terraform.fixture_listed']);
    assert.deepEqual(failures, [
      { check: 'terraform.fixture_conflict', reason: 'policy evaluation failed: policies/fixture_conflict.rego:3:1: var assignment conflict' },
      { check: 'terraform.fixture_gated', reason: 'policy evaluation failed: policies/fixture_gated.rego:3:1: var assignment conflict' },
    ]);
    // Triggered, it is evaluated one by one when the whole fails.
    engine.configure({});
    failures.length = 0;
    const triggered = { type: 'terraform', resources: [{ id: 'aws_lambda_function.f', type: 'aws_lambda_function' }, { id: 'aws_s3_bucket.a', type: 'aws_s3_bucket' }] } as never;
    assert.deepEqual(engine.evaluate(triggered, (failure) => failures.push(failure)).map((f) => [f.check, f.resource]), [
      ['terraform.fixture_listed', 'aws_lambda_function.f'],
      ['terraform.fixture_listed', 'aws_s3_bucket.a'],
    ]);
    assert.deepEqual(failures.map((f) => f.check), ['terraform.fixture_conflict', 'terraform.fixture_gated']);
  });

  it('a scan lists the failure, keeps the other findings, and the check\'s control is not a pass', async () => {
    const { dir: project, cleanup } = tempProject({
      'one/main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nresource "aws_sqs_queue" "b" {\n  name = "b"\n}\n',
      'two/main.tf': 'resource "aws_s3_bucket" "c" {\n  bucket = "c"\n}\n',
    });
    try {
      const result = await scan({ paths: [project], bundleDir: join(dir, 'bundle'), frameworks: ['hipaa'] });
      assert.deepEqual(result.errors, [{ file: 'one', reason: 'EVD-TF-902 could not be evaluated: policy evaluation failed: policies/fixture_conflict.rego:3:1: var assignment conflict' }]);
      assert.deepEqual(
        result.findings.map((f) => [f.ruleId, f.resource]).sort(),
        [['EVD-TF-901', 'aws_s3_bucket.a'], ['EVD-TF-901', 'aws_s3_bucket.c'], ['EVD-TF-901', 'aws_sqs_queue.b'], ['EVD-TF-902', 'module']],
      );
      assert.deepEqual(result.checks.find((c) => c.id === 'EVD-TF-902'), { id: 'EVD-TF-902', title: 'fixture_conflict', severity: 'low', engine: 'rego', applicable: 3, findings: 1, errors: 1 });
      assert.equal(result.checks.find((c) => c.id === 'EVD-TF-901')?.errors, undefined);
      const control = result.controls.find((c) => c.framework === 'hipaa' && c.id === '164.312(c)(1)');
      assert.equal(control?.status, 'fail', 'the finding of folder two still fails the control');
    } finally {
      cleanup();
    }
    // Only the folder where the check fails: no finding of the check, so the control is manual, not pass.
    const { dir: other, cleanup: cleanupOther } = tempProject({
      'one/main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nresource "aws_sqs_queue" "b" {\n  name = "b"\n}\n',
    });
    try {
      const result = await scan({ paths: [other], bundleDir: join(dir, 'bundle'), frameworks: ['hipaa'] });
      const control = result.controls.find((c) => c.framework === 'hipaa' && c.id === '164.312(c)(1)');
      assert.equal(control?.status, 'manual');
      assert.match(control?.basis.reason ?? '', /^EVD-TF-902 could not be evaluated on 1 input \(see the scan's errors\)/);
      assert.deepEqual(control?.basis.checks.find((b) => b.id === 'EVD-TF-902'), { id: 'EVD-TF-902', applicable: 2, findings: 0, errors: 1 });
    } finally {
      cleanupOther();
    }
  });
});

describe('a control whose checks could not be evaluated', () => {
  it('gives the inputs of each check, not their sum', () => {
    const framework = {
      framework: 'hipaa',
      controls: [{ id: '164.312(c)(1)', group: 'g', title: 'Integrity', kind: 'automated', description: '', guidance: '' }],
    } as unknown as Framework;
    const check = (id: string): CheckInfo => ({ ...meta(id, id, '164.312(c)(1)'), engine: 'rego' }) as CheckInfo;
    const run = (id: string, errors: number): [string, CheckRun] => [id, { id, title: id, severity: 'low', engine: 'rego', applicable: 2, findings: 0, errors }];
    const [control] = evaluateControls([framework], [check('EVD-TF-901'), check('EVD-TF-902')], new Map([run('EVD-TF-901', 1), run('EVD-TF-902', 2)]), []);
    assert.equal(control?.status, 'manual');
    assert.equal(control?.basis.reason, "EVD-TF-901 could not be evaluated on 1 input, EVD-TF-902 on 2 inputs (see the scan's errors); the control needs review");
  });
});
