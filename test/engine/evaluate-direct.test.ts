// evaluateDirect (src/engine/rego.ts) writes the input straight into the policy's wasm memory and
// calls opa_eval itself instead of going through opa-wasm's evaluate(). It must give exactly what
// the SDK gives: here both run the shipped bundle on the same inputs (findings, none, non-ASCII
// text, host-formatted messages, the one-check entrypoint, an input larger than the free memory),
// and abiOf must decline an SDK object without the state it relies on, so that the engine falls
// back to evaluate().
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { CHECK_ENTRYPOINT, ENTRYPOINT, type BundleManifest } from '../../src/checks/manifest.js';
import { abiOf, agreesWithSdk, DEFAULT_BUNDLE_DIR, evaluateDirect, gatesOf, POLICY_MEMORY } from '../../src/engine/rego.js';

const { loadPolicySync } = createRequire(import.meta.url)('@open-policy-agent/opa-wasm') as typeof import('@open-policy-agent/opa-wasm');
const wasm = readFileSync(join(DEFAULT_BUNDLE_DIR, 'policy.wasm'));
const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;

/** A fresh instance of the shipped bundle with the scanner's base data. */
function load(settings: Record<string, unknown> = {}): LoadedPolicy {
  const policy = loadPolicySync(wasm, POLICY_MEMORY);
  policy.setData({ settings: { allowed_regions: ['eu-west-1'], ...settings }, gates: gatesOf(manifest) });
  return policy;
}

const bucket = (id: string, properties: Record<string, unknown>) => ({ id, type: 'AWS::S3::Bucket', properties, dependsOn: [], file: 't.yaml', startLine: 1, endLine: 9 });
const template = (resources: unknown[]) => ({ type: 'cloudformation', path: 't.yaml', files: ['t.yaml'], format: 'yaml', resources, parameters: [], outputs: [], conditions: [] });

const INPUTS: Record<string, unknown> = {
  'findings': template([bucket('Records', { AccessControl: 'PublicRead' }), { id: 'Db', type: 'AWS::RDS::DBInstance', properties: { Engine: 'postgres', StorageEncrypted: false, MasterUserPassword: 'Tq8#vX2!rLp9Wz' }, dependsOn: [], file: 't.yaml', startLine: 10, endLine: 20 }]),
  'no findings': { type: 'dotenv', path: '.env', files: ['.env'], entries: [] },
  'non-ASCII text': template([bucket('Données', { BucketName: 'données-patients-日本-🩺', Tags: [{ Key: 'équipe', Value: 'santé ✓' }] })]),
};

describe('evaluateDirect (src/engine/rego.ts)', () => {
  let sdk: LoadedPolicy;
  let direct: LoadedPolicy;
  before(() => {
    sdk = load();
    direct = load();
  });
  const ids = () => direct.entrypoints as Record<string, number>;
  const both = (input: string, entrypoint = ENTRYPOINT) => ({
    expected: sdk.evaluate(new TextEncoder().encode(input).buffer, entrypoint) as unknown,
    actual: evaluateDirect(abiOf(direct)!, input, ids()[entrypoint]!),
  });

  for (const [name, input] of Object.entries(INPUTS)) {
    it(`gives the SDK's result set: ${name}`, () => {
      const { expected, actual } = both(JSON.stringify(input));
      assert.deepEqual(actual, expected);
      const findings = (expected as [{ result?: Record<string, unknown[]> }])[0]?.result ?? {};
      assert.equal(Object.keys(findings).length > 0, name !== 'no findings');
    });
  }

  it('gives the SDK\'s result set for the one-check entrypoint', () => {
    const input = JSON.stringify({ __check__: 'rds_storage_unencrypted', ...(INPUTS['findings'] as object) });
    const { expected, actual } = both(input, CHECK_ENTRYPOINT);
    assert.deepEqual(actual, expected);
    assert.ok(((expected as [{ result: unknown[] }])[0].result).length > 0);
  });

  it('gives the SDK\'s result set when messages are formatted by the host (sprintf calls out of wasm)', () => {
    const hostSdk = load({ format_on_host: true });
    const hostDirect = load({ format_on_host: true });
    const input = JSON.stringify(INPUTS['findings']);
    const expected = hostSdk.evaluate(new TextEncoder().encode(input).buffer, ENTRYPOINT) as unknown;
    assert.deepEqual(evaluateDirect(abiOf(hostDirect)!, input, ids()[ENTRYPOINT]!), expected);
  });

  it('grows the memory for an input larger than what is free above the data, and evaluates later inputs as before', () => {
    const state = direct as unknown as { mem: { buffer: ArrayBuffer } };
    const before = state.mem.buffer.byteLength;
    const big = template(Array.from({ length: Math.ceil(before / 2000) }, (_, i) => bucket(`Bucket${i}`, { BucketName: `b-${i}-${'x'.repeat(1900)}` })));
    const input = JSON.stringify(big);
    assert.ok(input.length > before);
    const { expected, actual } = both(input);
    assert.ok(state.mem.buffer.byteLength > before);
    assert.deepEqual(actual, expected);
    const small = both(JSON.stringify(INPUTS['findings']));
    assert.deepEqual(small.actual, small.expected);
  });

  it('is used by the engine only when a probe gives what the SDK gives', () => {
    const policy = load();
    const abi = abiOf(policy)!;
    const id = ids()[ENTRYPOINT]!;
    assert.equal(agreesWithSdk(policy, abi, id), true);
    // An opa_eval that answers at the wrong address: the engine would fall back to evaluate().
    assert.equal(agreesWithSdk(policy, { ...abi, opaEval: () => 0 }, id), false);
  });

  it('abiOf declines an SDK object without the state evaluateDirect uses (the engine then calls evaluate())', () => {
    const policy = load();
    assert.ok(abiOf(policy) !== undefined);
    assert.equal(abiOf({} as LoadedPolicy), undefined);
    assert.equal(abiOf(Object.assign(Object.create(policy) as object, { minorVersion: 1 }) as LoadedPolicy), undefined);
    assert.equal(abiOf(Object.assign(Object.create(policy) as object, { wasmInstance: { exports: {} } }) as LoadedPolicy), undefined);
  });
});
