// Secret redaction: every format the secret rules recognise is masked by
// redactText (the last line of defence before any reporter), masked values
// stay as they are, and no snippet or message of a secret rule on the
// fixtures still holds a secret after redaction.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MASK, REDACTION_PATTERNS, redactAssignedValue, redactText } from '../../src/findings/redact.js';
import { analyzeSource } from '../../src/engine/code/index.js';
import { findKnownSecret } from '../../src/engine/code/secrets.js';
import { codeRules } from '../../src/rules/index.js';

// Fake values in each provider's format, built so that no real-looking literal sits in this file.
const repeat = (chars: string, n: number): string => chars.repeat(Math.ceil(n / chars.length)).slice(0, n);
const FORMATS: ReadonlyArray<readonly [string, string, string]> = [
  ['AWS access key ID', `AKIA${repeat('Q2W3E4R5T6Y7U', 16)}`, `AKIA${MASK}`],
  ['GitHub token', `ghp_${repeat('a1B2c3D4e5', 36)}`, `gh_${MASK}`],
  ['GitHub fine-grained token', `github_pat_${repeat('11AB2cd3_', 70)}`, `github_pat_${MASK}`],
  ['GitLab token', `glpat-${repeat('xY9-zW8_', 20)}`, `glpat-${MASK}`],
  ['Slack token', `xoxb-${repeat('1234', 12)}-${repeat('5678', 13)}-${repeat('aBcD', 24)}`, `xox-${MASK}`],
  ['Slack webhook', `https://hooks.slack.com/services/T${repeat('A1', 8)}/B${repeat('C2', 8)}/${repeat('dE3f', 24)}`, `https://hooks.slack.com/services/${MASK}`],
  ['Stripe live key', `sk_live_${repeat('4eC39HqLyj', 24)}`, `sk_live_${MASK}`],
  ['Stripe restricted key', `rk_live_${repeat('9Zx8Yw7V', 24)}`, `rk_live_${MASK}`],
  ['Google API key', `AIza${repeat('Sy-B_c1D2', 35)}`, `AIza${MASK}`],
  ['Twilio API key', `SK${repeat('0a1b2c3d4e5f', 32)}`, `SK${MASK}`],
  ['SendGrid key', `SG.${repeat('aB1_cD2-', 22)}.${repeat('eF3gH4iJ5', 43)}`, `SG.${MASK}`],
  ['OpenAI project key', `sk-proj-${repeat('Ab1Cd2Ef3_', 56)}`, `sk-${MASK}`],
  ['Anthropic key', `sk-ant-api03-${repeat('Gh4Ij5-Kl6', 90)}`, `sk-${MASK}`],
  ['npm token', `npm_${repeat('Mn7Op8Qr9', 36)}`, `npm_${MASK}`],
];

describe('redactText', () => {
  for (const [label, secret, masked] of FORMATS) {
    test(`masks a ${label}`, () => {
      assert.ok(findKnownSecret(secret) !== undefined, `${label}: the test value is not in the detector's format`);
      const out = redactText(`client = createClient('${secret}');`);
      assert.equal(out, `client = createClient('${masked}');`);
      assert.ok(!out.includes(secret.slice(-12)));
    });
  }

  test('masks a PEM private key', () => {
    const out = redactText('const key = `-----BEGIN RSA PRIVATE KEY-----\nMIIEow' + repeat('AbCd', 60) + '\n-----END RSA PRIVATE KEY-----`;');
    assert.equal(out, `const key = \`-----BEGIN PRIVATE KEY----- ${MASK}\`;`);
  });

  test('masks the password of a URL', () => {
    assert.equal(redactText("url = 'postgres://app:Q7f!r2Lx9@db.acme-health.com/records'"), `url = 'postgres://app:${MASK}@db.acme-health.com/records'`);
  });

  test('leaves values masked at the source as they are, with their public prefix', () => {
    for (const text of [`accessKeyId: 'AKIA${MASK}'`, `token: 'ghp_${MASK}'`, `password: '${MASK}'`, `apiKey = process.env.KEY || '${MASK}'`]) {
      assert.equal(redactText(text), text);
    }
  });

  test('still masks secret-named assignments', () => {
    assert.equal(redactText("const clientSecret = 'a8f5f167f44f4964e6c998dee827110c';"), `const clientSecret = '${MASK}';`);
  });

  test('leaves code that computes a secret-named value alone, and masks a bare value', () => {
    assert.equal(redactText('user.resetToken = Math.random().toString(36).slice(2)'), 'user.resetToken = Math.random().toString(36).slice(2)');
    assert.equal(redactText('password: hunter2-Prod'), `password: ${MASK}`);
  });

  test('leaves unquoted booleans and null under secret-like keys alone, but masks a quoted one', () => {
    assert.equal(redactText('access_key_metadata_writes_enabled = false'), 'access_key_metadata_writes_enabled = false');
    assert.equal(redactText('token_required: true, secret: null'), 'token_required: true, secret: null');
    assert.equal(redactText("password = 'false'"), `password = '${MASK}'`);
    // In a message, a value may close a parenthesis.
    assert.equal(redactText('returns them in clear text (return_connection_password_encrypted = false)'), 'returns them in clear text (return_connection_password_encrypted = false)');
    assert.equal(redactText('(password = hunter2)').includes('hunter2'), false);
  });

  test('leaves a file and line alone (the ids of Kustomize patch fragments and repeated objects), but masks a number under a secret key', () => {
    for (const text of [
      'Secret/api-token (patch overlays/prod/token.yaml:1) commits the value of token (stringData) in clear text',
      'Secret/default/db#k8s/secrets.yaml:12 commits the value of password (data) in clear text',
      'see db-password.json:7',
    ]) {
      assert.equal(redactText(text), text);
    }
    assert.equal(redactText('token: 48213907'), `token: ${MASK}`);
    assert.equal(redactText('password.yaml: 1234'), `password.yaml: ${MASK}`);
    assert.equal(redactText('password.yaml:hunter2'), `password.yaml:${MASK}`);
  });

  test('leaves a host name before a colon alone (OIDC condition keys), but not a dotted secret name', () => {
    for (const text of [
      'DeployRole lets GitHub Actions tokens (token.actions.githubusercontent.com) assume it without a condition on token.actions.githubusercontent.com:sub: a workflow in any GitHub repository can take on its permissions',
      '            token.actions.githubusercontent.com:aud: sts.amazonaws.com',
      '"token.actions.githubusercontent.com:sub" = "repo:acme/records:*"',
    ]) {
      assert.equal(redactText(text), text);
    }
    assert.equal(redactText('spring.datasource.password: hunter2-Prod'), `spring.datasource.password: ${MASK}`);
    // Secrets Manager's IAM actions name secrets without holding one.
    for (const text of ['allows secretsmanager:GetSecretValue to anyone', '"Action": "secretsmanager:Describe*"', 'Action: secretsmanager:ListSecrets']) {
      assert.equal(redactText(text), text);
    }
    assert.equal(redactText('secret:Hunter2Hunter2'), `secret:${MASK}`);
    assert.equal(redactText('secrets.example.org = hunter2'), 'secrets.example.org = hunter2');
  });

  test('is idempotent', () => {
    for (const [, secret] of FORMATS) {
      const once = redactText(`x = '${secret}'`);
      assert.equal(redactText(once), once);
    }
  });
});

describe('redactAssignedValue', () => {
  test('masks the value of an assignment in YAML, HCL and JSON', () => {
    assert.equal(redactAssignedValue('  MasterUserPassword: Winter2024-clinic!'), `  MasterUserPassword: ${MASK}`);
    assert.equal(redactAssignedValue('  password      = "Dms-Replicat0r"'), `  password      = ${MASK}`);
    assert.equal(redactAssignedValue('      "PASSWORD": "Claims-Etl-Pass",'), `      "PASSWORD": ${MASK}`);
  });

  test('masks a list item that is the secret: a YAML item, a quoted HCL or JSON element', () => {
    assert.equal(redactAssignedValue('            - Session-Cache-User-2024'), `            - ${MASK}`);
    assert.equal(redactAssignedValue('    "Cache-User-Pass-1",'), `    ${MASK},`);
    assert.equal(redactAssignedValue("  'Cache-User-Pass-1'"), `  ${MASK}`);
  });

  test('leaves a line that is neither an assignment nor a list item to the pattern redaction', () => {
    assert.equal(redactAssignedValue('resource "aws_elasticache_user" "app" {'), 'resource "aws_elasticache_user" "app" {');
    assert.equal(redactAssignedValue('  token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'), redactText('  token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'));
  });
});

describe('secret rules on their fixtures', () => {
  const secretRules = codeRules.filter((rule) => ['EVD-CODE-027', 'EVD-CODE-030', 'EVD-CODE-032', 'EVD-CODE-033'].includes(rule.meta.id));
  const fixtures = ['hardcoded-secret-token', 'hardcoded-credential', 'hardcoded-cryptographic-key', 'database-tls-disabled'];
  for (const folder of fixtures) {
    const dir = fileURLToPath(new URL(`../rules/fixtures/${folder}/`, import.meta.url));
    for (const name of readdirSync(dir)) {
      test(`${folder}/${name}: snippets and messages hold no secret, before and after redactText`, () => {
        const text = readFileSync(`${dir}${name}`, 'utf8');
        const { findings } = analyzeSource({ path: `${folder}/${name}`, text }, secretRules);
        assert.ok(findings.length > 0);
        for (const finding of findings) {
          for (const shown of [finding.message, finding.snippet ?? '', redactText(finding.message), redactText(finding.snippet ?? '')]) {
            assert.equal(findKnownSecret(shown), undefined, `${finding.ruleId} line ${finding.location.startLine}: ${shown}`);
          }
          // The value is masked where it was found (a PEM key's first line is only its header).
          const multiLine = finding.message.startsWith('Private key');
          if ((finding.ruleId === 'EVD-CODE-033' || finding.ruleId === 'EVD-CODE-032') && !multiLine) assert.ok(finding.snippet?.includes(MASK), finding.snippet);
        }
      });
    }
  }
});

describe('the quick conditions before each redaction pattern skip only text the pattern cannot match', () => {
  /** Every pattern run on the whole text, in order, as redactText did before the conditions. */
  const unfiltered = (text: string): string =>
    REDACTION_PATTERNS.reduce((out, { re, replace }) => out.replace(re, replace as (substring: string, ...args: unknown[]) => string), text);

  test('same output on the formats, near misses and every text file of the test fixtures and projects', () => {
    const samples: string[] = [];
    for (const [, secret] of FORMATS) {
      samples.push(secret, `key: ${secret}`, `x${secret}`, secret.toLowerCase(), secret.slice(0, 10), `"token": "${secret}"`);
    }
    samples.push('password = hunter2', 'PWD=abc', 'Api-Key: 123', 'postgres://u:p@h/db', '-----BEGIN PRIVATE KEY-----', 'plain text', '');
    const root = fileURLToPath(new URL('..', import.meta.url));
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(?:ya?ml|json|tf|tfvars|env|ts|js|tsx|jsx|txt|md|dockerfile|rego)$|Dockerfile|\.env/i.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          samples.push(text, ...text.split('\n'));
        }
      }
    };
    for (const dir of ['projects', 'parsers/fixtures', 'rules/fixtures', 'checks']) walk(join(root, dir));
    walk(join(root, '..', 'policies', 'checks'));
    assert.ok(samples.length > 5000, `${samples.length} samples`);
    let masked = 0;
    for (const text of samples) {
      const expected = unfiltered(text);
      assert.equal(redactText(text), expected, text.slice(0, 200));
      if (expected !== text) masked++;
    }
    assert.ok(masked > 100, `only ${masked} samples had something to mask`);
  });
});
