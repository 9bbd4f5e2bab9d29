// The shared YAML loader: documents with lines, the lazy position index,
// and refusal of hostile input, with exact positions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA } from 'js-yaml';
import { loadYamlDocuments, YAML_SCHEMA } from '../../src/parsers/yaml.js';
import { ParseError } from '../../src/parsers/types.js';
import type { Range } from '../../src/parsers/types.js';
import { textInRange } from '../helpers/range-text.js';

const fixtures = fileURLToPath(new URL('./fixtures/kubernetes/', import.meta.url));
const fixture = (name: string): string => readFileSync(fixtures + name, 'utf8');

/** Asserts that loading throws a ParseError with exactly this message and position. */
function assertParseError(text: string, message: string, line: number, column: number, options = {}): void {
  assert.throws(
    () => loadYamlDocuments(text, 'test.yaml', options),
    (error: unknown) => {
      assert.ok(error instanceof ParseError, `expected ParseError, got ${String(error)}`);
      assert.deepEqual({ message: error.message, line: error.line, column: error.column }, { message, line, column });
      return true;
    },
  );
}

const STREAM = `# leading comment
---
apiVersion: v1
kind: Pod
metadata:
  name: "web"
  labels: &labels {app: web, tier: 'front'}
spec:
  containers:
    - name: app
      image: nginx:1.27
      command: [sh, -c, "exec nginx"]
      securityContext: &hardened
        privileged: false
        runAsUser:
      env:
        - {name: MODE, value: "1"}
    - name: sidecar
      securityContext: *hardened
  extra:
    <<: *labels
    own: 1
  script: |
    echo one

    echo two

# trailing comment
---
# only a comment
---
- first
- [second,
   third]
`;

describe('loadYamlDocuments: documents and lines', () => {
  const stream = loadYamlDocuments(STREAM, 'stream.yaml');

  it('returns every document with its content lines (comments and markers excluded)', () => {
    assert.equal(stream.file, 'stream.yaml');
    assert.deepEqual(
      stream.documents.map(({ index, startLine, endLine }) => ({ index, startLine, endLine })),
      [
        { index: 0, startLine: 3, endLine: 26 },
        { index: 1, startLine: 29, endLine: 29 }, // empty: its `---` line
        { index: 2, startLine: 32, endLine: 34 },
      ],
    );
    assert.equal(stream.documents[1]!.value, null);
    assert.deepEqual(stream.documents[2]!.value, ['first', ['second', 'third']]);
  });

  it('constructs values with the core schema plus merge keys', () => {
    const pod = stream.documents[0]!.value as { spec: { extra: unknown; containers: Array<{ securityContext: unknown }>; script: string } };
    assert.deepEqual(pod.spec.extra, { app: 'web', tier: 'front', own: 1 });
    assert.equal(pod.spec.containers[1]!.securityContext, pod.spec.containers[0]!.securityContext); // aliases share
    assert.equal(pod.spec.script, 'echo one\n\necho two\n');
    const [core] = loadYamlDocuments('a: yes\nb: 0644\nc: 0o17\n', 'x.yaml').documents;
    assert.deepEqual(core!.value, { a: 'yes', b: 644, c: 15 });
  });

  it('returns no documents for empty or comment-only text', () => {
    assert.deepEqual(loadYamlDocuments('', 'e.yaml').documents, []);
    assert.deepEqual(loadYamlDocuments('# nothing\n', 'e.yaml').documents, []);
    assert.deepEqual(loadYamlDocuments(fixture('clinic/comments-only.yaml'), 'c.yaml').documents, [
      { index: 0, value: null, startLine: 1, endLine: 1 },
      { index: 1, value: null, startLine: 3, endLine: 3 },
    ]);
  });

  it('reports the lines of a JSON document', () => {
    const text = fixture('clinic/reporting-deployments.json');
    const [doc] = loadYamlDocuments(text, 'r.json').documents;
    assert.deepEqual({ startLine: doc!.startLine, endLine: doc!.endLine }, { startLine: 1, endLine: 18 });
  });

  it('accepts a flow closer at the indentation of its key, as kubectl does, and still rejects other deficient indentation', () => {
    const text = 'args: [\n    "--port", "8080",\n]\nports: {\n    http: 80 }\nnext:\n  - a\n';
    const stream = loadYamlDocuments(text, 'flow.yaml');
    assert.deepEqual(stream.documents[0]!.value, { args: ['--port', '8080'], ports: { http: 80 }, next: ['a'] });
    assert.equal(stream.positionOf(0, ['next'])?.startLine, 7);
    assert.throws(() => loadYamlDocuments('a:\n  b: [\n 1 ]\n', 'bad.yaml'), /deficient indentation/);
  });

  it('handles CRLF line ends', () => {
    const text = 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: "z"\r\n';
    const s = loadYamlDocuments(text, 'crlf.yaml');
    assert.deepEqual(s.documents[0]!.value, { a: 1, b: 'x\ny\n', c: 'z' });
    assert.deepEqual(s.positionOf(0, ['b']), { startLine: 2, startColumn: 4, endLine: 4, endColumn: 4 });
    assert.deepEqual(s.positionOf(0, ['c']), { startLine: 5, startColumn: 4, endLine: 5, endColumn: 7 });
  });
});

describe('loadYamlDocuments: positions', () => {
  const stream = loadYamlDocuments(STREAM, 'stream.yaml');
  const at = (path: Array<string | number>, doc = 0): Range | undefined => stream.positionOf(doc, path);

  const cases: Array<[string, Array<string | number>, Range, string]> = [
    ['the document root', [], { startLine: 3, startColumn: 1, endLine: 26, endColumn: 13 }, ''],
    ['a double-quoted scalar, quotes included', ['metadata', 'name'], { startLine: 6, startColumn: 9, endLine: 6, endColumn: 14 }, '"web"'],
    ['a flow mapping with its anchor', ['metadata', 'labels'], { startLine: 7, startColumn: 11, endLine: 7, endColumn: 44 }, "&labels {app: web, tier: 'front'}"],
    ['a single-quoted scalar in a flow mapping', ['metadata', 'labels', 'tier'], { startLine: 7, startColumn: 36, endLine: 7, endColumn: 43 }, "'front'"],
    ['a block sequence item', ['spec', 'containers', 1], { startLine: 18, startColumn: 7, endLine: 19, endColumn: 33 }, 'name: sidecar\n      securityContext: *hardened'],
    ['a plain scalar', ['spec', 'containers', 0, 'securityContext', 'privileged'], { startLine: 14, startColumn: 21, endLine: 14, endColumn: 26 }, 'false'],
    ['an empty value (the key)', ['spec', 'containers', 0, 'securityContext', 'runAsUser'], { startLine: 15, startColumn: 9, endLine: 15, endColumn: 18 }, 'runAsUser'],
    ['a flow sequence item', ['spec', 'containers', 0, 'command', 2], { startLine: 12, startColumn: 25, endLine: 12, endColumn: 37 }, '"exec nginx"'],
    ['a flow mapping in a block sequence', ['spec', 'containers', 0, 'env', 0], { startLine: 17, startColumn: 11, endLine: 17, endColumn: 35 }, '{name: MODE, value: "1"}'],
    ['an alias', ['spec', 'containers', 1, 'securityContext'], { startLine: 19, startColumn: 24, endLine: 19, endColumn: 33 }, '*hardened'],
    ['a path through an alias (where the value is written)', ['spec', 'containers', 1, 'securityContext', 'privileged'], { startLine: 14, startColumn: 21, endLine: 14, endColumn: 26 }, 'false'],
    ['a key brought in by a merge', ['spec', 'extra', 'app'], { startLine: 7, startColumn: 25, endLine: 7, endColumn: 28 }, 'web'],
    ['a key beside a merge', ['spec', 'extra', 'own'], { startLine: 22, startColumn: 10, endLine: 22, endColumn: 11 }, '1'],
    ['a literal block scalar, header to last character', ['spec', 'script'], { startLine: 23, startColumn: 11, endLine: 26, endColumn: 13 }, '|\n    echo one\n\n    echo two'],
  ];
  for (const [name, path, range, text] of cases) {
    it(`locates ${name}`, () => {
      assert.deepEqual(at(path), range);
      if (text !== '') assert.equal(textInRange(STREAM, range), text);
    });
  }

  it('locates nodes in later documents and in multi-line flow collections', () => {
    assert.deepEqual(at([1], 2), { startLine: 33, startColumn: 3, endLine: 34, endColumn: 10 });
    assert.equal(textInRange(STREAM, at([1, 1], 2)), 'third');
    assert.equal(at([], 1), undefined); // an empty document has no position
  });

  it('returns undefined for a missing path, and the deepest ancestor from nearestPositionOf', () => {
    assert.equal(at(['spec', 'containers', 0, 'ports']), undefined);
    assert.equal(at(['spec', 'containers', 7]), undefined);
    assert.equal(at(['nope'], 9), undefined);
    assert.deepEqual(stream.nearestPositionOf(0, ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']), {
      range: { startLine: 13, startColumn: 24, endLine: 15, endColumn: 18 },
      depth: 4,
    });
    assert.equal(textInRange(STREAM, stream.nearestPositionOf(0, ['spec', 'containers', 0, 'securityContext', 'x'])!.range), '&hardened\n        privileged: false\n        runAsUser');
  });

  it('accepts numeric strings as sequence indexes and numbers as mapping keys', () => {
    assert.deepEqual(at(['spec', 'containers', '1']), at(['spec', 'containers', 1]));
    const s = loadYamlDocuments('ports:\n  8080: http\n', 'p.yaml');
    assert.equal(textInRange('ports:\n  8080: http\n', s.positionOf(0, ['ports', 8080])), 'http');
  });

  it('indexes a document that needs the whole stream (a %TAG directive)', () => {
    const text = '%TAG !s! tag:yaml.org,2002:\n---\nport: !s!str 8080\nname: web\n';
    const s = loadYamlDocuments(text, 'tag.yaml');
    assert.deepEqual(s.documents[0]!.value, { port: '8080', name: 'web' });
    assert.equal(textInRange(text, s.positionOf(0, ['port'])), '!s!str 8080');
    assert.equal(textInRange(text, s.positionOf(0, ['name'])), 'web');
  });

  it('locates every document of a long stream (one by one, then the rest in one pass)', () => {
    const doc = (i: number): string => `kind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: |\n    value ${i}\n`;
    const text = Array.from({ length: 150 }, (_, i) => doc(i)).join('---\n');
    const s = loadYamlDocuments(text, 'many.yaml');
    for (let i = 149; i >= 0; i--) {
      const range = s.positionOf(i, ['metadata', 'name'])!;
      assert.equal(textInRange(text, range), `cm-${i}`);
      assert.equal(range.startLine, s.documents[i]!.startLine + 2);
    }
  });
});

describe('loadYamlDocuments: errors and hostile input', () => {
  it('reports a syntax error on one line with a 1-based position', () => {
    assertParseError(fixture('clinic/broken.yaml'), 'bad indentation of a mapping entry', 7, 9);
    assertParseError('a: [1, 2\nb: 3\n', 'deficient indentation', 2, 1);
  });

  it('reports a duplicate key with its name', () => {
    assertParseError(fixture('hostile/duplicate-key.yaml'), 'duplicated mapping key "runAsNonRoot"', 10, 9);
    assertParseError('x: {a: 1, "a": 2}\n', 'duplicated mapping key "a"', 1, 11);
  });

  it('reports a complex key (a mapping or list as a key) at its line, in words (js-yaml marks the document start)', () => {
    const message = 'a mapping key that is itself a mapping or a list (a YAML complex key) is not supported';
    // Gatekeeper's invalid-resources fixtures write `{}: {}` under metadata.
    assertParseError('kind: A\nmetadata:\n  name: x\n  {}: {}\n', message, 4, 3);
    assertParseError('a: 1\n? [x, y]\n: 2\n', message, 2, 1);
    assertParseError('items:\n  - [1, 2]: c\n', message, 2, 5);
  });

  it('refuses an alias bomb before building anything', () => {
    assertParseError(fixture('hostile/alias-bomb.yaml'), 'too many YAML aliases (they expand to more than 100000 nodes)', 12, 10);
    // The budget counts expanded nodes, not alias tokens.
    const reuse = 'base: &b {a: 1, b: 2, c: 3}\nx: [*b, *b, *b]\n';
    assert.doesNotThrow(() => loadYamlDocuments(reuse, 'ok.yaml'));
    assertParseError(reuse, 'too many YAML aliases (they expand to more than 10 nodes)', 2, 9, { maxAliasNodes: 10 });
  });

  it('refuses a recursive alias (a cyclic value)', () => {
    assertParseError(fixture('hostile/recursive-alias.yaml'), 'recursive YAML alias "*data"', 6, 9);
    assertParseError('&x [a, *x]\n', 'recursive YAML alias "*x"', 1, 8);
  });

  it('refuses nesting deeper than 200 collections, counting aliases', () => {
    const flow = (n: number): string => `${'['.repeat(n)}x${']'.repeat(n)}\n`;
    const block = (n: number): string => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ` leaf\n`;
    assert.doesNotThrow(() => loadYamlDocuments(flow(200), 'ok.yaml'));
    assert.doesNotThrow(() => loadYamlDocuments(block(200), 'ok.yaml'));
    assertParseError(`${'['.repeat(201)}${']'.repeat(201)}\n`, 'YAML nesting deeper than 200 levels', 1, 201);
    assertParseError(flow(201), 'YAML nesting deeper than 200 levels', 1, 202);
    assertParseError(block(201), 'YAML nesting deeper than 200 levels', 201, 201);
    assertParseError(fixture('hostile/deep-nesting.yaml'), 'YAML nesting deeper than 200 levels', 7, 808);
    const viaAlias = `a: &a ${'['.repeat(150)}${']'.repeat(150)}\nb: ${'['.repeat(60)}*a${']'.repeat(60)}\n`;
    assertParseError(viaAlias, 'YAML nesting deeper than 200 levels', 2, 64);
  });

  it('turns other loader errors into one-line ParseErrors', () => {
    assertParseError('a: !Ref x\n', 'unknown scalar tag !<!Ref>', 1, 4);
    assertParseError('a: *nowhere\n', 'unidentified alias "nowhere"', 1, 4);
    assertParseError('a:\n\tb: 1\n', 'tab characters must not be used in indentation', 2, 1);
    assertParseError('a: 1\u0000', 'null byte is not allowed in input', 1, 5);
  });

  it('uses the schema it is given', () => {
    const text = 'base: &b {x: 1}\nc:\n  <<: *b\n';
    assert.deepEqual(loadYamlDocuments(text, 'm.yaml').documents[0]!.value, { base: { x: 1 }, c: { x: 1 } });
    assert.deepEqual(loadYamlDocuments(text, 'm.yaml', { schema: CORE_SCHEMA }).documents[0]!.value, { base: { x: 1 }, c: { '<<': { x: 1 } } });
    assert.notEqual(YAML_SCHEMA, CORE_SCHEMA);
  });

  it('keeps long multi-document streams with merge keys loadable', () => {
    // js-yaml's own merge budget (10,000 keys per load) counts across documents.
    const text = Array.from({ length: 3000 }, () => 'a: &a {w: 1, x: 2, y: 3, z: 4}\nb:\n  <<: *a\n').join('---\n');
    assert.equal(loadYamlDocuments(text, 'long.yaml').documents.length, 3000);
  });
});

describe('loadYamlDocuments: template detection', () => {
  const detect = (text: string): boolean => loadYamlDocuments(text, 't.yaml', { templateOpen: '{{' }).templateActions;

  it('finds template actions in plain scalars', () => {
    assert.equal(detect(fixture('helm-like/portal-config.yaml')), true);
    assert.equal(detect('name: app-{{ .Release.Name }}\n'), true);
  });

  it('ignores template-like text in quoted and block scalars and in comments', () => {
    assert.equal(detect(fixture('clinic/alert-rules.yaml')), false);
    assert.equal(detect('# render with {{ .Values }}\na: 1 # or {{ x }}\n'), false);
    assert.equal(detect("a: '{{ x }}'\nb: \"{{ y }}\"\n"), false);
  });

  it('is false unless asked for', () => {
    assert.equal(loadYamlDocuments('name: app-{{ x }}\n', 't.yaml').templateActions, false);
  });

  it('takes ${{ … }} workflow expressions for data, and a Helm action after a $ for a template', () => {
    // act's and actionlint's workflow test data (outside .github/workflows) were skipped as templated.
    assert.equal(detect('jobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    env:\n      X: ${{secrets.X}}-${{ github.sha }}\n'), false);
    assert.equal(detect('image: ${{ false || \'\' }}\n'), false);
    assert.equal(detect('url: http://${{ .Values.host }}\n'), true);
    assert.equal(detect('url: ${{- .Values.host }}\n'), true);
    assert.equal(detect('a: ${{ x }}\nb: app-{{ y }}\n'), true);
  });

  it("takes cloud-init's instance-data references for data, and other actions for a template", () => {
    // Cluster API's kubeadm configurations: commands that cloud-init renders on the machine.
    const capi = [
      'preKubeadmCommands:',
      '  - hostnamectl set-hostname "{{ ds.meta_data.hostname }}"',
      '  - echo "::1 ipv6-localhost ipv6-loopback {{ local_hostname }}" >>/etc/hosts',
      '  - echo {{ v1.local_hostname }} {{ ds.meta_data.tags.cluster-name }}',
      '',
    ].join('\n');
    assert.equal(detect(capi), false);
    assert.equal(detect('command: set-hostname {{ ds.meta_data.hostname }} {{ .Values.x }}\n'), true);
    assert.equal(detect('name: app-{{ local_hostname | upper }}\n'), true);
    assert.equal(detect('name: app-{{ ds }}\n'), true);
  });
});
