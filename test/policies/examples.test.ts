import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import type { BundleManifest } from '../../src/checks/manifest.js';
import { DEFAULT_BUNDLE_DIR } from '../../src/engine/rego.js';
import { scan } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import { tempProject } from '../helpers/temp-project.js';

/**
 * Every check's raw examples (<slug>.examples.yaml beside the .rego) run end
 * to end through the real parser and the wasm bundle: each `deny` example must
 * produce exactly its listed findings of that check, each `allow` example none.
 */
interface ExpectedFinding {
  file: string;
  line: number;
  resource?: string;
  message: string;
  snippet?: string;
}
interface Example {
  name: string;
  files: Record<string, string>;
  findings?: ExpectedFinding[];
}
interface Examples {
  deny: Example[];
  allow: Example[];
}

const manifest = JSON.parse(readFileSync(join(DEFAULT_BUNDLE_DIR, 'manifest.json'), 'utf8')) as BundleManifest;

for (const check of manifest.checks) {
  const examples = load(readFileSync(join(packageRoot, check.source.replace(/\.rego$/, '.examples.yaml')), 'utf8')) as Examples;
  describe(`${check.id} ${check.slug} examples`, () => {
    it('has at least one deny and one allow example', () => {
      assert.ok(examples.deny.length > 0 && examples.allow.length > 0);
    });
    for (const [kind, list] of [['deny', examples.deny], ['allow', examples.allow]] as const) {
      for (const example of list) {
        it(`${kind}: ${example.name}`, async () => {
          const { dir, cleanup } = tempProject(example.files);
          try {
            const result = await scan({ paths: [dir] });
            assert.deepEqual(result.errors, [], 'the example must parse');
            const actual = result.findings
              .filter((f) => f.ruleId === check.id)
              .map((f) => ({
                file: f.location.file,
                line: f.location.startLine,
                ...(f.resource !== undefined ? { resource: f.resource } : {}),
                message: f.message,
                ...(example.findings?.some((e) => e.snippet !== undefined) ? { snippet: f.snippet } : {}),
              }));
            assert.deepEqual(actual, kind === 'deny' ? example.findings : []);
          } finally {
            cleanup();
          }
        });
      }
    }
  });
}
