// The .env parser: assignments with exact lines, quoting rules, multi-line
// values, references, URL and secret annotation, placeholders, and lines that
// are not assignments reported as a FileError with their line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDotenv, parseDotenv } from '../../src/parsers/dotenv.js';
import { secretHint } from '../../src/parsers/secret-value.js';
import { ParseError } from '../../src/parsers/types.js';
import { inputSchemaErrors } from '../helpers/input-schema.js';

const TEXT = [
  '# comment', // 1
  '', // 2
  'NODE_ENV=production', // 3
  'export API_BASE = https://api.clinic-cloud.net/v1 # trailing comment', // 4
  "GREETING='hello # not a comment'", // 5
  'MESSAGE="line one\\nline \\"two\\""', // 6
  'PEM="-----BEGIN PRIVATE KEY-----', // 7
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj', // 8
  '-----END PRIVATE KEY-----"', // 9
  'EMPTY=', // 10
  'REF=${NODE_ENV}-$HOSTNAME', // 11
  'LITERAL=\'${NOT_A_REF}\'', // 12
  'COLON: value', // 13
  'NODE_ENV=test', // 14
  'url_with_hash=https://example.org/#frag', // 15
].join('\n');

describe('parseDotenv', () => {
  const doc = parseDotenv(TEXT, 'config/.env');
  const byId = new Map(doc.resources.map((r) => [r.id, r]));

  it('reads every assignment with its exact lines and unquoted value', () => {
    assert.deepEqual(
      doc.resources.map((r) => [r.id, r.startLine, r.endLine, r.value, r.quote, r.exported]),
      [
        ['NODE_ENV', 3, 3, 'production', 'none', false],
        ['API_BASE', 4, 4, 'https://api.clinic-cloud.net/v1', 'none', true],
        ['GREETING', 5, 5, 'hello # not a comment', 'single', false],
        ['MESSAGE', 6, 6, 'line one\nline "two"', 'double', false],
        ['PEM', 7, 9, '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----', 'double', false],
        ['EMPTY', 10, 10, '', 'none', false],
        ['REF', 11, 11, '${NODE_ENV}-$HOSTNAME', 'none', false],
        ['LITERAL', 12, 12, '${NOT_A_REF}', 'single', false],
        ['COLON', 13, 13, 'value', 'none', false],
        ['NODE_ENV#14', 14, 14, 'test', 'none', false],
        ['url_with_hash', 15, 15, 'https://example.org/#frag', 'none', false],
      ],
    );
  });

  it('lists references except in single quotes', () => {
    assert.deepEqual(byId.get('REF')?.references, ['NODE_ENV', 'HOSTNAME']);
    assert.deepEqual(byId.get('LITERAL')?.references, []);
  });

  it('annotates secrets', () => {
    assert.deepEqual(byId.get('PEM')?.secret, { kind: 'private-key', label: 'a private key' });
    assert.equal(byId.get('NODE_ENV')?.secret, undefined);
  });

  it('marks example files as templates', () => {
    assert.equal(doc.template, false);
    for (const name of ['.env.example', '.env.sample', 'app.env.template', '.env.dist']) assert.equal(parseDotenv('', name).template, true, name);
  });

  it('validates against policies/schemas/dotenv.json', () => {
    assert.equal(inputSchemaErrors('dotenv', doc), '');
  });

  const malformed: Array<[string, string, RegExp, number]> = [
    ['a line that is not an assignment', 'A=1\nthis is not valid\n', /line 2 is not an assignment/, 2],
    ['an unterminated quote', 'A=1\nB="never closed\nC=2\n', /unterminated " quoted value started on line 2/, 2],
    ['text after a closing quote', "A='x' y\n", /unexpected text after the closing quote on line 1/, 1],
    ['a key that starts with a digit', '1A=x\n', /line 1 is not an assignment/, 1],
  ];
  for (const [name, text, reason, line] of malformed) {
    it(`rejects ${name} with its line`, () => {
      assert.throws(() => parseDotenv(text, '.env'), (error: unknown) => error instanceof ParseError && reason.test(error.message) && error.line === line);
    });
  }
});

describe('parseDotenv on large input', () => {
  it('reports an unterminated quote in a large file quickly (linear scan)', () => {
    const text = `A="open\n${'x'.repeat(60)}\n`.repeat(1).concat(`${'B=value\n'.repeat(200_000)}`);
    const started = performance.now();
    assert.throws(() => parseDotenv(text, '.env'), /unterminated " quoted value started on line 1/);
    assert.ok(performance.now() - started < 5000, 'took too long');
  });
});

describe('secretHint', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['DB_PASSWORD', 'admin123', 'credential-name'],
    ['DB_PASSWORD', 'changeme', undefined],
    ['DB_PASSWORD', '<your-password>', undefined],
    ['DB_PASSWORD', '${DB_PASSWORD}', undefined],
    ['DB_PASSWORD', '', undefined],
    ['DB_PASSWORD_FILE', '/run/secrets/db', undefined],
    ['SESSION_SECRET', 'a8F3kLq9Zx2mVb7N', 'credential-name'],
    ['SESSION_SECRET', 'session_secret_name', undefined],
    ['API_KEY', 'xxxxxxxxxxxxxxxx', undefined],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Lm3Tq2W', 'aws-secret-access-key'],
    ['ANY_NAME', 'AKIA2OGYBAH6TQ5KXW7N', 'aws-access-key-id'],
    ['ANY_NAME', 'AKIAIOSFODNN7EXAMPLE', undefined],
    ['DATABASE_URL', 'postgres://app:Sup3rS3cret@db.clinic-cloud.net/app', 'url-password'],
    ['DATABASE_URL', 'postgres://app:password@db.clinic-cloud.net/app', undefined],
    ['LOG_LEVEL', 'debug', undefined],
  ];
  for (const [name, value, kind] of cases) {
    it(`${name}=${value || '""'} → ${kind ?? 'no secret'}`, () => {
      assert.equal(secretHint(name, value)?.kind, kind);
    });
  }
});

describe('loadDotenv', () => {
  it('loads each file as its own document, reports bad ones and locates variables', () => {
    const result = loadDotenv('.', [
      { path: '.env', text: 'A=1\nB="two\nlines"\n' },
      { path: '.env.local', text: 'oops\n' },
    ]);
    assert.deepEqual(result.errors, [{ file: '.env.local', reason: 'line 1 is not an assignment (KEY=value)', line: 1, column: 1 }]);
    const parsed = result.documents[0]!;
    assert.deepEqual(parsed.locate('B', ['value']), { startLine: 2, startColumn: 1, endLine: 3, endColumn: 7 });
    assert.equal(parsed.locate('Z', []), undefined);
  });
});
