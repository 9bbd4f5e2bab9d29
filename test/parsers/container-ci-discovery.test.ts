// Discovery of the container and CI formats: Dockerfile and .env names by
// classifyPath, workflows and compose files by detectStructured (before the
// Kubernetes and configuration detectors).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPath } from '../../src/discover/classify.js';
import { detectStructured } from '../../src/discover/detect.js';

describe('classifyPath for Dockerfiles and .env files', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Dockerfile', 'dockerfile'],
    ['services/api/Dockerfile.prod', 'dockerfile'],
    ['build/api.dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['src/parsers/dockerfile.ts', 'source'],
    ['Dockerfile.yaml', 'yaml'],
    ['.env', 'dotenv'],
    ['config/.env.production', 'dotenv'],
    ['.env.example', 'dotenv'],
    ['deploy/staging.env', 'dotenv'],
    ['.env.ts', 'source'],
    ['.envrc', undefined],
    ['environment.md', undefined],
  ];
  for (const [path, candidate] of cases) {
    it(`${path} → ${candidate ?? 'not read'}`, () => {
      assert.equal(classifyPath(path).candidate, candidate);
    });
  }
});

describe('detectStructured for workflows and compose files', () => {
  const cases: Array<[string, string, string]> = [
    ['.github/workflows/ci.yml', 'on: push\njobs: {}\n', 'github_actions'],
    ['docker-compose.yml', 'version: "3"\nservices: {}\n', 'compose'],
    ['deploy/compose.prod.yaml', 'services:\n  web:\n    image: x\n', 'compose'],
    ['stack.yml', 'services:\n  web:\n    build: .\n', 'compose'],
    ['k8s/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n', 'kubernetes'],
    ['.github/dependabot.yml', 'version: 2\nupdates: []\n', 'config'],
  ];
  for (const [path, text, type] of cases) {
    it(`${path} → ${type}`, () => {
      assert.equal(detectStructured(path, text, 'yaml'), type);
    });
  }
});
