import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { listChecks, scan } from '../../src/index.js';
import { tempProject } from '../helpers/temp-project.js';

// Databases that satisfy the RDS checks a test is not about (log exports, deletion protection).
const RDS_HYGIENE = '  deletion_protection = true\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n';
const ENCRYPTED_DB = `resource "aws_db_instance" "ok" {\n  storage_encrypted = true\n${RDS_HYGIENE}}\n`;

describe('scan pipeline', () => {
  it('reports a file that does not parse (file, line, reason), counts it, and goes on with the rest', async () => {
    const { dir, cleanup } = tempProject({
      'infra/good.tf': `resource "aws_db_instance" "db" {\n  publicly_accessible = true\n  storage_encrypted   = true\n${RDS_HYGIENE}}\n`,
      'infra/broken.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = "a"\n',
      'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n',
      // A hardened Pod but for one setting, and the NetworkPolicy of its folder.
      'k8s/ok.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: api',
        'spec:',
        '  automountServiceAccountToken: false',
        '  securityContext:',
        '    runAsNonRoot: true',
        '  containers:',
        '    - name: a',
        '      image: registry.example.org/api@sha256:3b1f9c2d4e5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e',
        '      securityContext:',
        '        privileged: true',
        '        readOnlyRootFilesystem: true',
        '---',
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: default-deny',
        'spec:',
        '  podSelector: {}',
        '',
      ].join('\n'),
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors.map((e) => e.file), ['infra/broken.tf', 'k8s/broken.yaml']);
      for (const e of result.errors) {
        assert.ok(e.reason.length > 0);
        assert.equal(typeof e.line, 'number');
      }
      assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`), [
        'EVD-TF-003 infra/good.tf:2',
        'EVD-K8S-002 k8s/ok.yaml:13',
      ]);
      assert.equal(result.coverage.files, 4);
      assert.equal(result.coverage.parsed, 2);
      assert.deepEqual(result.coverage.byType, { kubernetes: 2, terraform: 2 });
    } finally {
      cleanup();
    }
  });

  it('skips and lists what it does not analyse, with the reason; honours .gitignore and .evidentignore', async () => {
    const { dir, cleanup } = tempProject({
      '.gitignore': 'generated/\n',
      '.evidentignore': 'legacy.tf\n',
      'main.tf': ENCRYPTED_DB,
      'legacy.tf': 'resource "aws_db_instance" "old" {}\n',
      'generated/x.tf': 'resource "aws_db_instance" "gen" {}\n',
      'node_modules/lib/index.js': 'console.log(1)\n',
      'web/app.min.js': 'var a=1;\n',
      'public/vendor/jquery/jquery.js': 'elem.innerHTML = value;\n',
      'web/types.d.ts': 'export declare const a: number;\n',
      'values.yaml': 'replicaCount: 2\n',
      'image.tf': Buffer.from([0x72, 0x65, 0x00, 0x01, 0x02]),
      'prod.tfvars': 'x = 1\n',
    });
    try {
      symlinkSync(join(dir, 'main.tf'), join(dir, 'link.tf'));
      symlinkSync(dir, join(dir, 'loop'));
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.coverage.skipped, [
        { file: 'image.tf', reason: 'binary file (contains NUL bytes)' },
        { file: 'link.tf', reason: 'symbolic link (not followed)' },
        { file: 'loop', reason: 'symbolic link to a folder (not followed)' },
        { file: 'node_modules/', reason: 'vendored dependencies (node_modules)' },
        { file: 'prod.tfvars', reason: 'Terraform variable file that Terraform does not load automatically (only terraform.tfvars and *.auto.tfvars are)' },
        { file: 'public/vendor/', reason: 'vendored third-party code (vendor)' },
        { file: 'web/app.min.js', reason: 'minified JavaScript' },
        { file: 'web/types.d.ts', reason: 'TypeScript declaration file (no runtime code)' },
      ]);
      assert.equal(result.coverage.ignored, 2);
      assert.deepEqual(result.findings, []);
      // values.yaml is no format of its own: configuration, read for secrets.
      assert.deepEqual(result.coverage.byType, { config: 1, terraform: 1 });
      assert.equal(result.coverage.files, 2);
    } finally {
      cleanup();
    }
  });

  it('reports text that is not UTF-8 as an error, and applies exclude globs and disabled checks from the config', async () => {
    const { dir, cleanup } = tempProject({
      '.evident.yml': 'exclude: ["modules/**"]\nchecks:\n  disable: [EVD-TF-003]\n',
      'main.tf': `resource "aws_db_instance" "db" {\n  publicly_accessible = true\n${RDS_HYGIENE}}\n`,
      'latin1.tf': Buffer.from('# caf\xe9\n', 'latin1'),
      'modules/x/main.tf': 'resource "aws_db_instance" "m" {}\n',
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(result.errors, [{ file: 'latin1.tf', reason: 'not valid UTF-8 text' }]);
      assert.deepEqual(result.findings.map((f) => f.ruleId), ['EVD-TF-002']);
      assert.deepEqual(result.checks.find((c) => c.id === 'EVD-TF-003'), {
        id: 'EVD-TF-003', title: 'RDS database is publicly accessible', severity: 'critical', engine: 'rego',
        applicable: 1, findings: 0, skipped: 'disabled in the configuration (checks.disable)',
      });
      assert.equal(result.config.file, '.evident.yml');
      assert.equal(result.coverage.ignored, 1);
    } finally {
      cleanup();
    }
  });

  it('gives fingerprints that survive lines inserted above the finding', async () => {
    const body = `resource "aws_db_instance" "db" {\n  publicly_accessible = true\n  storage_encrypted = true\n${RDS_HYGIENE}}\n`;
    const a = tempProject({ 'main.tf': body });
    const b = tempProject({ 'main.tf': `# a comment\n\nvariable "x" {\n  default = 1\n}\n\n${body}` });
    try {
      const [ra, rb] = [await scan({ paths: [a.dir] }), await scan({ paths: [b.dir] })];
      assert.equal(ra.findings[0]?.location.startLine, 2);
      assert.equal(rb.findings[0]?.location.startLine, 8);
      assert.equal(ra.findings[0]?.fingerprint, rb.findings[0]?.fingerprint);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('marks controls not applicable when nothing their checks look at was scanned', async () => {
    // A resource no encryption check looks at (aws_kms_key is: key rotation, EVD-TF-024).
    const { dir, cleanup } = tempProject({ 'main.tf': 'resource "aws_route53_zone" "z" {\n  name = "example.org"\n}\n' });
    try {
      const result = await scan({ paths: [dir], frameworks: ['hipaa'] });
      const c = result.controls.find((x) => x.id === '164.312(a)(2)(iv)');
      assert.equal(c?.status, 'not_applicable');
      const mapped = (await listChecks()).filter((check) => (check.controls.hipaa ?? []).includes('164.312(a)(2)(iv)')).length;
      assert.equal(c?.basis.reason, `none of the ${mapped} mapped checks found an applicable resource or file in the scan`);
      assert.equal(result.controls.find((x) => x.id === '164.308(a)(1)(ii)(A)')?.status, 'manual');
    } finally {
      cleanup();
    }
  });

  it('calls prepareProcess once, before discovery, with the jobs of the options, else the config, else auto', async () => {
    const { dir, cleanup } = tempProject({ '.evident.yml': 'jobs: 3\n', 'main.tf': 'resource "aws_route53_zone" "z" {\n  name = "example.org"\n}\n' });
    const bare = tempProject({ 'main.tf': 'resource "aws_route53_zone" "z" {\n  name = "example.org"\n}\n' });
    try {
      const calls: unknown[] = [];
      const run = async (options: Parameters<typeof scan>[0]): Promise<void> => {
        const stats = {} as NonNullable<NonNullable<Parameters<typeof scan>[0]>['stats']>;
        // Called before anything is discovered (the stage timings are still empty).
        await scan({ ...options, stats, prepareProcess: ({ jobs }) => calls.push([jobs, 'discover' in stats]) });
      };
      await run({ paths: [dir] });
      await run({ paths: [dir], jobs: 1 });
      await run({ paths: [bare.dir] });
      assert.deepEqual(calls, [[3, false], [1, false], ['auto', false]]);
    } finally {
      cleanup();
      bare.cleanup();
    }
  });
});
