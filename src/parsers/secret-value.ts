/**
 * Secret annotation of configuration values (Dockerfile ENV/ARG, compose and
 * workflow environments, `.env` files). Rego can match names but cannot
 * compute entropy or run the known-format detectors of the source-code rules,
 * so the parsers decide here, once, whether a literal looks like a real
 * credential, and hand checks a `secret` object. The value itself never
 * leaves the normalized input through a check message: checks name the key
 * and report with `finding.secret_at`, which masks the line.
 */
import { findKnownSecret, isAwsSecretKeyShape, isPlaceholder, looksLikeSecret } from '../engine/code/secrets.js';

/** Why a value is taken for a secret. */
export interface SecretHint {
  /** `credential-name` (a literal under a credential name) or a known format id (`aws-access-key-id`, `url-password`, …). */
  kind: string;
  /** How messages describe it: `a secret by its name`, `an AWS access key ID`. */
  label: string;
}

/** Names that say a variable holds a credential (PASSWORD, DB_SECRET, API_KEY, GITHUB_TOKEN, …). */
export const CREDENTIAL_NAME =
  /(?:^|[_.-])(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|APIKEY|PRIVATE_?KEY|CREDENTIALS?|ACCESS_?KEY|AUTH_?KEY|CLIENT_?SECRET|SECRET_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|MASTER_?KEY)(?:$|[_.-])/i;

/** Names of passwords proper: any non-placeholder value under them is a password, whatever its entropy (`admin123`). */
const PASSWORD_NAME = /(?:^|[_.-])(?:PASSWORD|PASSWD|PWD|PASS)(?:$|[_.-])/i;

/** Names that contain a credential word but hold no credential (a file path, a flag, a length, a URL of an endpoint). */
const NOT_A_CREDENTIAL_NAME = /(?:^|[_.-])(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|ENABLED?|DISABLED?|LENGTH|TTL|EXPIRY|EXPIRES?|TIMEOUT|NAME|ID|TYPE|HEADER|FIELD|MIN|MAX|ALGORITHM|ALG|POLICY|ROTATION|COUNT|SIZE|MODE)$/i;

/** Values people write instead of a password: words for "fill this in". */
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'token',
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'todo',
  'tbd',
  'fixme',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'true',
  'false',
  'xxx',
  'foo',
  'bar',
  'test',
  'dummy',
  'sample',
  'example',
]);

/** Whether a value refers to something else instead of holding a literal: `${VAR}`, `$VAR`, `${{ secrets.X }}`, `<fill me>`. */
export function isReferenceOrPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /\$\{\{|\$\{[^}]*\}|\{\{/.test(v)) return true;
  if (/^<[^>]*>$/.test(v) || /^\*+$/.test(v) || /^x+$/i.test(v) || /^\.+$/.test(v)) return true;
  return PLACEHOLDER_WORDS.has(v.toLowerCase()) || isPlaceholder(v);
}

/**
 * Whether `name = value` stores a real-looking credential: a known key format
 * anywhere in the value (an AWS key, a GitHub token, a password in a URL…),
 * an AWS secret key under an AWS name, or a literal under a credential name
 * that is not a reference or placeholder and either looks random (length,
 * character kinds, entropy: {@link looksLikeSecret}) or sits under a password
 * name (`DB_PASSWORD=admin123` is a password, however weak).
 */
export function secretHint(name: string, value: string): SecretHint | undefined {
  if (value.trim() === '') return undefined;
  const known = findKnownSecret(value);
  if (known !== undefined) return { kind: known.format, label: withArticle(known.label) };
  if (isReferenceOrPlaceholder(value)) return undefined;
  if (!CREDENTIAL_NAME.test(name) || NOT_A_CREDENTIAL_NAME.test(name)) return undefined;
  if (/AWS/i.test(name) && /SECRET/i.test(name) && isAwsSecretKeyShape(value)) return { kind: 'aws-secret-access-key', label: 'an AWS secret access key' };
  if (looksLikeSecret(value)) return { kind: 'credential-name', label: 'a secret by its name' };
  if (PASSWORD_NAME.test(name) && value.length >= 4 && !/\s/.test(value) && !/^(?:\d{1,3}|[a-z]+_[a-z_]+)$/.test(value)) {
    return { kind: 'credential-name', label: 'a secret by its name' };
  }
  return undefined;
}

function withArticle(label: string): string {
  return /^(?:[aeiouAEIOU]|npm\b)/.test(label) ? `an ${label}` : `a ${label}`;
}
