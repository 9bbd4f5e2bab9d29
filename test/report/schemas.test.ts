import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';

const DIR = join(packageRoot, 'test', 'report', 'schemas');

describe('the copied output schemas', () => {
  it('are the byte-for-byte copies their README names', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const file of ['sarif-schema-2.1.0.json', 'oscal_assessment-results_schema.json']) {
      const digest = createHash('sha256').update(readFileSync(join(DIR, file))).digest('hex');
      assert.ok(readme.includes(`| \`${file}\` |`) && readme.includes(digest), `${file}: sha256 ${digest} is not the one in README.md`);
    }
  });
});
