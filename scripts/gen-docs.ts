/**
 * Writes docs/rules/<id>.md for every Rego check (generated from metadata and
 * examples) and docs/rules/README.md (the index of every check). Source-code
 * rules' pages are written by hand and tested against the rule.
 *   npm run docs:build
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCheckDoc } from '../src/checks/doc.js';
import { renderChecksIndex } from '../src/checks/doc-index.js';
import { loadCheckCatalog } from '../src/index.js';
import { packageRoot } from '../src/package-root.js';

const catalog = await loadCheckCatalog();
let written = 0;
for (const check of catalog.checks) {
  if (check.engine !== 'rego') continue;
  writeFileSync(join(packageRoot, 'docs', 'rules', `${check.id}.md`), renderCheckDoc(check));
  written++;
}
writeFileSync(join(packageRoot, 'docs', 'rules', 'README.md'), renderChecksIndex(catalog.checks));
console.log(`docs:build: wrote ${written} check pages and docs/rules/README.md`);
