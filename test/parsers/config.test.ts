import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectStructured } from '../../src/discover/detect.js';
import { scan } from '../../src/index.js';
import { CONFIG_TEMPLATE_REASON, isCredentialKey, isTranslationCatalog, loadConfigFiles, type ConfigDocument } from '../../src/parsers/config.js';
import { FORMAT_NAMES, reporters } from '../../src/report/index.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';
import { tempProject } from '../helpers/temp-project.js';

function load(path: string, text: string) {
  const result = loadConfigFiles('.', [{ path, text }]);
  for (const parsed of result.documents) assert.equal(inputSchemaErrors('config', parsed.document), '');
  return result;
}

const DB_PASSWORD = 'Tq8#vX2!rLp9Wz';
const AWS_KEY = 'AKIAQ3EGXJ7N2WKHYV5M';
const GITHUB_TOKEN = 'ghp_R8mK2pQ7vX4nL9wT3yB6cF1hJ5dS0aZ2eG7u';

describe('configuration files (secrets)', () => {
  it('recognises credential keys in every naming style, and not their look-alikes', () => {
    const yes = ['password', 'dbPassword', 'DB_PASSWORD', 'client-secret', 'clientSecret', 'auth.token', 'apiKey', 'api_key', 'private_key', 'AccessKey', 'signingKey', 'pass', 'credentials'];
    const no = ['key', 'passwordPolicy', 'tokenType', 'secretName', 'secret_ref', 'primaryKey', 'cacheKey', 'keyId', 'token_url', 'passwordMinLength', 'user'];
    assert.deepEqual(yes.filter((k) => !isCredentialKey(k)), []);
    assert.deepEqual(no.filter((k) => isCredentialKey(k)), []);
  });

  it('reduces a file to the values that look like secrets, with ids, paths and exact lines, never the values', () => {
    const text = ['database:', '  user: records', `  password: "${DB_PASSWORD}"`, 'services:', '  - name: ci', `    token: ${GITHUB_TOKEN}`, ''].join('\n');
    const { documents, errors, skipped } = load('config/app.yaml', text);
    assert.deepEqual([errors, skipped], [[], []]);
    assert.equal(documents.length, 1);
    const document = documents[0]!.document as ConfigDocument;
    assert.deepEqual(
      document.resources.map((r) => [r.id, r.path, r.key, r.startLine, r.secret.kind, r.secret.format]),
      [
        ['database.password', ['database', 'password'], 'password', 3, 'credential-key', 'credential'],
        ['services[0].token', ['services', 0, 'token'], 'token', 6, 'known-format', 'github-token'],
      ],
    );
    assert.ok(!JSON.stringify(document).includes(DB_PASSWORD) && !JSON.stringify(document).includes(GITHUB_TOKEN));
    assert.deepEqual(documents[0]!.locate('services[0].token', ['value']), { startLine: 6, startColumn: 12, endLine: 6, endColumn: 12 + GITHUB_TOKEN.length });
  });

  it('takes a word of prose under a credential key for a label, not a secret (translations of "password")', () => {
    const words = ['Adgangskode', 'Contraseña', 'Wachtwoord', 'Lösenord:', 'Slaptažodis', 'passwort!'];
    for (const word of words) assert.deepEqual(load('config/app.json', `{ "password": "${word}" }`).documents, [], word);
    // A value with a digit or a symbol still looks like a secret.
    for (const secret of ['Wachtwoord9', 'Lösen#ord', 'Wacht1woord']) {
      assert.equal(load('config/app.json', `{ "password": "${secret}" }`).documents.length, 1, secret);
    }
  });

  it('takes a relative path to a file with a known extension for a path, not a secret (mkdocs nav titles, key files)', () => {
    for (const path of ['api/generator/password.md', 'guides/push-secrets.html', 'certs/client-secret.pem', 'docs/v2/Tokens.API.md']) {
      assert.deepEqual(load('mkdocs.yml', `nav:\n  - Password: ${path}\n`).documents, [], path);
    }
    // Random values with slashes or dots, and paths to files of other kinds, still look like secrets.
    for (const secret of ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'k8/Zq.Xw9!pL2', 'api/Xk9#pQ2.md', 'keys/Zx9Kq2Lp7.bin']) {
      const [parsed] = load('config/app.yaml', `password: "${secret}"\n`).documents;
      assert.deepEqual(
        (parsed?.document as ConfigDocument | undefined)?.resources.map((r) => [r.id, r.secret.kind, r.secret.label]),
        [['password', 'credential-key', 'credential']],
        secret,
      );
    }
  });

  it('takes a JSON pointer for a reference and a dummy URL password for a placeholder (Ory Kratos)', () => {
    const text = [
      'mapping:',
      '  password: "#/components/schemas/updateLoginFlowWithPasswordMethod"',
      '  set_ory_session_token: "#/components/schemas/continueWithSetOrySessionToken"',
      'courier:',
      '  smtp:',
      '    connection_uri: smtp://foo:bar@baz/',
      '    fallback_uri: smtps://test:test@mailslurper:1025/?skip_ssl_verify=true',
      '',
    ].join('\n');
    assert.deepEqual(load('kratos.yml', text).documents, []);
    // A real password in the same places still counts.
    const real = ['mapping:', '  password: "#Xk9vL2pQ7wz"', 'courier:', '  smtp:', '    connection_uri: smtps://app:Xk9vL2pQ7wz@mail.clinic.org:465/', ''].join('\n');
    const [parsed] = load('kratos.yml', real).documents;
    assert.deepEqual((parsed?.document as ConfigDocument | undefined)?.resources.map((r) => r.id), ['mapping.password', 'courier.smtp.connection_uri']);
  });

  it('looks only for known secret formats in translation catalogs', () => {
    assert.deepEqual(
      ['public/language/da/register.json', 'src/locales/de.json', 'app/i18n/fr.yml', 'Lang/en.yaml', 'translations/nl.json'].filter((p) => !isTranslationCatalog(p)),
      [],
    );
    assert.deepEqual(['config/app.json', 'language.json', 'src/languages.ts/x', 'locales.json'].filter((p) => isTranslationCatalog(p)), []);
    const catalog = `{\n  "password": "${DB_PASSWORD}",\n  "ci": "${GITHUB_TOKEN}"\n}\n`;
    assert.deepEqual(
      (load('public/language/da/register.json', catalog).documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.secret.kind]),
      [['ci', 'known-format']],
    );
    assert.equal((load('config/register.json', catalog).documents[0]!.document as ConfigDocument).resources.length, 2);
  });

  it('looks only for known secret formats in documentation samples (example, examples)', () => {
    const doc = `{\n  "requestBody": { "example": { "identifier": "hi@clinic.example", "password": "superSecure123" } },\n  "examples": [{ "apiKey": "${DB_PASSWORD}", "token": "${GITHUB_TOKEN}" }],\n  "auth": { "password": "${DB_PASSWORD}" }\n}\n`;
    assert.deepEqual(
      (load('docs/users.json', doc).documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.secret.kind]),
      [['examples[0].token', 'known-format'], ['auth.password', 'credential-key']],
    );
  });

  it('reads JSON and multi-document YAML', () => {
    const json = load('appsettings.json', `{\n  "Aws": { "AccessKeyId": "${AWS_KEY}" }\n}\n`);
    assert.deepEqual((json.documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.startLine]), [['Aws.AccessKeyId', 2]]);
    assert.equal((json.documents[0]!.document as ConfigDocument).format, 'json');
    const multi = load('values.yaml', `a: 1\n---\nsmtp:\n  pass: "${DB_PASSWORD}"\n`);
    assert.deepEqual((multi.documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.document, r.startLine]), [['doc[1].smtp.pass', 1, 4]]);
  });

  it('does not parse files without any credential-like key or known-format hint', () => {
    // Invalid YAML, but nothing in it can be a secret: not parsed, so no error either.
    assert.deepEqual(load('data/big.yaml', 'rows: [1, 2\n'), { documents: [], errors: [], skipped: [] });
  });

  it('reports a file that does not parse, with its line', () => {
    const { documents, errors } = load('config/broken.yaml', 'db:\n  password: "unterminated\n  user: x\n');
    assert.deepEqual(documents, []);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.file, 'config/broken.yaml');
    assert.ok(errors[0]!.reason.length > 0 && errors[0]!.line !== undefined, JSON.stringify(errors[0]));
  });

  it('skips templated files (Helm, Jinja) with a reason instead of reporting them as broken', () => {
    assert.deepEqual(load('group_vars/all.yaml', 'db_password: {{ vault_db_password }}\n').skipped, [{ file: 'group_vars/all.yaml', reason: CONFIG_TEMPLATE_REASON }]);
    assert.deepEqual(load('values.yaml', `password: "{{ .Values.password }}"\ntoken: '${GITHUB_TOKEN}'\n`).skipped, []);
  });

  it('reads a templated file that is valid YAML: template values are placeholders, literal credentials beside them are reported', () => {
    // A Helm chart's values.yaml (Loki's) passes some values through tpl; it was skipped as templated.
    const text = 'resultsCache:\n  addresses: dnssrv+_memcached._tcp.{{ include "loki.name" . }}.svc\nauth:\n  password: "{{ .Values.password }}"\n  token: tok-{{ .Values.token }}\nadmin:\n  password: Zx9-helm-Pa55word\n';
    const result = load('helm/loki/values.yaml', text);
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(
      (result.documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.startLine]),
      [['admin.password', 7]],
    );
  });

  it('reads workflow files outside .github/workflows: ${{ … }} expressions are not template actions', () => {
    // actionlint's test data: a literal registry password beside expressions was hidden by a "templated" skip.
    const text = 'jobs:\n  build:\n    runs-on: ${{ matrix.os }}\n    container:\n      image: registry.example.com/app\n      credentials:\n        username: ${{ github.actor }}\n        password: Zx9-registry-Pa55\n';
    const result = load('testdata/workflow.yaml', text);
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(
      (result.documents[0]!.document as ConfigDocument).resources.map((r) => [r.id, r.startLine]),
      [['jobs.build.container.credentials.password', 8]],
    );
    // Broken YAML with an expression is an error, not a template.
    const broken = load('testdata/broken.yaml', 'on: push\njobs:\n  a:\n    password: ${{ secrets.X }}\n    password: again\n');
    assert.deepEqual([broken.skipped, broken.errors.map((e) => e.file)], [[], ['testdata/broken.yaml']]);
  });

  it('is what a YAML/JSON file of no other format becomes', () => {
    assert.equal(detectStructured('config/app.yaml', 'database:\n  password: x\n', 'yaml'), 'config');
    assert.equal(detectStructured('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\n', 'yaml'), 'kubernetes');
  });

  it('masks the secret in every report format, end to end', async () => {
    const { dir, cleanup } = tempProject({
      'config/production.yaml': `database:\n  password: "${DB_PASSWORD}"\naws:\n  accessKeyId: ${AWS_KEY}\n`,
      'appsettings.json': `{ "Integrations": { "GitHubToken": "${GITHUB_TOKEN}" } }\n`,
    });
    try {
      const result = await scan({ paths: [dir] });
      assert.deepEqual(
        result.findings.map((f) => [f.ruleId, f.location.file, f.location.startLine, f.snippet]),
        [
          ['EVD-CFG-001', 'appsettings.json', 1, '{ "Integrations": ****'],
          ['EVD-CFG-001', 'config/production.yaml', 2, 'password: ****'],
          ['EVD-CFG-001', 'config/production.yaml', 4, 'accessKeyId: ****'],
        ],
      );
      assert.equal(result.coverage.byType.config, 2);
      for (const format of FORMAT_NAMES) {
        const output = await reporters[format](result);
        for (const secret of [DB_PASSWORD, AWS_KEY, GITHUB_TOKEN]) assert.ok(!output.includes(secret), `${format} output contains a secret`);
      }
    } finally {
      cleanup();
    }
  });
});
