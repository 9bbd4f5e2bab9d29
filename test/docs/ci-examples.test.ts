import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import { packageRoot } from '../../src/package-root.js';
import { runCli } from '../helpers/cli.js';

/** Every `--flag` an `evident scan` command line in a CI file uses. */
function scanFlags(commands: string[]): string[] {
  const flags = new Set<string>();
  for (const command of commands) {
    if (!/\bevident scan\b/.test(command)) continue;
    for (const m of command.matchAll(/(?:^|\s)(--[a-z][a-z-]*)/g)) flags.add(m[1] as string);
  }
  return [...flags].sort();
}

describe('CI examples in docs/ci', () => {
  const help = runCli(['scan', '--help']).stdout;

  it('the GitHub Actions workflow is valid YAML that gates pull requests and uploads SARIF', () => {
    const wf = load(readFileSync(join(packageRoot, 'docs/ci/github-actions.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { 'runs-on': string; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; if?: string }> }>;
    };
    assert.ok('pull_request' in wf.on);
    assert.equal(wf.permissions['security-events'], 'write');
    const steps = wf.jobs.evident?.steps ?? [];
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.equal(upload?.with?.sarif_file, 'evident.sarif');
    assert.equal(upload?.if, 'always()');
    const runs = steps.map((s) => s.run ?? '');
    assert.ok(runs.some((r) => r.includes('--changed-since') && r.includes('--report sarif=evident.sarif')));
    const flags = scanFlags(runs);
    assert.deepEqual(flags, ['--baseline', '--changed-since', '--fail-on', '--fail-on-control', '--report']);
    for (const flag of flags) assert.ok(help.includes(flag), `evident scan --help lists ${flag}`);
  });

  it('the GitLab CI job is valid YAML that gates merge requests and keeps JUnit and SARIF reports', () => {
    const ci = load(readFileSync(join(packageRoot, 'docs/ci/gitlab-ci.yml'), 'utf8')) as Record<string, {
      script?: string[];
      rules?: Array<{ if: string }>;
      artifacts?: { when: string; paths: string[]; reports: { junit: string } };
    }>;
    const job = ci.evident;
    assert.ok(job?.rules?.some((r) => r.if.includes('merge_request_event')));
    assert.equal(job?.artifacts?.reports.junit, 'evident-junit.xml');
    assert.ok(job?.artifacts?.paths.includes('evident.sarif'));
    const flags = scanFlags(job?.script ?? []);
    assert.deepEqual(flags, ['--baseline', '--fail-on', '--fail-on-control', '--format', '--output', '--report']);
    for (const flag of flags) assert.ok(help.includes(flag), `evident scan --help lists ${flag}`);
  });
});
