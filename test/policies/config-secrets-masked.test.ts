// Secrets found in Dockerfiles, compose files, workflows and .env files must
// never reach an output: a whole scan is rendered in every text format and
// none may contain any of the literal values (the findings themselves must
// exist, so the test fails if the checks stop finding them).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_NAMES, render, scan } from '../../src/index.js';
import type { ScanResult } from '../../src/index.js';
import { compile, formatErrors } from '../../src/json-schema.js';
import { packageRoot } from '../../src/package-root.js';
import { tempProject } from '../helpers/temp-project.js';

const validateResult = compile<ScanResult>(JSON.parse(readFileSync(join(packageRoot, 'evidence/schemas/scan-result.schema.json'), 'utf8')) as Record<string, unknown>);

const SECRETS = {
  dockerPassword: 'Tr0ub4dor-and-3-x',
  dockerLegacy: 'Zq7!mW2#pL9%vK4x',
  dockerToken: 'npm_Q8rT5vW2yZ4bD6fH8jK1mN3pR5tV7xZ9aC2e',
  composePassword: 'Wq8vLp2zR5kT9',
  composeUrlPassword: 'Xy4!pQ8mN2vB',
  workflowKey: 'AKIA2OGYBAH6TQ5KXW7N',
  workflowPassword: '9fJ2kQ7wZ4pL8xM3',
  envPassword: 'N0t-So-S3cret!x',
  envStripe: 'sk_live_51HqT9vKz8Lm2Xw4Yb7Nc3Rd5',
  envKeyBody: 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
};

const FILES: Record<string, string> = {
  Dockerfile: [
    'FROM node:20-alpine',
    `ARG NPM_TOKEN=${SECRETS.dockerToken}`,
    `ENV NODE_ENV=production DB_PASSWORD=${SECRETS.dockerPassword}`,
    `ENV SESSION_SECRET ${SECRETS.dockerLegacy}`,
    'USER node',
    '',
  ].join('\n'),
  'docker-compose.yml': [
    'services:',
    '  db:',
    '    image: postgres:16.2',
    '    environment:',
    `      - POSTGRES_PASSWORD=${SECRETS.composePassword}`,
    '  api:',
    '    image: example/api:1.0',
    '    environment:',
    `      DATABASE_URL: "postgres://app:${SECRETS.composeUrlPassword}@db.clinic-cloud.net/records"`,
    '',
  ].join('\n'),
  '.github/workflows/deploy.yml': [
    'on: push',
    'permissions: {}',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      AWS_ACCESS_KEY_ID: ${SECRETS.workflowKey}`,
    '    steps:',
    '      - uses: docker/login-action@343f7c4344506bcbf9b4de18042ae17996df046d',
    '        with:',
    `          password: '${SECRETS.workflowPassword}'`,
    '',
  ].join('\n'),
  '.env': [
    `DB_PASSWORD="${SECRETS.envPassword}"`,
    `export STRIPE_SECRET_KEY=${SECRETS.envStripe}`,
    'JWT_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----',
    SECRETS.envKeyBody,
    '-----END RSA PRIVATE KEY-----"',
    '',
  ].join('\n'),
};

describe('secrets in Dockerfile, compose, workflow and .env files', () => {
  let result: ScanResult;

  it('are found', async () => {
    const { dir, cleanup } = tempProject(FILES);
    try {
      result = await scan({ paths: [dir] });
    } finally {
      cleanup();
    }
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.coverage.byType, { compose: 1, dockerfile: 1, dotenv: 1, github_actions: 1 });
    assert.ok(validateResult(JSON.parse(render(result, 'json'))), formatErrors(validateResult.errors).join('\n'));
    const found = result.findings
      .filter((f) => ['EVD-DKR-003', 'EVD-DC-004', 'EVD-GHA-005', 'EVD-ENV-001'].includes(f.ruleId))
      .map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`)
      .sort();
    assert.deepEqual(found, [
      'EVD-DC-004 docker-compose.yml:5',
      'EVD-DC-004 docker-compose.yml:9',
      'EVD-DKR-003 Dockerfile:2',
      'EVD-DKR-003 Dockerfile:3',
      'EVD-DKR-003 Dockerfile:4',
      'EVD-ENV-001 .env:1',
      'EVD-ENV-001 .env:2',
      'EVD-ENV-001 .env:3',
      'EVD-GHA-005 .github/workflows/deploy.yml:11',
      'EVD-GHA-005 .github/workflows/deploy.yml:7',
    ]);
  });

  for (const format of FORMAT_NAMES) {
    it(`never appear in the ${format} output`, () => {
      assert.ok(result, 'the scan ran');
      const output = render(result, format);
      assert.ok(output.length > 0);
      for (const [name, secret] of Object.entries(SECRETS)) {
        assert.equal(output.includes(secret), false, `${name} appears in the ${format} output`);
      }
      // Not even a recognisable part of the longer ones.
      for (const secret of [SECRETS.dockerToken, SECRETS.envStripe, SECRETS.envKeyBody]) assert.equal(output.includes(secret.slice(8, 24)), false);
    });
  }
});
