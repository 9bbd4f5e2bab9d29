// bench/kics-map.json, bench/trivy-map.json and bench/checkov-map.json decide
// which numbers the comparisons with KICS's fixtures, Trivy's examples and
// Checkov publish (README "Accuracy", docs/accuracy.md): a mapping that names a check we do not
// have, a check of another format, or a malformed entry, would count silently
// as "not found".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CHECKOV_FRAMEWORKS, type CheckovMapEntry } from '../../bench/checkov-run.js';
import { loadCheckCatalog } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';

const SCOPES = ['same', 'evident-narrower', 'evident-broader', 'partial'];

interface KicsEntry {
  query: string;
  queryName: string;
  checks: string[];
  scope: string;
  note: string;
}

interface TrivyEntry {
  check: string;
  format: string;
  id: string;
  title: string;
  checks: string[];
  scope: string;
  note: string;
}

const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(packageRoot, 'bench', name), 'utf8')) as T[];
const sorted = (keys: readonly string[]): string[] => [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

let ids: Set<string>;
before(async () => {
  ids = new Set((await loadCheckCatalog()).checks.map((c) => c.id));
});

describe('bench/kics-map.json', () => {
  const entries = read<KicsEntry>('kics-map.json');

  it('maps each KICS query once, sorted, to checks that exist', () => {
    const queries = entries.map((e) => e.query);
    assert.deepEqual(queries, sorted(queries));
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
        !SCOPES.includes(e.scope) ||
        (e.scope !== 'same' && e.note.trim() === ''),
    );
    assert.deepEqual(malformed, []);
  });
});

describe('bench/trivy-map.json', () => {
  const entries = read<TrivyEntry>('trivy-map.json');
  /** The check id prefixes of each format of Trivy's examples that Evident scans (Terraform's kubernetes resources are judged by the Kubernetes checks). */
  const PREFIXES: Record<string, readonly string[]> = { terraform: ['EVD-TF-', 'EVD-K8S-'], cloudformation: ['EVD-CFN-'], kubernetes: ['EVD-K8S-'], dockerfile: ['EVD-DKR-'] };

  it('maps each Trivy check and format once, sorted, to existing checks of that format', () => {
    const keys = entries.map((e) => `${e.check} ${e.format}`);
    assert.deepEqual(keys, sorted(keys));
    const wrong = entries.flatMap((e) => e.checks.filter((id) => !ids.has(id) || !(PREFIXES[e.format] ?? []).some((prefix) => id.startsWith(prefix))).map((id) => `${e.check} ${e.format}: ${id}`));
    assert.deepEqual(wrong, []);
  });

  it('gives every entry a checks/ path, a Trivy id and title, at least one check, a known scope and a note', () => {
    const malformed = entries.filter(
      (e) =>
        !/^[a-z0-9_]+(\/[A-Za-z0-9_]+)+$/.test(e.check) ||
        !/^AVD-[A-Z0-9]+-\d{4}$/.test(e.id) ||
        e.title.trim() === '' ||
        e.checks.length === 0 ||
        !SCOPES.includes(e.scope) ||
        e.note.trim() === '',
    );
    assert.deepEqual(malformed, []);
  });
});

describe('bench/checkov-map.json', () => {
  const entries = read<CheckovMapEntry>('checkov-map.json');

  it('maps each Checkov check and framework once, sorted, to existing checks of that framework', () => {
    const keys = entries.map((e) => `${e.id} ${e.framework}`);
    assert.deepEqual(keys, sorted(keys));
    const wrong = entries.flatMap((e) =>
      e.checks.filter((id) => !ids.has(id) || !Object.hasOwn(CHECKOV_FRAMEWORKS, e.framework) || !CHECKOV_FRAMEWORKS[e.framework].some((prefix) => id.startsWith(prefix))).map((id) => `${e.id} ${e.framework}: ${id}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('gives every entry a Checkov id and title, at least one check, a known scope and a note', () => {
    const malformed = entries.filter(
      (e) => !/^CKV2?_[A-Z0-9]+_\d+$/.test(e.id) || e.title.trim() === '' || e.checks.length === 0 || !SCOPES.includes(e.scope) || e.note.trim() === '',
    );
    assert.deepEqual(malformed, []);
  });
});
