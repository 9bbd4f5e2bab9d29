import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BundleManifest } from '../../src/checks/manifest.js';
import { CODE_RULE_METADATA } from '../../src/checks/code-rule-metadata.generated.js';
import { DEFAULT_BUNDLE_DIR } from '../../src/engine/rego.js';
import { runCli } from '../helpers/cli.js';

/** Every check (Rego and source rules) whose metadata cites a HIPAA control, sorted by id. */
function checksCiting(control: string): string[] {
  const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;
  return [...manifest.checks, ...CODE_RULE_METADATA]
    .filter((c) => (c.controls.hipaa ?? []).includes(control))
    .map((c) => c.id)
    .sort();
}

describe('evident controls and evident checks', () => {
  it('controls --framework hipaa --format json lists the 73 HIPAA controls with the checks behind each', () => {
    const run = runCli(['controls', '--framework', 'hipaa', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const controls = JSON.parse(run.stdout) as Array<{ framework: string; id: string; kind: string; checks: string[] }>;
    assert.equal(controls.length, 73);
    assert.ok(controls.every((c) => c.framework === 'hipaa'));
    // The control -> checks view is exactly what the checks' metadata says, nothing more or less.
    const encryption = controls.find((c) => c.id === '164.312(a)(2)(iv)');
    assert.deepEqual([...(encryption?.checks ?? [])].sort(), checksCiting('164.312(a)(2)(iv)'));
    assert.ok(encryption?.checks.includes('EVD-TF-001') && encryption.checks.includes('EVD-CODE-008'));
    assert.equal(controls.find((c) => c.id === '164.308(a)(5)(i)')?.kind, 'manual');
  });

  it('controls prints the catalogs grouped by section', () => {
    const run = runCli(['controls']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^HIPAA Security Rule \(45 CFR Part 164, Subpart C\)/m);
    assert.match(run.stdout, /^ {2}164\.312 Technical safeguards$/m);
    assert.match(run.stdout, /^ {4}164\.312\(a\)\(2\)\(iv\) +automated addressable +Encryption and decryption +\[.*EVD-TF-001, EVD-TF-002.*\]$/m);
    assert.match(run.stdout, /^ {4}Art\.32\(1\)\(a\) /m);
  });

  it('checks --format json lists every check with engine and controls', () => {
    const run = runCli(['checks', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const checks = JSON.parse(run.stdout) as Array<{ id: string; engine: string; controls: Record<string, string[]> }>;
    const ids = checks.map((c) => c.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(ids.includes('EVD-TF-001') && ids.includes('EVD-K8S-002') && ids.includes('EVD-CODE-001'));
    assert.deepEqual(checks.find((c) => c.id === 'EVD-TF-003')?.controls.gdpr, ['Art.32(1)(b)', 'Art.25(2)']);
    assert.equal(checks.find((c) => c.id === 'EVD-CODE-002')?.engine, 'code');
  });

  it('checks prints one line per check and its controls', () => {
    const run = runCli(['checks']);
    assert.match(run.stdout, /^EVD-TF-003 {4}critical terraform {2}RDS database is publicly accessible$/m);
    assert.match(run.stdout, /^ {14}HIPAA 164\.312\(a\)\(1\), /m);
  });

  it('controls rejects an unknown framework with exit 2', () => {
    const run = runCli(['controls', '--framework', 'pci']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'evident: unknown framework pci\nhint: choose from: hipaa, gdpr\n');
  });
});
