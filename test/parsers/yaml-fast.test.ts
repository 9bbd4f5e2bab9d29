// The fast YAML path (src/parsers/yaml-fast.ts) against the js-yaml path of
// loadYamlDocuments: for every YAML text we can find (repo files, embedded
// example files, generated bench corpora, tricky snippets) and each of the
// three schemas in use, the fast path either gives up or returns the same
// documents, lines, template flag and positions, byte for byte. It must also
// actually handle the corpora the speed target is about.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Schema } from 'js-yaml';
import { MAX_ALIAS_NODES, MAX_YAML_DEPTH, YAML_SCHEMA, loadYamlDocuments } from '../../src/parsers/yaml.js';
import type { YamlStream } from '../../src/parsers/yaml.js';
import { parseYamlFast } from '../../src/parsers/yaml-fast.js';
import { KUBERNETES_YAML_SCHEMA } from '../../src/parsers/kubernetes.js';
import { CLOUDFORMATION_YAML_SCHEMA } from '../../src/parsers/cloudformation/tags.js';
import type { ValuePath } from '../../src/parsers/types.js';
import { cloudFormationFile, kubernetesFile, kubernetesStreamDocument } from '../../bench/corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SCHEMAS: ReadonlyArray<[string, Schema]> = [
  ['core', YAML_SCHEMA],
  ['kubernetes', KUBERNETES_YAML_SCHEMA],
  ['cloudformation', CLOUDFORMATION_YAML_SCHEMA],
];

// ---------------------------------------------------------------------------
// The comparison

type Outcome = 'handled' | 'gave-up';

/** Every path to a node of a value (object keys and array indexes), the root's [] included. */
function pathsOf(value: unknown, prefix: ValuePath = [], out: ValuePath[] = [], budget = { left: 5000 }): ValuePath[] {
  if (budget.left-- <= 0) return out;
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out, budget));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out, budget);
  }
  return out;
}

/** deepStrictEqual ignores key order; serialized values must not. */
function assertSameKeyOrder(actual: unknown, expected: unknown, where: string): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), where);
    expected.forEach((item, i) => assertSameKeyOrder((actual as unknown[])[i], item, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.deepEqual(Object.keys(actual as object), Object.keys(expected), `key order at ${where}`);
    for (const key of Object.keys(expected)) {
      assertSameKeyOrder((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${where}.${key}`);
    }
  }
}

function compareStreams(fast: YamlStream, slow: YamlStream, label: string): void {
  assert.deepStrictEqual(fast.documents, slow.documents, `${label}: documents`);
  for (const doc of slow.documents) assertSameKeyOrder(fast.documents[doc.index]!.value, doc.value, `${label}#${doc.index}`);
  assert.equal(fast.templateActions, slow.templateActions, `${label}: templateActions`);
  for (const doc of slow.documents) {
    const paths = pathsOf(doc.value);
    // Paths that do not exist (nearest falls back), and through-string segments.
    paths.push(['missing'], [0], ['0'], [...(paths[paths.length - 1] ?? []), 'missing']);
    for (const path of paths) {
      const where = `${label}#${doc.index} ${JSON.stringify(path)}`;
      assert.deepStrictEqual(fast.positionOf(doc.index, path), slow.positionOf(doc.index, path), `${where}: positionOf`);
      assert.deepStrictEqual(fast.nearestPositionOf(doc.index, path), slow.nearestPositionOf(doc.index, path), `${where}: nearest`);
    }
  }
  assert.equal(fast.positionOf(slow.documents.length, []), undefined, `${label}: a document past the end`);
}

/**
 * Loads `text` both ways. When the fast path handles it, everything must
 * match (and js-yaml must accept it); when it gives up, `auto` must still
 * behave exactly like js-yaml (same result or same error).
 */
function differential(text: string, schema: Schema, label: string): Outcome {
  const fastResult = parseYamlFast(text, schema, MAX_YAML_DEPTH, MAX_ALIAS_NODES);
  let slow: YamlStream | undefined;
  let slowError: unknown;
  try {
    slow = loadYamlDocuments(text, 'test.yaml', { schema, templateOpen: '{{', engine: 'js-yaml' });
  } catch (error) {
    slowError = error;
  }
  if (fastResult === undefined) {
    if (slow === undefined) {
      assert.throws(() => loadYamlDocuments(text, 'test.yaml', { schema, templateOpen: '{{' }), (error: unknown) => {
        assert.deepEqual(error, slowError, `${label}: same error`);
        return true;
      });
    }
    return 'gave-up';
  }
  assert.ok(slow !== undefined, `${label}: the fast path accepted what js-yaml rejects: ${String(slowError)}`);
  const fast = loadYamlDocuments(text, 'test.yaml', { schema, templateOpen: '{{' });
  compareStreams(fast, slow, label);
  return 'handled';
}

// ---------------------------------------------------------------------------
// Corpora

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The repo's YAML files, and the YAML files embedded in check examples. */
function repoTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const dir of ['examples', 'test', 'policies']) {
    for (const file of yamlFilesUnder(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file);
      texts.push([name, text]);
      if (!name.endsWith('.examples.yaml')) continue;
      const examples = load(text) as { deny?: unknown[]; allow?: unknown[] } | null;
      for (const example of [...(examples?.deny ?? []), ...(examples?.allow ?? [])]) {
        const files = (example as { files?: Record<string, unknown> }).files ?? {};
        for (const [path, body] of Object.entries(files)) {
          if (/\.ya?ml$/.test(path) && typeof body === 'string') texts.push([`${name} → ${path}`, body]);
        }
      }
    }
  }
  return texts;
}

/**
 * Twelve documents of the stream bench/kubernetes-parse.ts measures (bench/corpus.ts): anchors,
 * aliases and merge keys, flow collections inside block sequences, block scalars, octal modes.
 */
function benchStream(i: number): string {
  return Array.from({ length: 12 }, (_, k) => kubernetesStreamDocument(i * 12 + k)).join('---\n');
}

/** Snippets at the edges of the subset and of scalar typing; the fast path may give up on any of them. */
const TRICKY: string[] = [
  // scalar typing per schema
  'a: 0o17\nb: 0x1F\nc: 017\nd: 1_000\ne: .inf\nf: -.Inf\ng: .NaN\nh: ~\ni: null\nj: Null\n',
  'a: yes\nb: on\nc: off\nd: y\ne: n\nf: True\ng: FALSE\nh: no\ni: NO\n',
  'a: "1"\nb: \'1\'\nc: 1\nd: 1.0\ne: 1e3\nf: -0\ng: +1\nh: 0.\ni: -.5\nj: 1:20\nk: 0b101\nl: 1__0\n',
  'a: 12345678901234567890\nb: 0x\nc: 0o\nd: -0x1F\ne: +0o7\nf: 09\ng: 0.1.2\nh: 1e\n',
  "a: 'it''s'\nb: '' \nc: ''''\n",
  'a: "\\u00e9\\t"\nb: "\\x41\\n\\r\\\\\\"\\/"\nc: "\\U0001F600"\nd: "\\0\\a\\b\\v\\f\\e\\ \\N\\_\\L\\P"\n',
  'e: "\\q"\n',
  'a: "\\ud83d\\ude00"\nb: "\\uD800"\n',
  'c: "\\U00110000"\n',
  // comments
  'key: value # comment\nother: "a # not comment"\nthird: a#b\n',
  '# only a comment\n',
  '',
  '   \n\n',
  'a: b: c\n',
  'a: b\nb: c: d\n',
  // sequences
  '- - x\n  - y\n- z\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  'key:\n- a\n- b\nnext: 1\n',
  'key:\n  - a\n  - b\n',
  '-\n-\n- \n-  # c\n',
  '- a\n -b\n',
  'a:\n  - x\n  b: 1\n',
  // documents
  '---\n---\n',
  '--- |\n  text\n',
  '--- >\n  folded\n  text\n',
  '--- text\n',
  '--- "q"\n',
  '--- [a, b]\n',
  'a: 1\n---\nb: 2\n...\n---\nc: 3\n',
  'a: 1\n...\n',
  '...\na: 1\n',
  '---\n# comment\n---\na: 1\n---\n',
  'a: 1\n--- # trailing\n',
  '%YAML 1.2\n---\na: 1\n',
  // block scalars
  'a: |-\n  keep\n  lines\n\nb: |+\n  plus\n\n\nc: >2\n   indented\n  two\n',
  'a: |\n  line one\n    more indented\n  line three\n\n\nb: >\n  folded\n  lines\n\n  para\n    indented\n  back\n',
  'a: |\n\n  leading blank\nb: >-\n  x\n',
  'a: |2+\n    x\n  \n',
  'a: |  # comment\n  text\nb: 1\n',
  'a: |\nb: 2\n',
  'a: >\n  x\n# comment at 0\nb: 1\n',
  'a: |\n  text with trailing   \n  \t tab\n',
  'a: |\n   x\n  y\n',
  'a: |\n    \n  x\n',
  '- |\n  in a seq\n- >-\n  folded\n',
  'a: |\n  {{ template }}\nb: "{{ quoted }}"\n',
  'c: {{ plain }}\n',
  'name: app-{{ .Values.x }}\n',
  '# {{ comment }}\na: 1\n',
  // tabs, CRLF, BOM
  'a:\tb\n',
  'a: b\t# c\n',
  '\ta: 1\n',
  'a: "x\ty"\n',
  'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  lit\r\n  eral\r\n',
  '\uFEFFa: 1\n',
  'a: 1\rb: 2\n',
  // flow collections
  '[a, {b: c}]\n',
  '{a: [1, 2]}\n',
  'a: [1, "two", \'three\', [4, {five: 5}]]\nb: {}\nc: []\nd: { x: y , z: ~ }\n',
  'a: [a, ]\n',
  'a: [a: b]\n',
  'a: {b}\n',
  'a: {"q":1}\n',
  'a: {b:1}\n',
  'a: [http://x.y/z, a:b]\n',
  'a: [\n  1,\n  2\n]\n',
  'a: [1] # c\n',
  'b: {c: d}#x\n',
  '[a]: b\n',
  // keys
  ': x\n',
  'key with spaces: 1\n"quoted key": 2\n\'single\': 3\n',
  'clé: ünïcödé\n日本: 語\n',
  '1: a\n2.0: b\ntrue: c\nnull: d\n',
  '~: e\nnull: f\n',
  'a: 1\na: 2\n',
  'a: 1\n"a": 2\n',
  '1: a\n1.0: b\n',
  '__proto__: x\n',
  'constructor: 1\ntoString: 2\n',
  'key  : spaced\n"q" : x\n',
  '? complex\n: value\n',
  'a:\n  b:\n    c:\n      d: deep\n  e: 1\n',
  'a:\n    b: 1\n  c: 2\n',
  'a: 1\n  b: 2\n',
  'a:\n  multi\n  line\n',
  'a: multi\n  line plain\n',
  'a: "multi\n  line quoted"\n',
  'a: value\n  # deeper comment\nb: 2\n',
  // anchors, aliases, merge, tags
  'base: &b {x: 1}\nuse: *b\n',
  'a: &x 1\nb: *x\n',
  '<<: {a: 1}\n',
  'a: !!str 1\n',
  'a: !Ref Foo\nb: !GetAtt A.B\nc: !Sub "x-${A}"\nd: !If [c, !Ref a, !Ref "AWS::NoValue"]\ne: !Join ["", [a, !Ref b]]\n',
  'a: !If\n  - c\n  - x\n  - y\nb: !Sub\n  - "${x}"\n  - x: !Ref y\nc: !Transform\n  Name: m\n  Parameters: {a: 1}\n',
  'a: !Ref\n  - x\n',
  'a: !Foo x\n',
  'a: !Ref\nb: 1\n',
  'a: !Sub |\n  text ${x}\n',
  'a: !Ref x: y\n',
  '- !Ref a\n- !GetAZs ""\n- !Base64 {a: 1}\n',
  'a: !Join\n- ""\n- [x, y]\n',
  'a: !If [x, {b: c}]\n',
  '!Ref x\n',
  // anchors, aliases and merge keys in depth
  'base: &b\n  x: 1\n  y: 2\nuse:\n  <<: *b\n  y: 3\n  z: 4\n',
  'a: &a {x: 1}\nb: &b {y: 2, x: 0}\nc:\n  <<: [*a, *b]\n  w: 1\n',
  'c:\n  w: 1\n  <<: {w: 2, v: 3}\n',
  'c:\n  <<: *missing\n',
  'a: &a [1, 2]\nb:\n  <<: *a\n',
  'a: &a [{x: 1}, {"0": 2}]\nb:\n  <<: *a\n',
  'a: &a 1\nb:\n  <<: *a\n',
  'a: &a\n  - x\nb: *a\n',
  '- &x a\n- *x\n- [*x, &y b, *y]\n',
  'a: &a\n  b: *a\n',
  'a: &a x\na2: &a y\nb: *a\n',
  'a: &a\n  b: &a 1\n  c: *a\n',
  'a: &a\n  b: &a 1\nc: *a\n',
  'a: &a\n a: &a\n  - - x\nb: *a\n',
  'a: &a !Ref x\n',
  'a: !Ref &a x\n',
  '&root\na: 1\n',
  '--- &root\na: 1\n',
  'a: &a\nb: 1\n',
  '<<: *a\n',
  'a: *a\n',
  'x: &anchor:colon 1\ny: *anchor:colon\n',
  'a: &a {x: 1}\nb:\n  <<: *a\n  x: 2\n  x: 3\n',
  'm:\n  <<:\n    - {a: 1}\n    - b: 2\n      c: 3\n  d: 4\n',
  '- <<: &a {k: v}\n  j: 1\n- <<: *a\n  k: w\n',
  'a: &a\n  b: 1\nc:\n  d: *a\n  e:\n    <<: *a\n    <<: {z: 1}\n',
  'a: &a {b: 1}\nc: *a \nd: [*a]\ne: *a # comment\n',
  'a: &a 1\nf: *a: 1\n',
  'a: &a [x]\nb:\n  - *a\n  - - *a\n',
  'a: &a\n- x\nb: *a\n',
  'a: &a |\n  text\nb: *a\n',
  'a: &a "q"\nb: *a\n',
  'l: &l\n  app: x\nspec:\n  sel: *l\n  tpl:\n    labels:\n      <<: *l\n      version: "1"\n',
  'a: !Ref\n  &x b\n',
  '- &a\n  - 1\n- *a\n',
  'a: &a {x: 1}\nb: {<<: *a}\n',
  // more keys and plain scalars
  `${'k'.repeat(2000)}: v\n`,
  '- "a": 1\n  \'b\': 2\n- c: [x]\n',
  'a: b [c] {d} e, f\nb: x - y\n',
  '{a : 1, "b" : 2, \'c\' : [3]}\n',
  'a: x\u2028y\nb: x\u0085y\nc: "\u00a0"\n',
  'a: \'x\' # c\nb: "y"   # d\n',
  '--- # c\n...\n',
  'a: !Ref # c\nb: 1\n',
  'a: 1 # c\n# d\n  # e\nb: 2\n',
  // odd values
  'a: -\n',
  'a: - b\n',
  'a: -x\nb: ?y\nc: :z\nd: --- \ne: ...\n',
  'a: @x\n',
  'a: `x`\n',
  'a: "unterminated\n',
  "a: 'unterminated\n",
  'a: [unterminated\n',
  `a: ${'x'.repeat(20000)}\n`,
  'a:     \nb:\n',
  'a:\n',
  'a: 1\n---\nb:  |\n---\nb: 2\n',
  'a:\n---\nb: # c\n---\n- x:\n',
  'a: 1\n\n\n\nb: 2\n\n',
  '  a: 1\n  b: 2\n',
  '-\n  a: 1\n',
  '- # c\n  a: 1\n',
  'a: "\\\n  continued"\n',
  'a:\n-\n  b: 1\n',
];

// ---------------------------------------------------------------------------

describe('fast YAML path: differential against js-yaml', () => {
  it('agrees on every tricky snippet under every schema', () => {
    const counts: Record<Outcome, number> = { handled: 0, 'gave-up': 0 };
    TRICKY.forEach((text, i) => {
      for (const [name, schema] of SCHEMAS) counts[differential(text, schema, `snippet ${i} (${name})`)]++;
    });
    assert.ok(TRICKY.length >= 60);
    // Most snippets are in the subset: a fast path that gave up on everything would pass the comparisons.
    assert.ok(counts.handled > counts['gave-up'], JSON.stringify(counts));
  });

  it('agrees on every YAML file of the repo and every YAML file embedded in check examples', () => {
    const texts = repoTexts();
    assert.ok(texts.length > 100, `found ${texts.length} texts`);
    let handled = 0;
    for (const [name, text] of texts) {
      for (const [schemaName, schema] of SCHEMAS) {
        if (differential(text, schema, `${name} (${schemaName})`) === 'handled') handled++;
      }
    }
    assert.ok(handled > texts.length, `handled ${handled} of ${texts.length * SCHEMAS.length}`);
  });

  it('handles the generated Kubernetes bench corpus, without giving up', () => {
    for (let i = 0; i < 60; i++) {
      assert.equal(differential(kubernetesFile(i), KUBERNETES_YAML_SCHEMA, `kubernetesFile(${i})`), 'handled');
    }
  });

  it('handles the stream of the Kubernetes parse bench (anchors, aliases, merge keys)', () => {
    for (let i = 0; i < 12; i++) {
      assert.equal(differential(benchStream(i), KUBERNETES_YAML_SCHEMA, `benchStream(${i})`), 'handled');
    }
    const stream = loadYamlDocuments(benchStream(0), 'bench.yaml', { schema: KUBERNETES_YAML_SCHEMA });
    const deployment = stream.documents[0]!.value as { spec: { template: { metadata: { labels: Record<string, unknown> } } } };
    assert.deepEqual(deployment.spec.template.metadata.labels, {
      'app.kubernetes.io/name': 'patient-api-0',
      'app.kubernetes.io/part-of': 'clinic',
      'data-classification': 'phi',
      version: 'v0',
    });
    // A merged key is found where it is written (in the anchored mapping), an alias's children inside the anchor.
    assert.deepEqual(stream.positionOf(0, ['spec', 'template', 'metadata', 'labels', 'data-classification']), {
      startLine: 10,
      startColumn: 26,
      endLine: 10,
      endColumn: 29,
    });
    assert.deepEqual(stream.positionOf(0, ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'])?.startLine, 45);
  });

  it('handles the generated CloudFormation bench corpus, short tags included, without giving up', () => {
    for (let i = 0; i < 30; i++) {
      assert.equal(differential(cloudFormationFile(i), CLOUDFORMATION_YAML_SCHEMA, `cloudFormationFile(${i})`), 'handled');
    }
  });

  it('handles the repo Kubernetes and CloudFormation fixtures it is meant for', () => {
    const gaveUp: string[] = [];
    let total = 0;
    for (const [dir, schema] of [
      ['test/parsers/fixtures/kubernetes', KUBERNETES_YAML_SCHEMA],
      ['examples', KUBERNETES_YAML_SCHEMA],
    ] as const) {
      for (const file of yamlFilesUnder(join(root, dir))) {
        const text = readFileSync(file, 'utf8');
        if (!/^kind:/m.test(text)) continue; // Kubernetes objects only
        total++;
        if (parseYamlFast(text, schema, MAX_YAML_DEPTH, MAX_ALIAS_NODES) === undefined) gaveUp.push(relative(root, file));
      }
    }
    for (const file of yamlFilesUnder(root + 'policies/checks/cloudformation')) {
      const examples = load(readFileSync(file, 'utf8')) as { deny?: unknown[]; allow?: unknown[] } | null;
      for (const example of [...(examples?.deny ?? []), ...(examples?.allow ?? [])]) {
        for (const [path, body] of Object.entries((example as { files?: Record<string, unknown> }).files ?? {})) {
          if (!/\.ya?ml$/.test(path) || typeof body !== 'string') continue;
          total++;
          if (parseYamlFast(body, CLOUDFORMATION_YAML_SCHEMA, MAX_YAML_DEPTH, MAX_ALIAS_NODES) === undefined) gaveUp.push(`${relative(root, file)} → ${path}`);
        }
      }
    }
    assert.ok(total > 20, `found ${total}`);
    // A few fixtures exercise anchors, aliases and invalid input on purpose; the rest must take the fast path.
    assert.ok(gaveUp.length * 5 < total, `gave up on ${gaveUp.length} of ${total}: ${gaveUp.join(', ')}`);
  });

  it('agrees on seeded random edits of the snippets and corpora (broken indentation, stray indicators, cut tokens)', () => {
    const seeds = [...TRICKY, kubernetesFile(3), cloudFormationFile(1), benchStream(0)];
    const pieces = [' ', '  ', '\n', ':', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '!Ref ', '|', '>', '-', '\\', '\t', '---\n', '...\n', '~', '?', '\r\n', 'yes', '{{'];
    let state = 20260601;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const counts: Record<Outcome, number> = { handled: 0, 'gave-up': 0 };
    for (let i = 0; i < 500; i++) {
      let text = seeds[random(seeds.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        const op = random(3);
        if (op === 0) text = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + random(3));
        else {
          const from = random(text.length);
          text = text.slice(0, at) + text.slice(from, from + 1 + random(10)) + text.slice(at);
        }
      }
      for (const [name, schema] of SCHEMAS) counts[differential(text, schema, `edit ${i} (${name}) ${JSON.stringify(text).slice(0, 200)}`)]++;
    }
    assert.ok(counts.handled > 100, JSON.stringify(counts));
  });

  it('js-yaml index: a document ending in `key:` with no value still finds the key (regression found by the comparison)', () => {
    for (const engine of ['js-yaml', 'auto'] as const) {
      const stream = loadYamlDocuments('a: 1\n---\nlast:\n', 'test.yaml', { engine });
      assert.deepEqual(stream.positionOf(1, ['last']), { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 }, engine);
    }
  });

  it('gives up, never throws, on hostile input', () => {
    const hostile = [
      '['.repeat(10_000) + ']'.repeat(10_000),
      'a:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(i + 1) + 'a:').join('\n') + ' 1\n',
      'a: &a [*a]\n',
      '\u0000',
      'a: "\uD800"\n',
      'a: \x07\n',
    ];
    for (const text of hostile) {
      for (const [, schema] of SCHEMAS) assert.equal(parseYamlFast(text, schema, MAX_YAML_DEPTH, MAX_ALIAS_NODES), undefined);
    }
  });

  it('respects the caller depth limit: deeper gives up, at the limit parses', () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    assert.equal(parseYamlFast(nested(4), YAML_SCHEMA, 3, MAX_ALIAS_NODES), undefined);
    assert.deepEqual(parseYamlFast(nested(3), YAML_SCHEMA, 3, MAX_ALIAS_NODES)?.values, [[[[]]]]);
  });
});
