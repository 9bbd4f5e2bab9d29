import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '../../src/controls/catalog.js';
import { controlIdsOf, knownCatalogs, loadCustomFrameworks, selectFrameworks, type CustomFramework } from '../../src/controls/custom.js';
import { evaluateControls } from '../../src/controls/evaluate.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import type { Finding } from '../../src/findings/finding.js';
import { listControls, loadCheckCatalog, loadConfiguredFrameworks } from '../../src/index.js';
import type { CheckRun } from '../../src/scan-result.js';
import { ACME_CATALOG, ACME_MAPPING } from '../helpers/custom-framework.js';
import { tempProject } from '../helpers/temp-project.js';

const ENTRY = [{ catalog: 'compliance/acme.yaml', mapping: 'compliance/acme-map.yaml' }];

async function load(files: Record<string, string>, entries = ENTRY): Promise<CustomFramework[]> {
  const { dir, cleanup } = tempProject(files);
  try {
    return loadCustomFrameworks(dir, entries, await loadCheckCatalog());
  } finally {
    cleanup();
  }
}

async function rejects(files: Record<string, string>, message: string, entries = ENTRY): Promise<void> {
  await assert.rejects(load(files, entries), (error: unknown) => {
    assert.ok(error instanceof ConfigError, String(error));
    assert.equal(error.message, message);
    return true;
  });
}

describe('custom frameworks: loading', () => {
  it('loads the catalog with the schema of the built-in ones and joins the mapping to it, in catalog order', async () => {
    const [acme, ...rest] = await load({ 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING });
    assert.deepEqual(rest, []);
    assert.ok(acme);
    assert.equal(acme.framework.framework, 'acme');
    assert.deepEqual(acme.framework.controls.map((c) => [c.id, c.kind]), [
      ['ACME-1.1', 'automated'],
      ['ACME-1.2', 'automated'],
      ['ACME-2.1', 'manual'],
    ]);
    assert.deepEqual({ ...acme, framework: undefined }, {
      framework: undefined,
      mapping: new Map([
        ['ACME-1.1', ['EVD-TF-002', 'EVD-TF-001']],
        ['ACME-1.2', ['EVD-TF-003', 'EVD-TF-004']],
      ]),
      byCheck: new Map([
        ['EVD-TF-002', ['ACME-1.1']],
        ['EVD-TF-001', ['ACME-1.1']],
        ['EVD-TF-003', ['ACME-1.2']],
        ['EVD-TF-004', ['ACME-1.2']],
      ]),
      catalogFile: 'compliance/acme.yaml',
      mappingFile: 'compliance/acme-map.yaml',
    });
  });

  const files = { 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING };
  it('rejects an unknown check id and an unknown control id', async () => {
    await rejects(
      { ...files, 'compliance/acme-map.yaml': 'framework: acme\ncontrols:\n  ACME-1.1: [EVD-TF-002, EVD-TF-999]\n  ACME-9: [EVD-TF-001]\n' },
      'invalid framework mapping compliance/acme-map.yaml: controls.ACME-1.1[1]: unknown check EVD-TF-999; controls.ACME-9: unknown control of acme',
    );
  });

  it('rejects a catalog that redefines a built-in framework', async () => {
    await rejects(
      { 'compliance/acme.yaml': ACME_CATALOG.replace('framework: acme', 'framework: hipaa'), 'compliance/acme-map.yaml': ACME_MAPPING },
      'customFrameworks[0].catalog: compliance/acme.yaml declares framework hipaa, which is built in and cannot be redefined',
    );
  });

  it('rejects a mapping for another framework, and a framework defined twice', async () => {
    await rejects({ ...files, 'compliance/acme-map.yaml': ACME_MAPPING.replace('framework: acme', 'framework: other') }, 'customFrameworks[0].mapping: compliance/acme-map.yaml maps framework other, but compliance/acme.yaml defines acme');
    await rejects(files, 'customFrameworks[1].catalog: framework acme is already defined by compliance/acme.yaml', [...ENTRY, ...ENTRY]);
  });

  it('rejects missing files and files that break their schema, naming the JSON path', async () => {
    await rejects({ 'compliance/acme.yaml': ACME_CATALOG }, 'customFrameworks[0].mapping: file not found: compliance/acme-map.yaml');
    await rejects(
      { ...files, 'compliance/acme.yaml': ACME_CATALOG.replace('    kind: manual\n', '    kind: sometimes\n') },
      'customFrameworks[0].catalog: invalid control catalog compliance/acme.yaml: controls[2].kind: must be one of "automated", "partly", "manual"',
    );
    await rejects(
      { ...files, 'compliance/acme-map.yaml': 'framework: acme\ncontrols:\n  ACME-1.1: EVD-TF-002\n' },
      'customFrameworks[0].mapping: invalid framework mapping compliance/acme-map.yaml: controls.ACME-1.1: must be array',
    );
  });

  it('loadConfiguredFrameworks finds them through .evident.yml as scan does', async () => {
    const config = 'customFrameworks:\n  - catalog: compliance/acme.yaml\n    mapping: compliance/acme-map.yaml\n';
    const { dir, cleanup } = tempProject({ ...files, '.evident.yml': config });
    try {
      const custom = await loadConfiguredFrameworks({ root: dir });
      assert.deepEqual(custom.map((c) => c.framework.framework), ['acme']);
      assert.deepEqual(await loadConfiguredFrameworks({ root: `${dir}/compliance` }), []);
    } finally {
      cleanup();
    }
  });
});

describe('custom frameworks: control status', () => {
  it('a custom framework gets statuses by the same rules, the mapping replacing check metadata', async () => {
    const [acme] = await load({ 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING });
    assert.ok(acme);
    const catalog = await loadCheckCatalog();
    const runs = new Map<string, CheckRun>(
      catalog.checks.map((c) => [c.id, { id: c.id, title: c.title, severity: c.severity, engine: c.engine, applicable: c.id.startsWith('EVD-TF-00') ? 1 : 0, findings: c.id === 'EVD-TF-003' ? 1 : 0 }]),
    );
    const finding: Finding = {
      ruleId: 'EVD-TF-003',
      severity: 'critical',
      title: 'RDS database is publicly accessible',
      message: 'aws_db_instance.db is publicly accessible from the internet',
      location: { file: 'db.tf', startLine: 3 },
      controls: [{ framework: 'acme', id: 'ACME-1.2' }],
      fingerprint: 'fp-1',
    };
    const controls = evaluateControls([acme.framework], catalog.checks, runs, [finding], new Map([['acme', acme]]));
    assert.deepEqual(controls, [
      {
        framework: 'acme',
        id: 'ACME-1.1',
        title: 'Databases encrypted at rest',
        kind: 'automated',
        status: 'pass',
        basis: {
          checks: [
            { id: 'EVD-TF-001', applicable: 1, findings: 0 },
            { id: 'EVD-TF-002', applicable: 1, findings: 0 },
          ],
          reason: '2 mapped checks ran on 2 applicable inputs and found no violation',
        },
        findings: [],
      },
      {
        framework: 'acme',
        id: 'ACME-1.2',
        title: 'No public databases',
        kind: 'automated',
        status: 'fail',
        basis: {
          checks: [
            { id: 'EVD-TF-003', applicable: 1, findings: 1 },
            { id: 'EVD-TF-004', applicable: 1, findings: 0 },
          ],
          reason: '1 unsuppressed finding of mapped checks',
        },
        findings: ['fp-1'],
      },
      {
        framework: 'acme',
        id: 'ACME-2.1',
        title: 'Security owner named',
        kind: 'manual',
        status: 'manual',
        basis: { checks: [], reason: 'no automated check maps to this control; it needs documentary evidence' },
        findings: [],
      },
    ]);
  });

  it('controlIdsOf: custom mapping for custom frameworks, metadata for built-in ones', async () => {
    const [acme] = await load({ 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING });
    assert.ok(acme);
    const check = (await loadCheckCatalog()).resolve('EVD-TF-003');
    const custom = new Map([['acme', acme]]);
    assert.deepEqual(controlIdsOf(check, 'acme', custom), ['ACME-1.2']);
    assert.deepEqual(controlIdsOf(check, 'gdpr', custom), ['Art.32(1)(b)', 'Art.25(2)']);
    assert.deepEqual(controlIdsOf(check, 'other', custom), []);
  });

  it('selectFrameworks: by default every built-in and custom framework, else the ones asked for; an unknown id is an error', async () => {
    const custom = await load({ 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING });
    const unknown = (id: string, available: readonly string[]): Error => new UsageError(`unknown framework ${id}`, `choose from: ${available.join(', ')}`);
    assert.deepEqual(selectFrameworks(undefined, custom, unknown).map((f) => f.framework), ['hipaa', 'gdpr', 'acme']);
    assert.deepEqual(selectFrameworks(['acme', 'hipaa'], custom, unknown).map((f) => f.framework), ['hipaa', 'acme']);
    assert.throws(() => selectFrameworks(['acme'], [], unknown), (e: unknown) => e instanceof UsageError && e.message === 'unknown framework acme' && e.hint === 'choose from: hipaa, gdpr');
    assert.deepEqual([...knownCatalogs(custom).keys()], ['hipaa', 'gdpr', 'acme']);
    assert.equal(knownCatalogs(custom).get('hipaa'), loadFramework('hipaa'));
  });

  it('listControls lists a custom framework with the checks of its mapping', async () => {
    const custom = await load({ 'compliance/acme.yaml': ACME_CATALOG, 'compliance/acme-map.yaml': ACME_MAPPING });
    const { frameworks, controls } = await listControls(['acme'], undefined, custom);
    assert.deepEqual(frameworks.map((f) => f.framework), ['acme']);
    assert.deepEqual(controls.map((c) => ({ framework: c.framework, id: c.id, requirement: c.requirement, checks: c.checks })), [
      { framework: 'acme', id: 'ACME-1.1', requirement: undefined, checks: ['EVD-TF-001', 'EVD-TF-002'] },
      { framework: 'acme', id: 'ACME-1.2', requirement: undefined, checks: ['EVD-TF-003', 'EVD-TF-004'] },
      { framework: 'acme', id: 'ACME-2.1', requirement: 'addressable', checks: [] },
    ]);
  });
});
