// GDPR data residency end to end: the `gdpr.allowedRegions` config key (schema
// and loader), its hand-off to Rego as data.settings.allowed_regions
// (PolicyEngine.configure), and the residency checks through scan() and the CLI.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { PolicyEngine } from '../../src/engine/rego.js';
import { scan } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { tempProject } from '../helpers/temp-project.js';

const MODULE = `provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.us
  bucket   = "acme-records-replica"
}
`;

const RESIDENCY = ['EVD-TF-059', 'EVD-TF-060'];

describe('gdpr.allowedRegions in .evident.yml', () => {
  it('accepts a list of region names', () => {
    assert.deepEqual(parseConfig('gdpr:\n  allowedRegions: [eu-west-1, westeurope, europe-west3]\n', '.evident.yml'), {
      gdpr: { allowedRegions: ['eu-west-1', 'westeurope', 'europe-west3'] },
    });
    assert.deepEqual(parseConfig('gdpr: {}\n', '.evident.yml'), { gdpr: {} });
  });

  it('rejects what is not a list of unique lower-case region names, naming the setting', () => {
    for (const [yaml, path] of [
      ['gdpr:\n  allowedRegions: eu-west-1\n', 'gdpr.allowedRegions: must be array'],
      ['gdpr:\n  allowedRegions: [EU-WEST-1]\n', 'gdpr.allowedRegions[0]: must match pattern'],
      ['gdpr:\n  allowedRegions: [eu-west-1, eu-west-1]\n', 'gdpr.allowedRegions: must NOT have duplicate items'],
      ['gdpr:\n  regions: [eu-west-1]\n', 'gdpr.regions: is not a known key'],
    ] as const) {
      assert.throws(() => parseConfig(yaml, '.evident.yml'), (error: Error) => error.message.includes(path), yaml);
    }
  });
});

describe('PolicyEngine.configure', () => {
  const doc = {
    type: 'terraform' as const,
    path: '.',
    files: ['main.tf'],
    resources: [{ id: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider: 'aws', file: 'main.tf', startLine: 5, endLine: 7, config: {} }],
    providers: [{ id: 'provider.aws', name: 'aws', file: 'main.tf', startLine: 1, endLine: 3, config: { region: 'us-east-1' } }],
    variables: [],
    modules: [],
    tfvars: [],
  };
  const residency = (findings: Array<{ check: string; msg: string }>): string[] =>
    findings.filter((f) => f.check === 'terraform.aws_region_not_allowed').map((f) => f.msg);

  it('passes the allow-list to the checks as data.settings.allowed_regions, sorted and de-duplicated', async () => {
    const engine = await PolicyEngine.load();
    assert.deepEqual(residency(engine.evaluate(doc)), [], 'no settings: silent');
    engine.configure({ allowed_regions: ['eu-west-1', 'eu-central-1', 'eu-west-1'] });
    assert.deepEqual(residency(engine.evaluate(doc)), [
      'provider.aws puts 1 resource(s) and 0 module call(s) in us-east-1, outside the allowed regions (eu-central-1, eu-west-1)',
    ]);
    engine.configure({ allowed_regions: ['us-east-1'] });
    assert.deepEqual(residency(engine.evaluate(doc)), []);
    engine.configure({});
    assert.deepEqual(residency(engine.evaluate(doc)), [], 'an empty list turns the checks off again');
  });
});

describe('residency through scan() and the CLI', () => {
  it('reports nothing without an allow-list, and the US provider with one (config from the scanned root or --config)', async () => {
    const { dir, cleanup } = tempProject({ 'infra/main.tf': MODULE, 'residency.yml': 'gdpr:\n  allowedRegions: [eu-west-1, eu-central-1]\n' });
    try {
      const silent = await scan({ paths: [dir] });
      assert.deepEqual(silent.findings.filter((f) => RESIDENCY.includes(f.ruleId)), []);
      const configured = await scan({ paths: [dir], configPath: `${dir}/residency.yml` });
      assert.deepEqual(
        configured.findings.filter((f) => RESIDENCY.includes(f.ruleId)).map((f) => ({ id: f.ruleId, file: f.location.file, line: f.location.startLine, resource: f.resource })),
        [{ id: 'EVD-TF-059', file: 'infra/main.tf', line: 7, resource: 'provider.aws.us' }],
      );
      const finding = configured.findings.find((f) => f.ruleId === 'EVD-TF-059');
      assert.deepEqual(finding?.controls.filter((c) => c.framework === 'gdpr').map((c) => c.id), ['Art.44', 'Art.45']);
      assert.deepEqual(finding?.controls.filter((c) => c.framework === 'hipaa'), [], 'residency is not a HIPAA requirement');
    } finally {
      cleanup();
    }
  });

  it('fails the CLI scan on a disallowed region read from .evident.yml in the scanned folder', () => {
    const { dir, cleanup } = tempProject({ 'main.tf': MODULE, '.evident.yml': 'gdpr:\n  allowedRegions: [eu-west-1]\nchecks:\n  disable: [EVD-TF-035, EVD-TF-042, EVD-TF-051]\n' });
    try {
      const run = runCli(['scan', dir, '--format', 'json', '--fail-on', 'high']);
      assert.equal(run.code, 1, run.stderr);
      const result = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; message: string }> };
      assert.deepEqual(result.findings.filter((f) => f.ruleId === 'EVD-TF-059').map((f) => f.message), [
        'provider.aws.us puts 1 resource(s) and 0 module call(s) in us-east-1, outside the allowed regions (eu-west-1)',
      ]);
    } finally {
      cleanup();
    }
  });
});
