import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRAMEWORKS, type FrameworkId } from '../../src/checks/metadata.js';
import { loadFramework } from '../../src/controls/catalog.js';
import { listControls, loadCheckCatalog } from '../../src/index.js';

describe('checks ↔ controls join', async () => {
  const catalog = await loadCheckCatalog();

  it('every control a check cites exists in its framework catalog', () => {
    const unknown: string[] = [];
    for (const check of catalog.checks) {
      for (const fw of FRAMEWORKS) {
        const ids = new Set(loadFramework(fw).controls.map((c) => c.id));
        for (const id of check.controls[fw] ?? []) if (!ids.has(id)) unknown.push(`${check.id} → ${fw}:${id}`);
      }
    }
    assert.deepEqual(unknown, []);
  });

  it('every automated control is backed by at least one check (else it could never pass or fail)', () => {
    const orphans: string[] = [];
    for (const fw of FRAMEWORKS) {
      for (const control of loadFramework(fw).controls) {
        if (control.kind !== 'automated') continue;
        if (!catalog.checks.some((c) => (c.controls[fw] ?? []).includes(control.id))) orphans.push(`${fw}:${control.id}`);
      }
    }
    assert.deepEqual(orphans, []);
  });

  it('a check cites only controls that can be evidenced technically (not manual-only ones)', () => {
    const manual: string[] = [];
    for (const check of catalog.checks) {
      for (const fw of FRAMEWORKS) {
        const byId = new Map(loadFramework(fw).controls.map((c) => [c.id, c]));
        for (const id of check.controls[fw] ?? []) if (byId.get(id)?.kind === 'manual') manual.push(`${check.id} → ${fw}:${id}`);
      }
    }
    assert.deepEqual(manual, []);
  });

  it('every check has a one-line rationale for each framework it maps to', () => {
    for (const check of catalog.checks) {
      for (const fw of FRAMEWORKS) {
        if (check.controls[fw]) assert.ok(check.rationale[fw], `${check.id}: no ${fw} rationale`);
      }
    }
  });

  it('the control → checks view is derived from check metadata', async () => {
    const { controls } = await listControls(['hipaa', 'gdpr']);
    for (const control of controls) {
      const expected = catalog.checks.filter((c) => (c.controls[control.framework as FrameworkId] ?? []).includes(control.id)).map((c) => c.id);
      assert.deepEqual(control.checks, expected, `${control.framework}:${control.id}`);
    }
    const encryption = controls.find((c) => c.framework === 'hipaa' && c.id === '164.312(a)(2)(iv)');
    assert.ok(encryption && encryption.checks.includes('EVD-TF-001') && encryption.checks.includes('EVD-TF-002'));
  });

  it('ids are unique and sorted; Rego and code checks share one id space', () => {
    const ids = catalog.checks.map((c) => c.id);
    assert.deepEqual(ids, [...new Set(ids)].sort());
    assert.ok(catalog.checks.some((c) => c.engine === 'rego') && catalog.checks.some((c) => c.engine === 'code'));
  });
});
