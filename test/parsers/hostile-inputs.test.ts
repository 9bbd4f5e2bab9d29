/**
 * Hostile input across every IaC format, end to end through scan(): syntax
 * errors, YAML alias bombs, 10,000-level nesting, multi-megabyte and
 * minified files, binary content and invalid UTF-8 under configuration file
 * names, symbolic link loops. Each file must come back in result.errors or
 * coverage.skipped with a one-line reason; the scan must not crash, hang or
 * run out of memory.
 *
 * Each scan runs in a child process with a capped heap and a wall-clock
 * timeout, so a hang or a blow-up fails the test instead of the test run.
 * The tests go through scan(), not one parser, so they cover whatever
 * formats are registered when they run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';
import { tempProject } from '../helpers/temp-project.js';

const TSX = import.meta.resolve('tsx');

interface ChildScan {
  errors: Array<{ file: string; reason: string; line?: number; column?: number }>;
  skipped: Array<{ file: string; reason: string }>;
  byType: Record<string, number>;
  findings: number;
  ms: number;
  maxRssMb: number;
}

/**
 * Runs scan() on `dir` in a child Node process with `--max-old-space-size`
 * and a timeout; fails (with the child's stderr) when it crashes, runs out
 * of memory or times out.
 */
function scanInChild(dir: string, options: { timeoutMs: number; heapMb: number }): ChildScan {
  const script = `
    import { scan } from ${JSON.stringify(join(packageRoot, 'src/index.ts'))};
    const started = performance.now();
    const r = await scan({ paths: [process.argv[1]] });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(JSON.stringify({
      errors: r.errors, skipped: r.coverage.skipped, byType: r.coverage.byType, findings: r.findings.length, ms,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }));
  `;
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${options.heapMb}`, '--import', TSX, '--input-type=module', '-e', script, dir],
    { cwd: packageRoot, encoding: 'utf8', timeout: options.timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
  );
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM';
  assert.ok(!timedOut, `the scan did not finish within ${options.timeoutMs} ms`);
  assert.equal(child.status, 0, `the scan crashed (signal ${child.signal ?? 'none'}):\n${child.stderr.slice(-3000)}`);
  return JSON.parse(child.stdout) as ChildScan;
}

/** Asserts that `file` is reported in errors or skipped, with a one-line reason matching `reason`. */
function assertReported(result: ChildScan, file: string, reason: RegExp): void {
  const entries = [...result.errors, ...result.skipped].filter((e) => e.file === file);
  assert.ok(entries.length > 0, `${file} is neither in errors nor in skipped:\n${JSON.stringify({ errors: result.errors, skipped: result.skipped }, null, 1)}`);
  for (const entry of entries) {
    assert.ok(entry.reason.length > 0 && !entry.reason.includes('\n'), `${file}: the reason must be one line: ${JSON.stringify(entry.reason)}`);
  }
  assert.ok(
    entries.some((e) => reason.test(e.reason)),
    `${file}: no reason matches ${reason}: ${JSON.stringify(entries.map((e) => e.reason))}`,
  );
}

// ---------------------------------------------------------------------------
// Payloads

const DEPTH = 10_000;

/** "Billion laughs": nine levels of nine aliases each, 9^9 nodes once expanded. */
function aliasBomb(head: string): string {
  const lines = [head, 'x0: &x0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`x${i}: &x${i} [${Array.from({ length: 9 }, () => `*x${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const deepYamlFlow = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepJsonObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const deepJsonArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0x00, 0x10, 0x00]);
const INVALID_UTF8 = (prefix: string): Buffer => Buffer.concat([Buffer.from(prefix), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a])]);

/** Files of the small hostile project: path → [content, expected reason]. */
const SMALL: Record<string, [string | Buffer, RegExp]> = {
  // Syntax errors, one per format.
  'syntax/k8s.yaml': ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: [api\n  labels: {a: b\n', /./],
  'syntax/openapi.yaml': ['openapi: 3.0.0\ninfo: {title: x}\npaths:\n  /a: {get: [}\n', /./],
  'syntax/openapi.json': ['{\n  "openapi": "3.0.0",\n  "paths": {\n    "/a": {"get" {}}\n  }\n}\n', /comma/],
  // Configuration files are parsed only when they hint at a credential key (src/parsers/config.ts): these do.
  'syntax/settings.yaml': ['database:\n  host: db\n  password_file: /run/secrets/db\n   port: [5432\n', /./],
  'syntax/settings.json': ['{"database": {"host": "db",, "password_file": "/run/secrets/db"}\n', /./],
  'syntax/template.yaml': ['AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket: {Type: "AWS::S3::Bucket", Properties: [\n', /./],
  'syntax/docker-compose.yml': ['services:\n  api:\n    image: api:1\n    environment: [A=1\n', /./],
  'syntax/main.tf': ['resource "aws_s3_bucket" "b" {\n  bucket = "x"\n', /./],
  'syntax/Dockerfile': ['FROM alpine:3.19\nRUNN echo hi\n', /unknown instruction/],
  'syntax/heredoc/Dockerfile': ['FROM alpine:3.19\nRUN <<EOF\necho hi\n', /heredoc/],
  'syntax/exec/Dockerfile': ['FROM alpine:3.19\nCMD ["node", \'server.js\']\n', /exec form/],
  'syntax/.env': ['API_URL="https://api.example\nLOG_LEVEL=info\n', /unterminated/],
  'syntax/words/.env': ['API_URL=https://api.example\njust some words\n', /not an assignment/],
  // Alias bombs in every YAML-based format.
  'bombs/k8s.yaml': [aliasBomb('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}'), /alias/i],
  'bombs/openapi.yaml': [aliasBomb('openapi: 3.0.0\ninfo: {title: bomb, version: "1"}\npaths: {}'), /alias/i],
  'bombs/settings.yaml': [aliasBomb('name: bomb\npassword_file: /run/secrets/db'), /alias/i],
  'bombs/template.yaml': [aliasBomb('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}'), /alias/i],
  'bombs/docker-compose.yml': [aliasBomb('services: {}'), /alias/i],
  // 10,000 levels of nesting, in YAML and JSON of every format.
  'deep/k8s.yaml': [`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${deepYamlFlow}\n`, /nest|deep|depth/i],
  'deep/openapi.yaml': [`openapi: 3.0.0\ninfo: {title: deep, version: "1"}\npaths: {}\nx-deep: ${deepYamlFlow}\n`, /nest|deep|depth/i],
  'deep/settings.yaml': [`password_file: /run/secrets/db\nsettings: ${deepYamlFlow}\n`, /nest|deep|depth/i],
  'deep/k8s.json': [`{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep"}, "data": ${deepJsonObject}}`, /nest|deep|depth/i],
  'deep/openapi.json': [`{"openapi": "3.0.0", "info": {"title": "deep"}, "paths": {}, "x-deep": ${deepJsonArray}}`, /nest|deep|depth/i],
  'deep/settings.json': [`{"password_file": "/run/secrets/db", "settings": ${deepJsonObject}}`, /nest|deep|depth/i],
  'deep/template.json': [`{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}, "Metadata": ${deepJsonObject}}`, /nest|deep|depth/i],
  'deep/main.tf': [`locals {\n  deep = ${deepJsonArray}\n}\n`, /./],
  'deep/json/main.tf.json': [`{"locals": {"deep": ${deepJsonObject}}}`, /nest|deep|depth/i],
  'syntax/json/main.tf.json': ['{"resource": {"aws_s3_bucket": {"b": {"bucket": "${"}}}}\n', /./],
  // Binary content under configuration file names.
  'binary/main.tf': [BINARY, /binary/],
  'binary/values.yaml': [BINARY, /binary/],
  'binary/openapi.json': [BINARY, /binary/],
  'binary/Dockerfile': [BINARY, /binary/],
  'binary/.env': [BINARY, /binary/],
  // Text that is not valid UTF-8.
  'utf8/main.tf': [INVALID_UTF8('variable "x" {}\n# '), /UTF-8/],
  'utf8/k8s.yaml': [INVALID_UTF8('apiVersion: v1\nkind: Pod\n# '), /UTF-8/],
  'utf8/openapi.json': [INVALID_UTF8('{"openapi": "3.0.0", "paths": {}, "x": "'), /UTF-8/],
  'utf8/Dockerfile': [INVALID_UTF8('FROM alpine:3.19\n# '), /UTF-8/],
  'utf8/.env': [INVALID_UTF8('API_URL=https://api.example\n# '), /UTF-8/],
  // UTF-16 (by its byte-order mark) that is not valid: a lone high surrogate.
  'utf16/.env': [Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]), /UTF-16/],
  // UTF-16 text with a NUL character is binary.
  'utf16/main.tf': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('variable "x" {}\u0000\n', 'utf16le')]), /binary/],
  // A file beyond the size limit (never read).
  'size/huge.json': [`{"data": "${'x'.repeat(5 * 1024 * 1024 + 10)}"}`, /larger than/],
};

/** Symbolic links that loop: to each other, to themselves, a directory to its parent. */
function plantLinks(dir: string): string[] {
  const links = join(dir, 'links');
  mkdirSync(join(links, 'sub'), { recursive: true });
  symlinkSync('loop-b.yaml', join(links, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(links, 'loop-b.yaml'));
  symlinkSync('self.tf', join(links, 'self.tf'));
  symlinkSync('..', join(links, 'sub', 'up'));
  return ['links/loop-a.yaml', 'links/loop-b.yaml', 'links/self.tf', 'links/sub/up'];
}

describe('hostile input across formats (end to end)', () => {
  let project: { dir: string; cleanup: () => void };
  let links: string[];
  let result: ChildScan;

  before(() => {
    project = tempProject(Object.fromEntries(Object.entries(SMALL).map(([path, [content]]) => [path, content])));
    links = plantLinks(project.dir);
    result = scanInChild(project.dir, { timeoutMs: 120_000, heapMb: 512 });
  });
  after(() => project.cleanup());

  for (const [file, [, reason]] of Object.entries(SMALL)) {
    it(`reports ${file}`, () => assertReported(result, file, reason));
  }

  it('reports every symbolic link loop as not followed', () => {
    for (const link of links) assertReported(result, link, /symbolic link/);
  });

  it('finishes quickly within the heap cap', () => {
    assert.ok(result.ms < 60_000, `took ${result.ms} ms`);
    assert.ok(result.maxRssMb < 768, `peak RSS ${result.maxRssMb} MB`);
  });
});

// ---------------------------------------------------------------------------
// Large files

/** A valid OpenAPI specification of about `bytes` bytes. */
function bigOpenApi(bytes: number): string {
  const head = 'openapi: 3.0.3\ninfo: {title: Big, version: "1"}\nsecurity: [{bearer: []}]\npaths:\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const item = [
      `  /patients${i}/{id}:`,
      '    get:',
      '      parameters:',
      '        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}',
      '        - {name: limit, in: query, schema: {type: integer, maximum: 100}}',
      '      responses:',
      '        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Patient"}}}}',
      '        "401": {description: no}',
      '        "429": {description: slow down}',
      '',
    ].join('\n');
    parts.push(item);
    size += item.length;
  }
  parts.push(
    'components:\n  securitySchemes: {bearer: {type: http, scheme: bearer}}\n  schemas:\n    Patient:\n      type: object\n      properties:\n        name: {type: string, maxLength: 10}\n',
  );
  return parts.join('');
}

/** A Kubernetes multi-document manifest of about `bytes` bytes. */
function bigManifests(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\n  namespace: clinic\ndata:\n  mode: "${'m'.repeat(200)}"\n  level: "info"\n`;
    parts.push(doc);
    size += doc.length;
  }
  return parts.join('');
}

/** A JSON configuration file of about `bytes` bytes (pretty-printed); its credential-like keys make the config parser read it all. */
function bigJsonConfig(bytes: number): string {
  const entry = (i: number): { host: string; port: number; tokenTtl: number; tags: string[] } => ({
    host: `svc-${i}.internal`,
    port: 8000 + (i % 1000),
    tokenTtl: 3600,
    tags: ['a', 'b', 'c'],
  });
  const perEntry = JSON.stringify({ services: { 'service-99999': entry(99_999) } }, null, 2).length - JSON.stringify({ services: {} }, null, 2).length + 2;
  const entries: Record<string, ReturnType<typeof entry>> = {};
  for (let i = 0; i < Math.ceil(bytes / perEntry); i++) entries[`service-${i}`] = entry(i);
  return JSON.stringify({ services: entries }, null, 2);
}

/** A minified OpenAPI specification on one line of about `bytes` bytes. */
function minifiedOpenApi(bytes: number): string {
  const paths: Record<string, unknown> = {};
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    paths[`/records${i}/{id}`] = {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': { description: 'ok' }, '401': { description: 'no' }, '429': { description: 'slow' } },
      },
    };
    size += 200;
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'Minified', version: '1' }, security: [{ bearer: [] }], paths, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } });
}

const MB = 1_000_000;

describe('large files (end to end)', () => {
  const cases: Array<[string, string, () => string, string]> = [
    ['a 5 MB OpenAPI specification (YAML)', 'api/openapi.yaml', () => bigOpenApi(5.1 * MB), 'openapi'],
    ['a 5 MB Kubernetes manifest (YAML, multi-document)', 'k8s/settings.yaml', () => bigManifests(5.1 * MB), 'kubernetes'],
    ['a 5 MB JSON configuration file', 'config/services.json', () => bigJsonConfig(5.2 * MB), 'config'],
    ['a minified 2 MB single-line OpenAPI specification (JSON)', 'api/openapi.min.json', () => minifiedOpenApi(2 * MB), 'openapi'],
  ];
  for (const [name, file, make, type] of cases) {
    it(`scans ${name} within the time and memory budget`, (t) => {
      const text = make();
      assert.ok(text.length >= (name.includes('2 MB') ? 2 : 5) * MB && text.length < 5 * 1024 * 1024, `generated ${text.length} bytes`);
      const { dir, cleanup } = tempProject({ [file]: text });
      try {
        const result = scanInChild(dir, { timeoutMs: 180_000, heapMb: 1024 });
        t.diagnostic(`${file}: ${(text.length / MB).toFixed(1)} MB in ${result.ms} ms, peak RSS ${result.maxRssMb} MB, ${result.findings} findings`);
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.skipped.filter((s) => s.file === file), []);
        assert.equal(result.byType[type], 1, JSON.stringify(result.byType));
        assert.ok(result.ms < 90_000, `took ${result.ms} ms`);
        assert.ok(result.maxRssMb < 1500, `peak RSS ${result.maxRssMb} MB`);
      } finally {
        cleanup();
      }
    });
  }
});
