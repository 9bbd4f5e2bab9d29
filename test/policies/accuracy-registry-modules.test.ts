// Accuracy of the Terraform checks on calls of well-known registry modules
// (src/parsers/terraform-modules): one folder per modelled module under
// test/projects/tf-registry-modules, each a root module curated as a whole
// ("rules": "all" in its expected.json). Each folder calls the module the way
// real code does, with violating calls beside compliant ones and calls whose
// arguments only the pipeline knows (never reported).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { accuracySuite } from '../helpers/accuracy.js';

const root = join(packageRoot, 'test', 'projects', 'tf-registry-modules');
for (const entry of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  accuracySuite(`Terraform checks on ${entry} module calls`, `tf-registry-modules/${entry}`, { minFiles: { terraform: 1 } });
}
