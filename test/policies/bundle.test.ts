import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sha256, sourceDigests, orderMeta, type BundleManifest } from '../../src/checks/manifest.js';
import { readRegoCheck } from '../../src/checks/rego-metadata.js';
import { DEFAULT_BUNDLE_DIR, POLICY_MEMORY, PolicyEngine } from '../../src/engine/rego.js';
import { packageRoot } from '../../src/package-root.js';

const { loadPolicySync } = createRequire(import.meta.url)('@open-policy-agent/opa-wasm') as typeof import('@open-policy-agent/opa-wasm');

const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;

describe('policy bundle (no opa needed)', () => {
  it('records the digest of every Rego source it was built from (fails when a source changed without a rebuild)', () => {
    const current = sourceDigests(join(packageRoot, 'policies'), packageRoot);
    assert.deepEqual(manifest.sources, current, 'policies changed since the bundle was built: run npm run policies:build');
  });

  it("keeps the policy's data segments within a quarter of the memory the engine starts with", () => {
    // The data segments must fit in the initial memory (POLICY_MEMORY), or instantiation fails:
    // this fails while there is still room to raise it.
    const wasm = readFileSync(join(DEFAULT_BUNDLE_DIR, 'policy.wasm'));
    assert.doesNotThrow(() => loadPolicySync(wasm, { initial: POLICY_MEMORY.initial / 4 }));
  });

  it('records the digest of policy.wasm', () => {
    assert.equal(manifest.wasm.sha256, sha256(readFileSync(join(DEFAULT_BUNDLE_DIR, 'policy.wasm'))));
  });

  it('holds exactly the metadata of the check sources (and the triggers derived from their code)', () => {
    const fromSources = Object.keys(manifest.sources)
      .filter((s) => s.startsWith('policies/checks/'))
      .map((source) => {
        const { key, meta } = readRegoCheck(readFileSync(join(packageRoot, source), 'utf8'), source);
        return { ...orderMeta(meta), key, source };
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    // triggers come from `opa parse` (test/engine/triggers.test.ts); CI rebuilds the bundle and fails when it differs.
    assert.deepEqual(
      manifest.checks.map(({ triggers: _, ...check }) => check),
      fromSources,
    );
  });

  it('has a _test.rego and raw examples beside every check', () => {
    for (const check of manifest.checks) {
      assert.ok(existsSync(join(packageRoot, check.source.replace(/\.rego$/, '_test.rego'))), `${check.source}: no _test.rego`);
      assert.ok(existsSync(join(packageRoot, check.source.replace(/\.rego$/, '.examples.yaml'))), `${check.source}: no .examples.yaml`);
    }
  });

  it('loads with opa-wasm and evaluates the entrypoint for every input type', async () => {
    const engine = await PolicyEngine.load();
    assert.equal(engine.manifest.entrypoint, 'evident/main/findings');
    const tf = engine.evaluate({
      type: 'terraform', path: '.', files: ['main.tf'],
      resources: [{ id: 'aws_db_instance.x', mode: 'managed', type: 'aws_db_instance', name: 'x', file: 'main.tf', startLine: 1, endLine: 3, config: { publicly_accessible: true, storage_encrypted: true, deletion_protection: true, enabled_cloudwatch_logs_exports: ['postgresql'] } }],
    });
    assert.deepEqual(tf, [{
      check: 'terraform.rds_publicly_accessible',
      resource: 'aws_db_instance.x',
      path: ['config', 'publicly_accessible'],
      msg: 'aws_db_instance.x is publicly accessible from the internet',
    }]);
    const k8s = engine.evaluate({ type: 'kubernetes', path: '.', files: [], resources: [] });
    assert.deepEqual(k8s, []);
    // A document of a type no check selects evaluates to nothing.
    assert.deepEqual(engine.evaluate({ type: 'source', path: '.', files: [], resources: [] }), []);
  });

  it('refuses a policy.wasm that does not match the manifest', async () => {
    const { tempProject } = await import('../helpers/temp-project.js');
    const { dir, cleanup } = tempProject({
      'manifest.json': readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8'),
      'policy.wasm': Buffer.from('not wasm'),
    });
    try {
      await assert.rejects(PolicyEngine.load(dir), /policy\.wasm does not match the digest/);
    } finally {
      cleanup();
    }
  });
});
