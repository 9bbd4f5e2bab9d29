// A check that fails at run time (here: a rule with two values, which Rego calls a conflict) must
// cost only its own findings on the document it fails on: the others are still reported, the
// failure is listed in the scan's errors, the check's run counts it, and a control mapped to the
// check is not a pass. The bundle is compiled here from two small checks, with `opa` (CI builds
// it; without it the suite is skipped with a message).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CHECK_ENTRYPOINT, ENTRYPOINT, sha256, type BundleManifest } from '../../src/checks/manifest.js';
import { DEFAULT_BUNDLE_DIR, PolicyEngine, type CheckFailure } from '../../src/engine/rego.js';
import { scan } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import { findOpa } from '../../scripts/find-opa.js';
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
};

function meta(id: string, slug: string, hipaa: string): BundleManifest['checks'][number] {
  return {
    id,
    slug,
    title: slug,
    description: `fixture check ${slug}`,
    severity: 'low',
    remediation: 'none',
    selector: { input: 'terraform' },
    controls: { hipaa: [hipaa], gdpr: [] },
    rationale: { hipaa: 'fixture' },
    key: `terraform.${slug}`,
    source: `policies/checks/terraform/${slug}.rego`,
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
    const capabilities = JSON.parse(readFileSync(join(packageRoot, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'), 'utf8')) as object;
    writeFileSync(join(dir, 'capabilities.json'), JSON.stringify({ ...capabilities, features: ['rego_v1', 'keywords_in_refs'] }));
    execFileSync(opa!, ['build', '-t', 'wasm', '-e', ENTRYPOINT, '-e', CHECK_ENTRYPOINT, '--capabilities', 'capabilities.json', '-o', 'bundle.tar.gz', 'policies'], { cwd: dir, stdio: 'ignore' });
    const bundle = join(dir, 'bundle');
    mkdirSync(bundle);
    execFileSync('tar', ['-xzf', join(dir, 'bundle.tar.gz'), '-C', bundle, '/policy.wasm'], { stdio: 'ignore' });
    copyFileSync(join(DEFAULT_BUNDLE_DIR, 'catalogs.json'), join(bundle, 'catalogs.json'));
    const manifest: BundleManifest = {
      schemaVersion: 1,
      entrypoint: ENTRYPOINT,
      checkEntrypoint: CHECK_ENTRYPOINT,
      opaVersion: 'test',
      wasm: { file: 'policy.wasm', sha256: sha256(readFileSync(join(bundle, 'policy.wasm'))) },
      sources: {},
      // Controls no other check of the scan touches: 164.312(c)(1) integrity, 164.308(a)(6)(ii) incident response.
      checks: [meta('EVD-TF-901', 'fixture_listed', '164.308(a)(6)(ii)'), meta('EVD-TF-902', 'fixture_conflict', '164.312(c)(1)')],
    };
    writeFileSync(join(bundle, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the engine returns the other checks\' findings and passes the failure on', async () => {
    const engine = await PolicyEngine.load(join(dir, 'bundle'));
    engine.configure({});
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
    assert.deepEqual(failures, [{ check: 'terraform.fixture_conflict', reason: 'policy evaluation failed: policies/fixture_conflict.rego:3:1: var assignment conflict' }]);
    // One resource: no conflict, the faulty check works.
    const single = { type: 'terraform', resources: [{ id: 'aws_s3_bucket.a', type: 'aws_s3_bucket' }] } as never;
    assert.deepEqual(engine.evaluate(single).map((f) => f.check).sort(), ['terraform.fixture_conflict', 'terraform.fixture_listed']);
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
      const run = result.checks.find((c) => c.id === 'EVD-TF-902');
      assert.equal(run?.errors, 1);
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
