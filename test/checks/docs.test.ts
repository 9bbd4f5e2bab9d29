import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderCheckDoc } from '../../src/checks/doc.js';
import { renderChecksIndex } from '../../src/checks/doc-index.js';
import { loadCheckCatalog } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';

describe('docs/rules are in step with the checks', async () => {
  const catalog = await loadCheckCatalog();

  it('every check has a page', () => {
    for (const check of catalog.checks) assert.ok(existsSync(join(packageRoot, 'docs/rules', `${check.id}.md`)), `docs/rules/${check.id}.md`);
  });

  it('the generated page of every Rego check is fresh (npm run docs:build)', () => {
    for (const check of catalog.checks.filter((c) => c.engine === 'rego')) {
      const onDisk = readFileSync(join(packageRoot, 'docs/rules', `${check.id}.md`), 'utf8');
      assert.equal(onDisk, renderCheckDoc(check), `docs/rules/${check.id}.md is stale: run npm run docs:build`);
    }
  });

  it('the index lists every check (npm run docs:build)', () => {
    assert.equal(readFileSync(join(packageRoot, 'docs/rules/README.md'), 'utf8'), renderChecksIndex(catalog.checks));
  });

  it('a generated page names every control of the check with its catalog title', () => {
    const page = renderCheckDoc(catalog.resolve('EVD-TF-003'));
    assert.match(page, /^ {2}- 164\.312\(a\)\(1\) Access control \(automated, standard\)$/m);
    assert.match(page, /^ {2}- Art\.25\(2\) Data protection by default \(partly\)$/m);
    assert.match(page, /## Avoid\n\ninstance with publicly_accessible = true:\n\n```hcl\n# db\.tf\nresource "aws_db_instance" "research" \{/);
  });
});
