// policies/bundle/catalogs.json: the built-in catalogs as `npm run policies:build` parsed them.
// The scan reads them instead of the YAML while the YAML's digest matches, and parses the YAML
// again when it does not (a catalog edited after the last build is never served stale).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sha256 } from '../../src/checks/manifest.js';
import {
  BUILTIN_CATALOGS,
  builtInCatalog,
  COMPILED_CATALOGS_FILE,
  compileCatalogs,
  FRAMEWORKS_DIR,
  loadFramework,
  parseCatalog,
  type CompiledCatalogs,
} from '../../src/controls/catalog.js';
import { CatalogError } from '../../src/errors.js';

const committed = JSON.parse(readFileSync(COMPILED_CATALOGS_FILE, 'utf8')) as CompiledCatalogs;
const yamlOf = (id: string): string => readFileSync(join(FRAMEWORKS_DIR, BUILTIN_CATALOGS[id] ?? ''), 'utf8');

describe('compiled control catalogs', () => {
  it('the committed file is what policies:build writes from the YAML catalogs today', () => {
    assert.equal(readFileSync(COMPILED_CATALOGS_FILE, 'utf8'), `${JSON.stringify(compileCatalogs(), null, 2)}\n`, 'run npm run policies:build');
    assert.deepEqual(Object.keys(committed.catalogs), Object.keys(BUILTIN_CATALOGS));
    for (const [id, entry] of Object.entries(committed.catalogs)) {
      assert.equal(entry.sha256, sha256(yamlOf(id)));
      assert.deepEqual(entry.framework, parseCatalog(yamlOf(id), entry.source));
    }
  });

  it('serves the compiled catalog while the digest matches', () => {
    const entry = committed.catalogs.hipaa;
    assert.ok(entry);
    // A marker only the compiled copy has: it is what comes back.
    const marked = { ...entry, framework: { ...entry.framework, title: 'compiled copy' } };
    assert.equal(builtInCatalog(yamlOf('hipaa'), entry.source, marked).title, 'compiled copy');
    assert.deepEqual(loadFramework('hipaa'), entry.framework);
  });

  it('parses the YAML again when it changed after the build, or without a compiled copy', () => {
    const entry = committed.catalogs.gdpr;
    assert.ok(entry);
    const edited = yamlOf('gdpr').replace(/^title: .*$/m, 'title: Edited after the build');
    assert.equal(builtInCatalog(edited, entry.source, entry).title, 'Edited after the build');
    assert.equal(builtInCatalog(yamlOf('gdpr'), entry.source, undefined).title, entry.framework.title);
  });

  it('checks ids and joins of the compiled copy too', () => {
    const entry = committed.catalogs.gdpr;
    assert.ok(entry);
    const [first] = entry.framework.controls;
    assert.ok(first);
    const broken = { ...entry, framework: { ...entry.framework, controls: [...entry.framework.controls, { ...first }] } };
    assert.throws(() => builtInCatalog(yamlOf('gdpr'), entry.source, broken), (error: unknown) => error instanceof CatalogError && error.message.includes(`duplicate control id ${first.id}`));
  });

  it('policies:build rejects an invalid catalog with its file named', () => {
    assert.throws(
      () => compileCatalogs((file) => (file === BUILTIN_CATALOGS.gdpr ? 'framework: gdpr\ntitle: 3\n' : yamlOf('hipaa'))),
      (error: unknown) => error instanceof CatalogError && error.message.startsWith('invalid control catalog policies/frameworks/gdpr.yaml: '),
    );
  });
});
