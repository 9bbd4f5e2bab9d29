// The named build contexts compose files give the Dockerfiles they build
// (src/parsers/compose-builds.ts), and the Dockerfile parser reading FROM
// through them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexComposeBuilds } from '../../src/parsers/compose-builds.js';
import { loadDockerfiles, parseDockerfile } from '../../src/parsers/dockerfile.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

const contexts = (files: Record<string, string>, dockerfile: string): Record<string, string | null> | undefined => {
  const found = indexComposeBuilds(Object.entries(files).map(([path, text]) => ({ path, text }))).contextsOf(dockerfile);
  return found === undefined ? undefined : Object.fromEntries(found);
};

describe('indexComposeBuilds', () => {
  it('reads additional_contexts as a mapping or a list of name=source, for the Dockerfile under the context', () => {
    const files = {
      'app/compose.yaml': [
        'services:',
        '  base:',
        '    build: .',
        '  api:',
        '    build:',
        '      context: ./api',
        '      dockerfile: build/api.dockerfile',
        '      additional_contexts:',
        '        base: service:base',
        '        alpine: docker-image://alpine@sha256:0123',
        '  worker:',
        '    build:',
        '      additional_contexts:',
        '        - shared=../shared',
        '        - not-a-pair',
      ].join('\n'),
    };
    assert.deepEqual(contexts(files, 'app/api/build/api.dockerfile'), { base: 'service:base', alpine: 'docker-image://alpine@sha256:0123' });
    assert.deepEqual(contexts(files, 'app/Dockerfile'), { shared: '../shared' });
    // A build without contexts names nothing.
    assert.equal(contexts(files, 'app/base/Dockerfile'), undefined);
  });

  it('interpolates as compose does: a default is taken, an unset variable leaves the source unknown', () => {
    const files = {
      'compose.yml': [
        'services:',
        '  api:',
        '    build:',
        '      context: ${API_DIR:-api}',
        '      additional_contexts:',
        '        base: ${BASE_IMAGE:-service:base}',
        '        tools: docker-image://${TOOLS_IMAGE}',
      ].join('\n'),
    };
    assert.deepEqual(contexts(files, 'api/Dockerfile'), { base: 'service:base', tools: null });
  });

  it('leaves out remote, absolute and unknown contexts, paths above the root, and files that do not parse', () => {
    const build = (context: string): string =>
      ['services:', '  api:', '    build:', `      context: ${context}`, '      additional_contexts:', '        base: service:base'].join('\n');
    for (const context of ['https://github.com/org/repo.git', 'git@github.com:org/repo.git', '/srv/api', '${API_DIR}', '../outside']) {
      const files = { 'compose.yaml': build(context) };
      const index = indexComposeBuilds(Object.entries(files).map(([path, text]) => ({ path, text })));
      for (const path of ['Dockerfile', 'srv/api/Dockerfile', 'outside/Dockerfile', '../outside/Dockerfile']) assert.equal(index.contextsOf(path), undefined, `${context}: ${path}`);
    }
    assert.equal(contexts({ 'compose.yaml': 'services: [unclosed' }, 'Dockerfile'), undefined);
    assert.equal(contexts({ 'compose.yaml': 'services:\n  api:\n    build:\n      additional_contexts: 42\n' }, 'Dockerfile'), undefined);
  });

  it('keeps the first source of a name in path order when compose files disagree', () => {
    const compose = (source: string): string => ['services:', '  api:', '    build:', '      context: ..', '      additional_contexts:', `        base: ${source}`].join('\n');
    const files = { 'b/compose.yaml': compose('docker-image://python:3.12'), 'a/compose.yaml': compose('service:base') };
    assert.deepEqual(contexts(files, 'Dockerfile'), { base: 'service:base' });
  });
});

describe('FROM a named build context', () => {
  const names = new Map<string, string | null>([
    ['base', 'service:base'],
    ['python', 'docker-image://python'],
    ['alpine', 'docker-image://alpine@sha256:0123'],
    ['tools', null],
  ]);
  const from = (line: string) => parseDockerfile(`${line}\nUSER 10001\n`, 'Dockerfile', names).resources[0]!.from;

  it('takes the image of a docker-image:// source, with its facts', () => {
    assert.deepEqual(from('FROM python'), {
      ref: 'python', line: 1, name: 'python', tag: null, digest: null, latest: true, untagged: true,
      context: { name: 'python', source: 'docker-image://python' },
    });
    assert.deepEqual(from('FROM alpine AS fetch'), {
      ref: 'alpine@sha256:0123', line: 1, name: 'alpine', tag: null, digest: 'sha256:0123', latest: false, untagged: false,
      context: { name: 'alpine', source: 'docker-image://alpine@sha256:0123' },
    });
  });

  it('builds from another source without image facts (not a registry image)', () => {
    assert.deepEqual(from('FROM base'), { ref: 'base', line: 1, context: { name: 'base', source: 'service:base' } });
    assert.deepEqual(from('FROM tools'), { ref: 'tools', line: 1, context: { name: 'tools', source: null } });
  });

  it('matches the reference as written: a tagged image of the same name is an image', () => {
    const stage = from('FROM base:1.2');
    assert.equal(stage.context, undefined);
    assert.equal(stage.latest, false);
  });

  it('is read by the loader from the index, and the document validates', () => {
    const index = indexComposeBuilds([{ path: 'compose.yaml', text: 'services:\n  api:\n    build:\n      additional_contexts:\n        base: service:base\n' }]);
    const loaded = loadDockerfiles('.', [{ path: 'Dockerfile', text: 'FROM base\nUSER 10001\n' }, { path: 'other/Dockerfile', text: 'FROM base\n' }], index);
    const [own, other] = loaded.documents.map((d) => d.document);
    assert.deepEqual(own!.resources[0]!.from, { ref: 'base', line: 1, context: { name: 'base', source: 'service:base' } });
    assert.equal((other!.resources[0]!.from as { latest?: boolean }).latest, true);
    assert.equal(inputSchemaErrors('dockerfile', own!), '');
  });
});
