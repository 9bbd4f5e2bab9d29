// The Dockerfile parser: stages, instructions with exact lines (continuations,
// comments inside them, heredocs, the escape directive), exec vs shell form,
// ARG substitution in FROM, effective USER, secret annotation, locate(), and
// malformed files reported with their line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDockerfileName, loadDockerfiles, parseDockerfile, parseImageRef, type DockerStage } from '../../src/parsers/dockerfile.js';
import { ParseError } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

const MULTI_STAGE = [
  '# syntax=docker/dockerfile:1.7', // 1
  'ARG NODE_VERSION=20.11', // 2
  'ARG REGISTRY', // 3
  'FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS build', // 4
  'WORKDIR /app', // 5
  'COPY package*.json ./', // 6
  'RUN npm ci \\', // 7
  '    # a comment inside the continuation', // 8
  '    && npm run build', // 9
  'RUN <<EOF', // 10
  'set -e', // 11
  'echo built', // 12
  'EOF', // 13
  '', // 14
  'FROM ${REGISTRY}/runtime AS base', // 15
  'USER app', // 16
  '', // 17
  'FROM build', // 18
  'ENV NODE_ENV=production \\', // 19
  '    DB_PASSWORD=Tr0ub4dor-and-3 \\', // 20
  '    LOG_LEVEL=info', // 21
  'ENV PATH_PREFIX /srv/app', // 22
  'ADD --checksum=sha256:abc https://example.org/a.tgz /opt/', // 23
  'ADD https://example.org/b.tgz /opt/', // 24
  'COPY --from=build /app/dist /srv', // 25
  'EXPOSE 8080/tcp 9090', // 26
  'HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:8080/health"]', // 27
  'USER 10001:10001', // 28
  'CMD ["node", "/srv/server.js"]', // 29
].join('\n');

function stage(id: string): DockerStage {
  const found = parseDockerfile(MULTI_STAGE, 'Dockerfile').resources.find((s) => s.id === id);
  assert.ok(found, `no stage ${id}`);
  return found;
}

describe('parseDockerfile', () => {
  it('reads stages, their base images and which one is final', () => {
    const doc = parseDockerfile(MULTI_STAGE, 'Dockerfile');
    assert.deepEqual(
      doc.resources.map((s) => [s.id, s.index, s.name, s.final, s.startLine, s.endLine]),
      [
        ['stage/build', 0, 'build', false, 4, 13],
        ['stage/base', 1, 'base', false, 15, 16],
        ['stage/2', 2, null, true, 18, 29],
      ],
    );
    assert.deepEqual(stage('stage/build').from, { ref: 'node:20.11-alpine', line: 4, name: 'node', tag: '20.11-alpine', digest: null, latest: false, untagged: false });
    assert.deepEqual(stage('stage/base').from, { ref: { __unknown__: '${REGISTRY}/runtime', refs: ['REGISTRY'] }, line: 15 });
    assert.deepEqual(stage('stage/2').from, { ref: 'build', line: 18, stage: true });
    assert.equal((stage('stage/build') as unknown as { platform: string }).platform, '$BUILDPLATFORM');
    assert.deepEqual(doc.globalArgs.map((a) => [a.id, a.default, a.startLine]), [['arg/NODE_VERSION', '20.11', 2], ['arg/REGISTRY', null, 3]]);
  });

  it('joins continuations, drops comments inside them and keeps exact lines', () => {
    const build = stage('stage/build');
    assert.deepEqual(build.runs[0], { command: 'npm ci && npm run build', line: 7, endLine: 9, form: 'shell' });
    assert.deepEqual(build.runs[1], { command: '<<EOF\nset -e\necho built', line: 10, endLine: 13, form: 'shell' });
    assert.deepEqual(build.instructions.map((i) => [i.instruction, i.line, i.endLine]), [['FROM', 4, 4], ['WORKDIR', 5, 5], ['COPY', 6, 6], ['RUN', 7, 9], ['RUN', 10, 13]]);
  });

  it('reads ENV in both forms with the line of each pair, and annotates secrets', () => {
    const final = stage('stage/2');
    assert.deepEqual(final.env, [
      { key: 'NODE_ENV', value: 'production', line: 19 },
      { key: 'DB_PASSWORD', value: 'Tr0ub4dor-and-3', line: 20, secret: { kind: 'credential-name', label: 'a secret by its name' } },
      { key: 'LOG_LEVEL', value: 'info', line: 21 },
      { key: 'PATH_PREFIX', value: '/srv/app', line: 22 },
    ]);
  });

  it('reads ADD/COPY sources, remote downloads, checksums, EXPOSE, HEALTHCHECK and exec form', () => {
    const final = stage('stage/2');
    assert.deepEqual(final.adds.map((a) => [a.instruction, a.sources, a.remote, a.checksum, a.fromStage, a.line]), [
      ['ADD', ['https://example.org/a.tgz'], true, true, null, 23],
      ['ADD', ['https://example.org/b.tgz'], true, false, null, 24],
      ['COPY', ['/app/dist'], false, false, 'build', 25],
    ]);
    assert.deepEqual(final.exposes, [{ port: '8080/tcp', line: 26 }, { port: '9090', line: 26 }]);
    assert.deepEqual(final.healthcheck, { none: false, line: 27 });
    const cmd = final.instructions.find((i) => i.instruction === 'CMD');
    assert.deepEqual(cmd?.exec, ['node', '/srv/server.js']);
    assert.equal(cmd?.form, 'exec');
  });

  it('tracks the effective user, inherited from the stage a stage is built from', () => {
    assert.equal(stage('stage/build').user, null);
    assert.deepEqual(stage('stage/2').user, { value: '10001:10001', line: 28 });
    const inherited = parseDockerfile('FROM node:20 AS base\nUSER node\nFROM base\nCMD ["node"]\n', 'Dockerfile').resources[1]!;
    assert.deepEqual(inherited.user, { value: 'node', line: 2, inherited: true });
    const unknownUser = parseDockerfile('FROM node:20\nUSER $APP_USER\n', 'Dockerfile').resources[0]!;
    assert.deepEqual(unknownUser.user, { value: { __unknown__: '$APP_USER', refs: ['APP_USER'] }, line: 2 });
  });

  it('honours the escape directive and <<- heredocs', () => {
    const doc = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    c:\\\nCOPY <<-EOT /x\n\thello\n\tEOT\n', 'Dockerfile');
    const s = doc.resources[0]!;
    assert.deepEqual(s.runs[0], { command: 'dir c:\\', line: 3, endLine: 4, form: 'shell' });
    assert.deepEqual(s.instructions[2]?.heredocs, [{ delimiter: 'EOT', body: 'hello' }]);
    assert.equal(s.instructions[2]?.endLine, 7);
  });

  it('reads several heredocs of one instruction and ignores << inside words', () => {
    const s = parseDockerfile('FROM alpine:3\nRUN <<A cat - <<B\na\nA\nb\nB\nRUN python -c "print(1<<EOF)"\nUSER 1\n', 'Dockerfile').resources[0]!;
    assert.deepEqual(s.instructions[1]?.heredocs, [{ delimiter: 'A', body: 'a' }, { delimiter: 'B', body: 'b' }]);
    assert.deepEqual(s.runs.map((r) => [r.line, r.endLine]), [[2, 6], [7, 7]]);
  });

  it('ends an instruction continued past the end of the file on its last line', () => {
    const s = parseDockerfile('FROM alpine:3\nRUN echo a \\\n\n', 'Dockerfile').resources[0]!;
    assert.deepEqual(s.runs, [{ command: 'echo a', line: 2, endLine: 2, form: 'shell' }]);
  });

  it('parses a very long continued ENV in linear time, each pair on its line', () => {
    const pairs = Array.from({ length: 50_000 }, (_, i) => `    K${i}=v${i} \\`).join('\n');
    const started = performance.now();
    const s = parseDockerfile(`FROM alpine:3\nENV \\\n${pairs}\n    LAST=1\n`, 'Dockerfile').resources[0]!;
    assert.equal(s.env.length, 50_001);
    assert.deepEqual(s.env[49_999], { key: 'K49999', value: 'v49999', line: 50_002 });
    assert.ok(performance.now() - started < 10_000, 'took too long');
  });

  it('treats untagged and latest images as latest, and keeps digests', () => {
    assert.deepEqual(parseImageRef('registry.example.com:5000/team/api'), { name: 'registry.example.com:5000/team/api', tag: null, digest: null });
    assert.deepEqual(parseImageRef('node:20@sha256:abc'), { name: 'node', tag: '20', digest: 'sha256:abc' });
    const s = parseDockerfile('FROM ubuntu\n', 'Dockerfile').resources[0]!;
    assert.equal(s.from.latest, true);
    assert.equal(s.from.untagged, true);
    assert.equal(parseDockerfile('FROM scratch\n', 'Dockerfile').resources[0]!.from.scratch, true);
    // A digest pins the image whatever the tag says.
    const pinned = parseDockerfile('FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', 'Dockerfile').resources[0]!;
    assert.deepEqual([pinned.from.tag, pinned.from.latest], ['latest', false]);
  });

  it('validates against policies/schemas/dockerfile.json', () => {
    assert.equal(inputSchemaErrors('dockerfile', parseDockerfile(MULTI_STAGE, 'Dockerfile')), '');
  });

  const malformed: Array<[string, string, RegExp, number]> = [
    ['an unknown instruction', 'FROM node:20\nRUNN npm ci\n', /unknown instruction "RUNN"/, 2],
    ['an unterminated heredoc', 'FROM node:20\nRUN <<EOF\necho hi\n', /unterminated heredoc <<EOF/, 2],
    ['an exec form that is not JSON', 'FROM node:20\nCMD ["node", \'server.js\']\n', /exec form is not a valid JSON array/, 2],
    ['an instruction before FROM', 'RUN echo hi\nFROM node:20\n', /RUN before the first FROM/, 1],
    ['no FROM at all', '# only a comment\nARG X=1\n', /no FROM instruction/, 2],
    ['ENV without a value', 'FROM node:20\nENV A=1 B\n', /ENV needs key=value pairs/, 2],
  ];
  for (const [name, text, reason, line] of malformed) {
    it(`rejects ${name} with its line`, () => {
      assert.throws(() => parseDockerfile(text, 'Dockerfile'), (error: unknown) => error instanceof ParseError && reason.test(error.message) && error.line === line);
    });
  }
});

describe('loadDockerfiles', () => {
  it('loads each file as its own document and reports bad files as errors', () => {
    const result = loadDockerfiles('.', [
      { path: 'b/Dockerfile', text: 'FROM node:20\nUSER node\n' },
      { path: 'a.dockerfile', text: 'FROM node:20\nBOGUS x\n' },
    ]);
    assert.deepEqual(result.errors, [{ file: 'a.dockerfile', reason: 'unknown instruction "BOGUS"', line: 2, column: 1 }]);
    assert.deepEqual(result.documents.map((d) => d.document.path), ['b/Dockerfile']);
  });

  it('locates a path at the line of the item it names', () => {
    const parsed = loadDockerfiles('.', [{ path: 'Dockerfile', text: MULTI_STAGE }]).documents[0]!;
    assert.deepEqual(parsed.locate('stage/2', ['env', 1]), { startLine: 20, startColumn: 5, endLine: 20, endColumn: 34 });
    assert.equal(parsed.locate('stage/2', ['adds', 1])?.startLine, 24);
    assert.equal(parsed.locate('stage/build', ['runs', 0])?.endLine, 9);
    assert.equal(parsed.locate('stage/2', ['from'])?.startLine, 18);
    assert.equal(parsed.locate('arg/REGISTRY', [])?.startLine, 3);
    assert.equal(parsed.locate('stage/none', []), undefined);
  });
});

describe('isDockerfileName', () => {
  it('recognises Dockerfile names and not look-alikes', () => {
    for (const name of ['Dockerfile', 'dockerfile', 'Dockerfile.prod', 'api.dockerfile', 'Containerfile']) assert.equal(isDockerfileName(name), true, name);
    for (const name of ['Dockerfile.dockerignore', 'docker-compose.yml', 'Dockerfiles', 'my-dockerfile']) assert.equal(isDockerfileName(name), false, name);
    // Variants by suffix are Dockerfiles; code and text named after them are not (Trivy's dockerfile.go was read as one).
    for (const name of ['Dockerfile.dev', 'dockerfile.alpine', 'Dockerfile.ubuntu22.04', 'Containerfile.fedora', 'Dockerfile-ubi8-8.3-227', 'Dockerfile_prod']) {
      assert.equal(isDockerfileName(name), true, name);
    }
    for (const name of ['dockerfile.go', 'Dockerfile.md', 'dockerfile.py', 'containerfile.rs', 'Dockerfile.patch', 'dockerfile.ts', 'dockerfile_test.go', 'Dockerfile-notes.md', 'Dockerfile-', 'dockerfiles']) {
      assert.equal(isDockerfileName(name), false, name);
    }
  });
});
