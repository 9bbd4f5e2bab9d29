// The GitHub Actions parser: triggers in every `on:` form (YAML 1.2 keeps
// `on` a string; a YAML 1.1 `true` key is accepted), permissions, jobs and
// steps with parsed `uses`, expressions and context paths of scripts,
// env/with with secret annotation, locate(), malformed workflows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextsIn, isWorkflowPath, loadGithubActions, parseActionRef, parseWorkflow, type JobResource, type WorkflowResource } from '../../src/parsers/github-actions.js';
import { ParseError } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

const TEXT = `name: ci
on:
  push:
    branches: [main]
  pull_request_target:
permissions:
  contents: read
env:
  API_TOKEN: \${{ secrets.API_TOKEN }}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: write-all
    env:
      NPM_TOKEN: npm_Q8rT5vW2yZ4bD6fH8jK1mN3pR5tV7xZ9aC2e
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - name: Greet
        run: echo "\${{ github.event.issue.title }} \${{ format('{0}', github.head_ref) }}"
      - uses: ./.github/actions/setup
      - uses: docker://alpine:3.19
      - uses: actions/github-script@v7
        with:
          script: console.log('\${{ github.event.comment.body }}')
  call:
    uses: acme/ci/.github/workflows/build.yml@main
    with:
      password: hunter2-hunter2
`;

describe('parseWorkflow', () => {
  const { document } = parseWorkflow(TEXT, '.github/workflows/ci.yml');
  const workflow = document.resources[0] as WorkflowResource;
  const job = (id: string): JobResource => document.resources.find((r) => r.id === id) as JobResource;

  it('reads the workflow: triggers, permissions and env', () => {
    assert.deepEqual([workflow.id, workflow.name, workflow.triggers, workflow.permissions, workflow.startLine, workflow.endLine], ['workflow', 'ci', ['pull_request_target', 'push'], { contents: 'read' }, 1, 30]);
    assert.deepEqual(workflow.env, [{ key: 'API_TOKEN', value: '${{ secrets.API_TOKEN }}', yamlPath: ['env', 'API_TOKEN'] }]);
  });

  it('starts a job at its key line, also for a flow mapping', () => {
    const { document: flow } = parseWorkflow('on: push\njobs:\n  a: {runs-on: x, steps: [{run: make}]}\n  b:\n    runs-on: x\n', 'w.yml');
    assert.deepEqual(flow.resources.map((r) => [r.id, r.startLine]), [['workflow', 1], ['job/a', 3], ['job/b', 4]]);
  });

  it('reads the string, list and YAML 1.1 boolean forms of on:', () => {
    const triggers = (text: string): string[] => (parseWorkflow(`${text}\njobs: {}\n`, 'w.yml').document.resources[0] as WorkflowResource).triggers;
    assert.deepEqual(triggers('on: push'), ['push']);
    assert.deepEqual(triggers('on: [pull_request, push]'), ['pull_request', 'push']);
    assert.deepEqual(triggers('"true": workflow_run'), ['workflow_run']);
  });

  it('reads jobs with their lines, permissions, env and reusable workflow calls', () => {
    const build = job('job/build');
    assert.deepEqual([build.startLine, build.endLine, build.permissions], [11, 26, 'write-all']);
    assert.deepEqual(build.env[0]?.secret, { kind: 'npm-token', label: 'an npm access token' });
    const call = job('job/call');
    assert.deepEqual([call.uses?.repository, call.uses?.version, call.uses?.pinned], ['acme/ci', 'main', false]);
    assert.deepEqual(call.with[0]?.secret, { kind: 'credential-name', label: 'a secret by its name' });
  });

  it('reads steps: uses, run, expressions and the contexts they read', () => {
    const steps = job('job/build').steps;
    assert.deepEqual(steps.map((s) => [s.index, s.uses?.ref ?? null, s.uses?.pinned ?? null]), [
      [0, 'actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11', true],
      [1, null, null],
      [2, './.github/actions/setup', true],
      [3, 'docker://alpine:3.19', false],
      [4, 'actions/github-script@v7', false],
    ]);
    assert.deepEqual(steps[1]?.expressions, ['github.event.issue.title', "format('{0}', github.head_ref)"]);
    assert.deepEqual(steps[1]?.contexts, ['github.event.issue.title', 'github.head_ref']);
    assert.deepEqual(steps[4]?.contexts, ['github.event.comment.body']);
    assert.deepEqual(steps[0]?.with, [{ key: 'ref', value: '${{ github.event.pull_request.head.sha }}', yamlPath: ['jobs', 'build', 'steps', 0, 'with', 'ref'] }]);
  });

  it('validates against policies/schemas/github_actions.json', () => {
    assert.equal(inputSchemaErrors('github_actions', document), '');
  });

  const malformed: Array<[string, string, RegExp, number | undefined]> = [
    ['no jobs', 'on: push\n', /needs a "jobs" mapping/, 1],
    ['a job that is a string', 'on: push\njobs:\n  build: nope\n', /job "build" must be a mapping/, 3],
    ['a list at the top', '- on: push\n', /must be a mapping/, 1],
    ['invalid YAML', 'on: push\njobs:\n  a: {b: [}\n', /./, 3],
  ];
  for (const [name, text, reason, line] of malformed) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseWorkflow(text, 'w.yml'), (error: unknown) => error instanceof ParseError && reason.test(error.message) && error.line === line);
    });
  }
});

describe('parseActionRef', () => {
  it('classifies pinned, official, local and docker references', () => {
    const pick = (ref: string): unknown[] => {
      const a = parseActionRef(ref);
      return [a.repository, a.version, a.pinned, a.official, a.local, a.docker, a.dynamic];
    };
    assert.deepEqual(pick('actions/checkout@v4'), ['actions/checkout', 'v4', false, true, false, false, false]);
    assert.deepEqual(pick('github/codeql-action/init@4dd16135b69a43b6c8efb853346f8437d92d3c93'), ['github/codeql-action', '4dd16135b69a43b6c8efb853346f8437d92d3c93', true, true, false, false, false]);
    assert.deepEqual(pick('Docker/Login-Action@v3'), ['docker/login-action', 'v3', false, false, false, false, false]);
    assert.deepEqual(pick('docker://alpine@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b'), ['', '', true, false, false, true, false]);
    assert.deepEqual(pick('${{ matrix.action }}'), ['${{ matrix.action }}', '', false, false, false, false, true]);
    assert.deepEqual(pick('acme/tool@4dd16135'), ['acme/tool', '4dd16135', false, false, false, false, false]);
  });
  it('extracts context paths, ignoring string literals', () => {
    assert.deepEqual(contextsIn(["contains(github.event.pull_request.labels.*.name, 'a.b')", 'github.event.commits[0].message']), ['github.event.pull_request.labels.*.name', 'github.event.commits[0].message']);
  });
});

describe('loadGithubActions', () => {
  it('locates paths through the YAML and reports bad files', () => {
    const result = loadGithubActions('.github/workflows', [{ path: '.github/workflows/ci.yml', text: TEXT }, { path: '.github/workflows/bad.yml', text: 'on: push\n' }]);
    assert.deepEqual(result.errors.map((e) => [e.file, e.line]), [['.github/workflows/bad.yml', 1]]);
    const parsed = result.documents[0]!;
    assert.equal(parsed.locate('job/build', ['steps', 1, 'run'])?.startLine, 21);
    assert.equal(parsed.locate('job/build', ['steps', 0, 'with', 0, 'value'])?.startLine, 19);
    assert.equal(parsed.locate('job/build', ['env', 0, 'value'])?.startLine, 15);
    assert.equal(parsed.locate('job/build', ['permissions'])?.startLine, 13);
    assert.equal(parsed.locate('workflow', ['permissions'])?.startLine, 7);
    assert.equal(parsed.locate('job/call', ['with', 0, 'value'])?.startLine, 30);
  });
  it('recognises workflow paths', () => {
    assert.equal(isWorkflowPath('.github/workflows/ci.yml'), true);
    assert.equal(isWorkflowPath('sub/.github/workflows/ci.yaml'), true);
    assert.equal(isWorkflowPath('.github/dependabot.yml'), false);
    assert.equal(isWorkflowPath('.github/workflows/nested/ci.yml'), false);
  });
});
