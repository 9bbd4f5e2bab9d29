// Differential test against HashiCorp's own HCL parser (Go, compiled to wasm
// in @cdktn/hcl2json): on every valid fixture file, our tree evaluated
// without variable/local resolution must have the same blocks, labels and
// attribute names, and the same value wherever hcl2json gives a literal
// (hcl2json renders every other expression as a "${…}" string).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hclBodyToJson, isUnknownValue } from '../../src/parsers/hcl/evaluate.js';
import { parseHcl } from '../../src/parsers/hcl/parser.js';

// Loaded through require so that its DOM-referencing typings stay out of the compilation.
const hcl2json = createRequire(import.meta.url)('@cdktn/hcl2json') as {
  parse: (fileName: string, text: string) => Promise<unknown>;
};

const root = fileURLToPath(new URL('./fixtures/terraform/', import.meta.url));
const VALID_DIRS = ['aws-s3', 'azure-storage', 'gcp-data', 'tfvars', 'syntax'];
const files = [
  ...VALID_DIRS.flatMap((dir) =>
    readdirSync(root + dir)
      .filter((name) => name.endsWith('.tf') || name.endsWith('.tfvars'))
      .map((name) => `${dir}/${name}`),
  ),
  'broken-module/good.tf',
].sort();

/** Whether hcl2json rendered (part of) this value as an expression rather than a literal. */
function hasExpression(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${') || value.includes('%{');
  if (Array.isArray(value)) return value.some(hasExpression);
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([k, v]) => hasExpression(k) || hasExpression(v));
  return false;
}

/** Compares hcl2json's value with ours; returns the differences as "path: reason". */
function compare(theirs: unknown, ours: unknown, path: string, out: string[], stats: { literals: number; expressions: number }): void {
  if (typeof theirs === 'string' && hasExpression(theirs)) {
    stats.expressions++;
    return;
  }
  if (isUnknownValue(ours)) {
    // We could not compute it: hcl2json must have an expression somewhere in it.
    if (!hasExpression(theirs)) out.push(`${path}: unknown to us, literal ${JSON.stringify(theirs)} to hcl2json`);
    stats.expressions++;
    return;
  }
  if (Array.isArray(theirs)) {
    if (!Array.isArray(ours) || ours.length !== theirs.length) {
      out.push(`${path}: ${JSON.stringify(ours)} is not a ${theirs.length}-element list like ${JSON.stringify(theirs)}`);
      return;
    }
    theirs.forEach((item, i) => compare(item, ours[i], `${path}[${i}]`, out, stats));
    return;
  }
  if (typeof theirs === 'object' && theirs !== null) {
    if (typeof ours !== 'object' || ours === null || Array.isArray(ours)) {
      out.push(`${path}: ${JSON.stringify(ours)} is not an object`);
      return;
    }
    const a = Object.keys(theirs).sort();
    const b = Object.keys(ours).sort();
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${path}: keys ${JSON.stringify(b)} differ from hcl2json's ${JSON.stringify(a)}`);
      return;
    }
    for (const key of a) {
      compare((theirs as Record<string, unknown>)[key], (ours as Record<string, unknown>)[key], `${path}.${key}`, out, stats);
    }
    return;
  }
  stats.literals++;
  if (!Object.is(theirs, ours) && theirs !== ours) out.push(`${path}: ${JSON.stringify(ours)} !== hcl2json's ${JSON.stringify(theirs)}`);
}

describe('hcl: differential against hcl2json', () => {
  it('covers the valid fixtures', () => {
    assert.deepEqual(files, [
      'aws-s3/locals.tf',
      'aws-s3/main.tf',
      'aws-s3/outputs.tf',
      'aws-s3/prod.auto.tfvars',
      'aws-s3/providers.tf',
      'aws-s3/terraform.tfvars',
      'aws-s3/variables.tf',
      'azure-storage/main.tf',
      'broken-module/good.tf',
      'gcp-data/main.tf',
      'gcp-data/terraform.tfvars',
      'syntax/kitchen-sink.tf',
      'tfvars/a.auto.tfvars',
      'tfvars/b.auto.tfvars',
      'tfvars/main.tf',
      'tfvars/terraform.tfvars',
    ]);
  });

  for (const file of files) {
    it(file, async () => {
      const text = readFileSync(root + file, 'utf8');
      const theirs = await hcl2json.parse(file, text);
      const ours = hclBodyToJson(parseHcl(text, file));
      const differences: string[] = [];
      const stats = { literals: 0, expressions: 0 };
      compare(theirs, ours, '$', differences, stats);
      assert.deepEqual(differences, []);
      assert.ok(stats.literals > 0, 'compared some literals');
    });
  }

  it('detects differences in literals, keys, list lengths and unknowns', () => {
    const differences: string[] = [];
    const stats = { literals: 0, expressions: 0 };
    compare({ a: 1, b: ['x'], c: { d: true }, e: 'lit', f: '${var.x}' }, { a: 2, b: [], c: { z: true }, e: hclBodyToJson(parseHcl('v = var.x\n', 'u.tf')).v, f: 'anything' }, '$', differences, stats);
    assert.deepEqual(differences, [
      '$.a: 2 !== hcl2json\'s 1',
      '$.b: [] is not a 1-element list like ["x"]',
      '$.c: keys ["z"] differ from hcl2json\'s ["d"]',
      '$.e: unknown to us, literal "lit" to hcl2json',
    ]);
  });

  it('agrees on the values computed only from literals', async () => {
    const text = 'a = -1\nb = 1e3\nc = "x\\ty"\nd = [true, null]\ne = { "k" = 1, k2 = "v" }\nf = <<-EOT\n  x\n    y\n  EOT\n';
    const theirs = await hcl2json.parse('literals.tf', text);
    assert.deepEqual(hclBodyToJson(parseHcl(text, 'literals.tf')), theirs);
  });

  const tricky: Array<[string, string]> = [
    ['tabs in an indented heredoc', 'a = <<-EOT\n\t\tone\n\t\t  two\n\tEOT\n'],
    ['blank and blank-looking lines', 'a = <<-EOT\n    one\n\n      \n    two\n    EOT\n'],
    ['a plain heredoc keeps indentation', 'a = <<EOT\n    one\n  two\nEOT\n'],
    ['an empty heredoc', 'a = <<EOT\nEOT\n'],
    ['CRLF line endings', 'a = 1\r\nb {\r\n  c = "x"\r\n}\r\n'],
    ['one-line blocks and empty blocks', 'a { b = 1 }\nc "d" {}\ne "f" "g" {\n}\n'],
    ['escapes', 'a = "\\u00e9\\U0001F600\\n\\r\\t\\"\\\\ $ % $$ %%"\n'],
    ['numbers', 'a = [0, 0.5, 10.25, 1e0, 1E+3, 12e-1, 007]\n'],
    ['nested objects with colons and trailing commas', 'a = {\n  "x": { y = [1, 2,], },\n  z: null,\n}\n'],
    ['comments everywhere', '# c\na = [ # c\n  1, // c\n  /* c */ 2,\n]\nb { # c\n  c = 1 /* c */\n}\n'],
    ['identifiers with dashes and Unicode', 'a-b = 1\nnäme = 2\nx-y "z" {\n  k-v = true\n}\n'],
  ];
  for (const [name, text] of tricky) {
    it(`agrees on ${name}`, async () => {
      const theirs = await hcl2json.parse('tricky.tf', text);
      const differences: string[] = [];
      const stats = { literals: 0, expressions: 0 };
      compare(theirs, hclBodyToJson(parseHcl(text, 'tricky.tf')), '$', differences, stats);
      assert.deepEqual(differences, []);
    });
  }
});
