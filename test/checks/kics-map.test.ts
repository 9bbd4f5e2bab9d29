// bench/kics-map.json decides which numbers the KICS comparison publishes
// (README "Checks"): a mapping that names a check we do not have, or a
// malformed entry, would count silently as "not found".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCheckCatalog } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';

interface MapEntry {
  query: string;
  queryName: string;
  checks: string[];
  scope: string;
  note: string;
}

const entries = JSON.parse(readFileSync(join(packageRoot, 'bench', 'kics-map.json'), 'utf8')) as MapEntry[];

describe('bench/kics-map.json', () => {
  it('maps each KICS query once, sorted, to checks that exist', async () => {
    const ids = new Set((await loadCheckCatalog()).checks.map((c) => c.id));
    const queries = entries.map((e) => e.query);
    assert.deepEqual(queries, [...new Set(queries)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const unknown = entries.flatMap((e) => e.checks.filter((id) => !ids.has(id)).map((id) => `${e.query}: ${id}`));
    assert.deepEqual(unknown, []);
  });

  it('gives every entry a KICS path, a name, at least one check, a known scope, and a note unless the scopes are the same', () => {
    const malformed = entries.filter(
      (e) =>
        // KICS has a folder named 'schemes_uses_http copy'
        !/^[A-Za-z0-9_]+(\/[A-Za-z0-9_. -]+)+$/.test(e.query) ||
        e.queryName.trim() === '' ||
        e.checks.length === 0 ||
        !['same', 'evident-narrower', 'evident-broader', 'partial'].includes(e.scope) ||
        (e.scope !== 'same' && e.note.trim() === ''),
    );
    assert.deepEqual(malformed, []);
  });
});
