/**
 * What modelling registry module calls costs (src/parsers/terraform-modules):
 * the Terraform loader over the accuracy folders of test/projects/tf-registry-modules,
 * once as written (every module call modelled) and once with each
 * `terraform-aws-modules/` source renamed so that no model applies, warm,
 * in one process. Prints the time per pass of each, the difference per module
 * call, and the resources the calls create.
 *
 *   npx tsx bench/registry-modules.ts [--passes 300] [--build dist]
 *
 * --build dist loads the compiled loader (`npm run build` first) instead of the sources under tsx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceText } from '../src/parsers/types.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const passes = Number(option('passes', '300'));
const build = option('build', '');
const root = resolve(import.meta.dirname, '..');
const loaderUrl = build === '' ? pathToFileURL(join(root, 'src/parsers/terraform.ts')).href : pathToFileURL(join(resolve(root, build), 'parsers/terraform.js')).href;
const { loadTerraform } = (await import(loaderUrl)) as typeof import('../src/parsers/terraform.js');

const projects = join(root, 'test/projects/tf-registry-modules');
const folders = readdirSync(projects, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const written: SourceText[] = folders.map((folder) => ({ path: `${folder}/main.tf`, text: readFileSync(join(projects, folder, 'main.tf'), 'utf8') }));
// The same files, with sources no model knows (same length, same structure).
const unmodelled: SourceText[] = written.map((file) => ({ path: file.path, text: file.text.replace(/terraform-aws-modules\//g, 'acme-platform-mods/') }));

function run(files: readonly SourceText[]): { ms: number; created: number; calls: number } {
  let created = 0;
  let calls = 0;
  for (const file of files) {
    const document = loadTerraform(file.path.split('/')[0]!, [file]).documents[0]?.document;
    created += document?.resources.filter((r) => r.created_by !== undefined).length ?? 0;
    calls += (document?.modules as unknown[] | undefined)?.length ?? 0;
  }
  for (let i = 0; i < 30; i++) for (const file of files) loadTerraform('.', [file]);
  const start = performance.now();
  for (let i = 0; i < passes; i++) for (const file of files) loadTerraform('.', [file]);
  return { ms: (performance.now() - start) / passes, created, calls };
}

// Interleaved, twice each: the machine may be shared.
const results = [run(written), run(unmodelled), run(written), run(unmodelled)];
const modelled = Math.min(results[0]!.ms, results[2]!.ms);
const plain = Math.min(results[1]!.ms, results[3]!.ms);
const { calls, created } = results[0]!;
console.log(`registry module models: ${folders.length} folders, ${calls} module calls, ${created} resources created, ${passes} warm passes (${build === '' ? 'sources' : build})`);
console.log(`| loader | ms per pass (best of 2) |`);
console.log(`| --- | ---: |`);
console.log(`| calls modelled | ${modelled.toFixed(2)} |`);
console.log(`| same files, nothing modelled | ${plain.toFixed(2)} |`);
console.log(`modelling: ${(modelled - plain).toFixed(2)} ms per pass, ${(((modelled - plain) * 1000) / Math.max(calls, 1)).toFixed(0)} µs per module call`);
