/**
 * JS/TS test code is skipped by default (listed as skipped, with why) and
 * analysed with --include-tests or `includeTests: true`; configuration and
 * infrastructure files in test folders are scanned either way.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { testCodeReason } from '../../src/discover/classify.js';
import type { ScanResult } from '../../src/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

describe('testCodeReason', () => {
  const tests: Array<[string, string]> = [
    ['test/api.js', 'test code (in a test/ folder); --include-tests analyses it'],
    ['src/__tests__/Patient.tsx', 'test code (in a __tests__/ folder); --include-tests analyses it'],
    ['packages/api/Tests/login.ts', 'test code (in a Tests/ folder); --include-tests analyses it'],
    ['spec/support/helpers.mjs', 'test code (in a spec/ folder); --include-tests analyses it'],
    ['cypress/e2e/login.ts', 'test code (in a cypress/ folder); --include-tests analyses it'],
    ['src/__mocks__/axios.ts', 'test code (in a __mocks__/ folder); --include-tests analyses it'],
    ['src/patients/patients.service.spec.ts', 'test code (*.spec.ts file); --include-tests analyses it'],
    ['src/patients.test.jsx', 'test code (*.test.jsx file); --include-tests analyses it'],
    ['apps/api/records.e2e-spec.ts', 'test code (*.e2e-spec.ts file); --include-tests analyses it'],
    ['web/login.cy.ts', 'test code (*.cy.ts file); --include-tests analyses it'],
  ];
  for (const [path, reason] of tests) {
    it(`${path} is test code`, () => assert.equal(testCodeReason(path), reason));
  }
  for (const path of ['src/patients.ts', 'src/testing-utils.ts', 'src/test.ts', 'src/ab-test.ts', 'lib/contest/entries.js', 'src/specials.ts', 'src/latest.mjs']) {
    it(`${path} is not test code`, () => assert.equal(testCodeReason(path), undefined));
  }
});

describe('evident scan and test code', () => {
  const files = {
    'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/p', (req, res) => res.send(`<p>${req.query.name}</p>`));\n",
    'src/app.test.js': "const token = 'ghp_R8mK2pQ7vX4nL9wT3yB6cF1hJ5dS0aZ2eG7u';\nconsole.log('patient ssn', patient.ssn);\n",
    'test/helpers.ts': "export const dbPassword = 'Tq8#vX2!rLp9Wz';\n",
    'test/k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fixture\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n',
  };

  const scanJson = (dir: string, extra: string[]): ScanResult => {
    const run = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none', ...extra]);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as ScanResult;
  };
  const codeFiles = (result: ScanResult): string[] => [...new Set(result.findings.filter((f) => f.ruleId.startsWith('EVD-CODE-')).map((f) => f.location.file))].sort();

  it('skips JS/TS test code by default, lists it as skipped, and still scans the manifests in test folders', () => {
    const { dir, cleanup } = tempProject(files);
    try {
      const result = scanJson(dir, []);
      assert.deepEqual(codeFiles(result), ['src/app.js']);
      assert.deepEqual(
        result.coverage.skipped.filter((s) => s.reason.startsWith('test code')),
        [
          { file: 'src/app.test.js', reason: 'test code (*.test.js file); --include-tests analyses it' },
          { file: 'test/helpers.ts', reason: 'test code (in a test/ folder); --include-tests analyses it' },
        ],
      );
      assert.ok(result.findings.some((f) => f.location.file === 'test/k8s/pod.yaml'), 'the manifest in test/ is still scanned');
    } finally {
      cleanup();
    }
  });

  it('analyses test code with --include-tests, or with includeTests: true, which the flag can turn off', () => {
    const { dir, cleanup } = tempProject(files);
    try {
      const included = scanJson(dir, ['--include-tests']);
      assert.deepEqual(codeFiles(included), ['src/app.js', 'src/app.test.js', 'test/helpers.ts']);
      assert.ok(!included.coverage.skipped.some((s) => s.reason.startsWith('test code')));
      const { dir: configured, cleanup: cleanupConfigured } = tempProject({ ...files, '.evident.yml': 'includeTests: true\n' });
      try {
        assert.deepEqual(codeFiles(scanJson(configured, [])), ['src/app.js', 'src/app.test.js', 'test/helpers.ts']);
        assert.deepEqual(codeFiles(scanJson(configured, ['--no-include-tests'])), ['src/app.js']);
      } finally {
        cleanupConfigured();
      }
    } finally {
      cleanup();
    }
  });

  it('evidence export takes --include-tests too: its result.json then has the test files\' findings', () => {
    const { dir, cleanup } = tempProject(files);
    try {
      const out = join(dir, 'pack');
      const run = runCli(['evidence', 'export', dir, '--out', out, '--no-pdf', '--include-tests']);
      assert.equal(run.code, 0, run.stderr);
      const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as ScanResult;
      assert.deepEqual(codeFiles(result), ['src/app.js', 'src/app.test.js', 'test/helpers.ts']);
    } finally {
      cleanup();
    }
  });

  it('rejects a config includeTests that is not a boolean, with exit code 2', () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': 'includeTests: sometimes\n', 'src/app.js': 'module.exports = {};\n' });
    try {
      const run = runCli(['scan', '.'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.equal(
        run.stderr,
        'evident: invalid config .evident.yml: includeTests: must be boolean\nhint: see the README section "Configuration" for the allowed keys\n',
      );
    } finally {
      cleanup();
    }
  });
});
