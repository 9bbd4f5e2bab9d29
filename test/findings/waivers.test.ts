import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/findings/finding.js';
import { loadWaivers, parseWaivers, waiverActive, waiverMatcher, type Waiver } from '../../src/findings/waivers.js';
import { packageRoot } from '../../src/package-root.js';
import { tempProject } from '../helpers/temp-project.js';

const KNOWN = new Map([
  ['EVD-TF-001', 'EVD-TF-001'],
  ['EVD-TF-006', 'EVD-TF-006'],
  ['s3-unencrypted', 'EVD-TF-001'],
]);
const resolveCheck = (id: string): string | undefined => KNOWN.get(id);

const VALID = `waivers:
  - check: s3-unencrypted
    path: "infra/legacy/**"
    resource: aws_s3_bucket.archive
    reason: Archive bucket holds only public reference data.
    approvedBy: dpo@example.com
    expires: 2026-12-31
  - check: EVD-TF-006
    path: infra/**/*.tf
    reason: Access logging is done by CloudTrail data events.
    approvedBy: Jane Roe (CISO)
    expires: "2026-03-31"
`;

function finding(ruleId: string, file: string, resource?: string): Finding {
  return {
    ruleId,
    severity: 'medium',
    title: 't',
    message: 'm',
    location: { file, startLine: 1 },
    ...(resource !== undefined ? { resource } : {}),
    controls: [],
    fingerprint: '0'.repeat(32),
  };
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

describe('parseWaivers', () => {
  it('reads every entry, with aliases resolved to the check id and unquoted dates kept as text', () => {
    assert.deepEqual(parseWaivers(VALID, '.evident/waivers.yaml', resolveCheck), [
      {
        check: 'EVD-TF-001',
        path: 'infra/legacy/**',
        resource: 'aws_s3_bucket.archive',
        reason: 'Archive bucket holds only public reference data.',
        approvedBy: 'dpo@example.com',
        expires: '2026-12-31',
      },
      {
        check: 'EVD-TF-006',
        path: 'infra/**/*.tf',
        reason: 'Access logging is done by CloudTrail data events.',
        approvedBy: 'Jane Roe (CISO)',
        expires: '2026-03-31',
      },
    ]);
    assert.deepEqual(parseWaivers('waivers: []\n', 'w.yaml', resolveCheck), []);
  });

  it('accepts the documented example evidence/examples/waivers.yaml', () => {
    const text = readFileSync(join(packageRoot, 'evidence/examples/waivers.yaml'), 'utf8');
    const known = (id: string): string | undefined => (/^EVD-[A-Z0-9]+-\d{3}$/.test(id) ? id : undefined);
    assert.deepEqual(
      parseWaivers(text, 'waivers.yaml', known).map((w) => [w.check, w.path, w.resource, w.approvedBy, w.expires]),
      [
        ['EVD-TF-006', 'infra/legacy/**', undefined, 'Dana Whitfield (Security Officer)', '2026-12-31'],
        ['EVD-TF-003', 'infra/database.tf', 'aws_db_instance.research', 'Jonas Berg (Data Protection Officer)', '2026-09-30'],
      ],
    );
  });

  it('names the JSON path of every schema problem', () => {
    const text = `waivers:
  - check: EVD-TF-001
    path: "**"
    reason: "  "
    expires: 31/12/2026
    owner: me
`;
    assert.equal(
      configError(() => parseWaivers(text, 'w.yaml', resolveCheck)),
      'invalid waivers file w.yaml: waivers[0].approvedBy: is required; waivers[0].owner: is not a known key; ' +
        'waivers[0].reason: must match pattern "\\S"; waivers[0].expires: must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"; ' +
        'waivers[0].expires: must match format "date"',
    );
    assert.equal(configError(() => parseWaivers('- check: EVD-TF-001\n', 'w.yaml', resolveCheck)), 'invalid waivers file w.yaml: (root): must be object');
  });

  it('rejects an unknown check, an impossible day, bad YAML and several documents', () => {
    const entry = (check: string, expires: string): string =>
      `waivers:\n  - check: ${check}\n    path: a.tf\n    reason: r\n    approvedBy: b\n    expires: "${expires}"\n`;
    assert.equal(configError(() => parseWaivers(entry('EVD-TF-999', '2026-01-01'), 'w.yaml', resolveCheck)), 'invalid waivers file w.yaml: waivers[0].check: unknown check EVD-TF-999');
    assert.match(configError(() => parseWaivers(entry('EVD-TF-001', '2026-02-30'), 'w.yaml', resolveCheck)), /^invalid waivers file w\.yaml: waivers\[0\]\.expires: /);
    assert.match(configError(() => parseWaivers('waivers: [\n', 'w.yaml', resolveCheck)), /^w\.yaml is not valid YAML: /);
    assert.equal(configError(() => parseWaivers('waivers: []\n---\nwaivers: []\n', 'w.yaml', resolveCheck)), 'invalid waivers file w.yaml: expected one YAML document, found 2');
  });
});

describe('loadWaivers', () => {
  it('reads .evident/waivers.yaml by default, a configured file instead, and nothing when there is none', () => {
    const { dir, cleanup } = tempProject({ '.evident/waivers.yaml': VALID, 'policy/exceptions.yml': 'waivers: []\n' });
    try {
      const loaded = loadWaivers(dir, undefined, resolveCheck);
      assert.equal(loaded?.file, '.evident/waivers.yaml');
      assert.equal(loaded?.waivers.length, 2);
      assert.deepEqual(loadWaivers(dir, 'policy/exceptions.yml', resolveCheck), { file: 'policy/exceptions.yml', waivers: [] });
    } finally {
      cleanup();
    }
    const empty = tempProject({ 'main.tf': '' });
    try {
      assert.equal(loadWaivers(empty.dir, undefined, resolveCheck), undefined);
      assert.equal(configError(() => loadWaivers(empty.dir, 'nope.yaml', resolveCheck)), 'waivers file not found: nope.yaml');
    } finally {
      empty.cleanup();
    }
  });
});

describe('waiverMatcher and waiverActive', () => {
  const [archive, logging] = parseWaivers(VALID, 'w.yaml', resolveCheck) as [Waiver, Waiver];

  it('matches the check, the path glob and, when given, the resource', () => {
    const matches = waiverMatcher(archive);
    assert.equal(matches(finding('EVD-TF-001', 'infra/legacy/s3/main.tf', 'aws_s3_bucket.archive')), true);
    assert.equal(matches(finding('EVD-TF-001', 'infra/legacy/main.tf', 'aws_s3_bucket.records')), false, 'other resource');
    assert.equal(matches(finding('EVD-TF-006', 'infra/legacy/main.tf', 'aws_s3_bucket.archive')), false, 'other check');
    assert.equal(matches(finding('EVD-TF-001', 'infra/main.tf', 'aws_s3_bucket.archive')), false, 'outside the glob');
    const any = waiverMatcher(logging);
    assert.equal(any(finding('EVD-TF-006', 'infra/a/b/c.tf', 'aws_s3_bucket.x')), true);
    assert.equal(any(finding('EVD-TF-006', 'infra/main.tf')), true);
    assert.equal(any(finding('EVD-TF-006', 'k8s/main.tf')), false);
  });

  it('is in force through its expiry day (UTC days compared as text)', () => {
    assert.deepEqual(['2026-03-30', '2026-03-31', '2026-04-01'].map((today) => waiverActive(logging, today)), [true, true, false]);
  });
});
