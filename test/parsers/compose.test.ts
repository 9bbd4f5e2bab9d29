// The docker-compose parser: services in one shape whatever the syntax
// (list/map environment, short/long ports and volumes), interpolation with
// defaults and unknowns, secret annotation, locate() to the YAML lines, and
// malformed files reported with their line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate, isComposeFileName, loadCompose, looksLikeCompose, parseCompose, type ComposeService } from '../../src/parsers/compose.js';
import { ParseError } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

const TEXT = `name: clinic
services:
  db:
    image: postgres:\${PG_VERSION:-16.2}
    environment:
      - POSTGRES_USER=clinic
      - POSTGRES_PASSWORD=Wq8vLp2zR5kT
      - PASSTHROUGH
    ports:
      - "127.0.0.1:5432:5432"
      - "[::1]:5433:5432/tcp"
      - 6543:5432
      - "5432"
  api:
    build: ./api
    image: clinic/api
    privileged: true
    network_mode: host
    cap_add: [SYS_ADMIN]
    user: "\${APP_UID}"
    environment:
      DATABASE_URL: postgres://clinic:\${DB_PASSWORD}@db/clinic
      PRICE: $$5
      RETRIES: 3
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./data:/data
      - cache:/cache
      - /anonymous
      - type: bind
        source: \${HOME}/.ssh
        target: /root/.ssh
        read_only: true
    env_file: [.env, .env.local]
    secrets: [db_password]
  empty:
volumes:
  cache: {}
`;

describe('parseCompose', () => {
  const { document } = parseCompose(TEXT, 'compose.yaml');
  const service = (id: string): ComposeService => {
    const found = document.resources.find((r) => r.id === id);
    assert.ok(found, id);
    return found;
  };

  it('reads each service with its lines; empty services are skipped', () => {
    assert.deepEqual(document.resources.map((r) => [r.id, r.startLine, r.endLine]), [['service/db', 3, 13], ['service/api', 14, 35]]);
  });

  it('interpolates defaults, keeps unknown variables unknown and $$ as $', () => {
    assert.deepEqual(service('service/db').image, { ref: 'postgres:16.2', name: 'postgres', tag: '16.2', digest: null, latest: false, untagged: false });
    assert.deepEqual(service('service/api').user, { __unknown__: '${APP_UID}', refs: ['APP_UID'] });
    const env = service('service/api').environment;
    assert.deepEqual(env.map((e) => [e.key, e.value]), [
      ['DATABASE_URL', { __unknown__: 'postgres://clinic:${DB_PASSWORD}@db/clinic', refs: ['DB_PASSWORD'] }],
      ['PRICE', '$5'],
      ['RETRIES', '3'],
    ]);
    assert.deepEqual(interpolate('${A-x}${B:-y}'), 'xy');
    assert.deepEqual(interpolate('${A:?required}'), { __unknown__: '${A:?required}', refs: ['A'] });
  });

  it('reads an image pinned by digest as pinned, whatever its tag', () => {
    const pinned = parseCompose('services:\n  api:\n    image: ghcr.io/clinic/api:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', 'compose.yaml');
    assert.deepEqual([pinned.document.resources[0]!.image?.tag, pinned.document.resources[0]!.image?.latest], ['latest', false]);
  });

  it('reads list environments with pass-through variables and annotates secrets', () => {
    assert.deepEqual(service('service/db').environment, [
      { key: 'POSTGRES_USER', value: 'clinic', yamlPath: ['services', 'db', 'environment', 0] },
      { key: 'POSTGRES_PASSWORD', value: 'Wq8vLp2zR5kT', yamlPath: ['services', 'db', 'environment', 1], secret: { kind: 'credential-name', label: 'a secret by its name' } },
      { key: 'PASSTHROUGH', value: null, yamlPath: ['services', 'db', 'environment', 2] },
    ]);
  });

  it('normalizes short port syntax with host addresses, IPv6 and bare container ports', () => {
    assert.deepEqual(service('service/db').ports.map((p) => [p.host_ip, p.published, p.target, p.protocol, p.all_interfaces]), [
      ['127.0.0.1', '5432', '5432', 'tcp', false],
      ['::1', '5433', '5432', 'tcp', false],
      [null, '6543', '5432', 'tcp', true],
      [null, null, '5432', 'tcp', true],
    ]);
  });

  it('normalizes volumes and recognises the Docker socket', () => {
    assert.deepEqual(service('service/api').volumes.map((v) => [v.type, v.source, v.target, v.read_only, v.docker_socket]), [
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true, true],
      ['bind', './data', '/data', false, false],
      ['volume', 'cache', '/cache', false, false],
      ['volume', null, '/anonymous', false, false],
      ['bind', { __unknown__: '${HOME}/.ssh', refs: ['HOME'] }, '/root/.ssh', true, false],
    ]);
  });

  it('reads privileges, namespaces, capabilities, env files and secrets', () => {
    const api = service('service/api');
    assert.deepEqual([api.privileged, api.network_mode, api.cap_add, api.build, api.env_file, api.secrets], [true, 'host', ['SYS_ADMIN'], true, ['.env', '.env.local'], ['db_password']]);
    assert.equal(service('service/db').privileged, false);
  });

  it('validates against policies/schemas/compose.json', () => {
    assert.equal(inputSchemaErrors('compose', document), '');
  });

  const malformed: Array<[string, string, RegExp, number | undefined]> = [
    ['invalid YAML', 'services:\n  web:\n    image: [unclosed\n', /./, 4],
    ['services that is a list', 'services:\n  - web\n', /"services" must be a mapping/, 2],
    ['a service that is a string', 'services:\n  web: nginx\n', /service "web" must be a mapping/, 2],
    ['two documents', 'services: {}\n---\nservices: {}\n', /one YAML document, found 2/, undefined],
  ];
  for (const [name, text, reason, line] of malformed) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseCompose(text, 'compose.yaml'), (error: unknown) => error instanceof ParseError && reason.test(error.message) && error.line === line);
    });
  }
});

describe('loadCompose', () => {
  it('locates item paths through their YAML path', () => {
    const result = loadCompose('.', [{ path: 'compose.yaml', text: TEXT }, { path: 'bad/compose.yaml', text: 'services: [x]\n' }]);
    assert.deepEqual(result.errors.map((e) => [e.file, e.line]), [['bad/compose.yaml', 1]]);
    const parsed = result.documents[0]!;
    assert.equal(parsed.locate('service/db', ['environment', 1, 'value'])?.startLine, 7);
    assert.equal(parsed.locate('service/db', ['ports', 2])?.startLine, 12);
    assert.equal(parsed.locate('service/api', ['privileged'])?.startLine, 17);
    assert.equal(parsed.locate('service/api', ['volumes', 4])?.startLine, 30);
    assert.equal(parsed.locate('service/api', ['image', 'latest'])?.startLine, 16);
    assert.equal(parsed.locate('service/api', ['cap_add', 0])?.startLine, 19);
  });
});

describe('compose detection', () => {
  it('recognises compose file names', () => {
    for (const name of ['docker-compose.yml', 'docker-compose.prod.yaml', 'compose.yaml', 'compose.override.yml', 'docker-compose-dev.yml']) assert.equal(isComposeFileName(name), true, name);
    for (const name of ['composer.yaml', 'values.yaml', 'my-compose.yml']) assert.equal(isComposeFileName(name), false, name);
  });
  it('recognises compose content and not Kubernetes manifests', () => {
    assert.equal(looksLikeCompose('services:\n  web:\n    image: nginx:1\n'), true);
    assert.equal(looksLikeCompose('apiVersion: v1\nkind: Service\nservices:\n  web:\n    image: x\n'), false);
    assert.equal(looksLikeCompose('services:\n  - name: a\n'), false);
    assert.equal(looksLikeCompose('x-common: &c\n  restart: always\nname: app\nservices:\n  web:\n    <<: *c\n    build: .\nvolumes:\n  data: {}\n'), true);
    assert.equal(looksLikeCompose('replicaCount: 2\nservices:\n  api:\n    image: x\n'), false, 'Helm values with a services key');
  });
});
