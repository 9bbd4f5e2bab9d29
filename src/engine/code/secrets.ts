/**
 * Secret detection shared by the hard-coded secret rules (and any scanner of
 * configuration text): known token formats, credentials in URLs, and the
 * "looks like a real secret" test for values stored under credential names.
 *
 * Every detector returns where the secret is inside the value and how many
 * leading characters are a public prefix, so that callers can mask it
 * (`AKIA****`) — the value itself must never reach a message or a snippet.
 */

/** A secret found in a string value. */
export interface SecretMatch {
  /** Stable id of the format (`aws-access-key-id`). */
  readonly format: string;
  /** How messages name it (`AWS access key ID`). */
  readonly label: string;
  /** Offset of the secret in the value. */
  readonly from: number;
  /** Offset after the secret. */
  readonly to: number;
  /** Leading characters that are a public prefix and may stay visible (`AKIA`). */
  readonly keep: number;
}

interface SecretFormat {
  readonly format: string;
  readonly label: string;
  /** Without the `g` flag; matched with a sticky-free search. */
  readonly pattern: RegExp;
  /** Characters kept visible, or a function of the match (a variable-length prefix). */
  readonly keep: number | ((match: string) => number);
  /** Capture group that holds the secret (default: the whole match). */
  readonly group?: number;
}

/**
 * Known formats, each with its provider's documented prefix or shape. Test
 * keys that cannot move money or data (Stripe `sk_test_`) are not listed.
 */
const FORMATS: readonly SecretFormat[] = [
  { format: 'aws-access-key-id', label: 'AWS access key ID', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/, keep: 4 },
  { format: 'github-token', label: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/, keep: 4 },
  { format: 'github-fine-grained-token', label: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/, keep: 11 },
  { format: 'gitlab-token', label: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,}/, keep: (m) => m.indexOf('-') + 1 },
  { format: 'slack-token', label: 'Slack token', pattern: /\bxox[abposr]-[0-9A-Za-z]{6,}-[0-9A-Za-z-]{6,}/, keep: 5 },
  {
    format: 'slack-webhook',
    label: 'Slack webhook URL',
    pattern: /\bhttps:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/,
    keep: (m) => m.indexOf('/', 'https://hooks.slack.com/'.length) + 1,
  },
  { format: 'stripe-secret-key', label: 'Stripe live secret key', pattern: /\b[sr]k_live_[0-9A-Za-z]{20,247}\b/, keep: 8 },
  { format: 'google-api-key', label: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, keep: 4 },
  { format: 'twilio-api-key', label: 'Twilio API key', pattern: /\bSK[0-9a-f]{32}\b/, keep: 2 },
  { format: 'sendgrid-api-key', label: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/, keep: 3 },
  { format: 'anthropic-api-key', label: 'Anthropic API key', pattern: /\bsk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}/, keep: 7 },
  {
    format: 'openai-api-key',
    label: 'OpenAI API key',
    pattern: /\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    keep: 3,
  },
  { format: 'npm-token', label: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/, keep: 4 },
  {
    format: 'private-key',
    label: 'private key',
    // the header and a body (at least a line of base64): a header alone, as in a masked message, holds nothing
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,200}?[A-Za-z0-9+/]{32}[\s\S]*/,
    keep: (m) => m.indexOf('-----', 5) + 5,
  },
  { format: 'jwt', label: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}/, keep: 3 },
  {
    // scheme://user:password@host — the password only
    format: 'url-password',
    label: 'password in a URL',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"`]+:([^\s@/'"`]+)@([^\s/:?#'"`]+)/i,
    keep: 0,
    group: 1,
  },
];

/** One expression testing whether a value may hold any known format (a cheap first pass over whole files). */
export const SECRET_HINT =
  /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ptt|cbt|oas)-|xox[abposr]-|hooks\.slack\.com|[sr]k_live_|AIza|SK[0-9a-f]{32}|SG\.|sk-|npm_|PRIVATE KEY|eyJ|:\/\/[^\s:@/'"`]+:[^\s@/'"`]+@/;

/** Text that marks a value as an example or placeholder, not a real secret. */
const PLACEHOLDER =
  /example|sample|dummy|placeholder|redacted|changeme|change[_-]me|replace[_-]?me|your[_-]|<[a-z_ -]+>|\$\{|\{\{|x{5,}|X{5,}|\*{3,}|•{3,}|0{10,}|0123456789|1234567890|abcdefgh/i;

/** Host names that are this machine or reserved for documentation (RFC 2606/6761). */
export function isLocalOrReservedHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h === '0.0.0.0' || h === '::' || h.startsWith('127.')) return true;
  if (h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.test') || h.endsWith('.example') || h.endsWith('.invalid')) return true;
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h);
}

/**
 * Values of a URL password that name one instead of holding it, or fill its place (the words the
 * Rego placeholder lists share: smtp://foo:bar@baz/ and smtps://test:test@mailslurper:1025 in Ory
 * Kratos' test and quickstart configurations).
 */
const URL_PASSWORD_PLACEHOLDER = /^(?:pass(?:word)?|pwd|secret|foo|bar|baz|test|dummy|none|null|changeit|\*+|x+|<.*>|\$.*|%.*|\{.*)$/i;

/** Whether a value contains a placeholder marker. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/**
 * The first known-format secret in a value, or undefined. Placeholders
 * (`AKIAIOSFODNN7EXAMPLE`, `sk-xxxxx…`, `${TOKEN}`) and passwords in URLs to
 * local or documentation hosts are not secrets.
 */
export function findKnownSecret(value: string): SecretMatch | undefined {
  if (!SECRET_HINT.test(value)) return undefined;
  for (const entry of FORMATS) {
    const match = entry.pattern.exec(value);
    if (match === null) continue;
    const whole = match[0];
    if (entry.group !== undefined) {
      const secret = match[entry.group] ?? '';
      const host = match[2] ?? '';
      if (URL_PASSWORD_PLACEHOLDER.test(secret) || isPlaceholder(secret) || isLocalOrReservedHost(host)) continue;
      const from = match.index + whole.indexOf(`:${secret}@`) + 1;
      return { format: entry.format, label: entry.label, from, to: from + secret.length, keep: 0 };
    }
    const body = entry.format === 'private-key' ? whole.slice(0, 200) : whole;
    if (entry.format !== 'private-key' && isPlaceholder(body)) continue;
    if (entry.format === 'private-key' && /\.\.\.|x{5,}|<[a-z ]+>/i.test(body.slice(body.indexOf('-----', 5) + 5))) continue;
    const keep = typeof entry.keep === 'number' ? entry.keep : entry.keep(whole);
    return { format: entry.format, label: entry.label, from: match.index, to: match.index + whole.length, keep };
  }
  return undefined;
}

/** An AWS secret access key: 40 characters of base64, when the name says so (the format alone is not distinctive). */
export function isAwsSecretKeyShape(value: string): boolean {
  return /^[A-Za-z0-9/+]{40}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && !isPlaceholder(value);
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Minimum length of a value under a credential name to count as a secret. */
export const MIN_SECRET_LENGTH = 8;
/** Minimum Shannon entropy, in bits per character, of such a value. */
export const MIN_SECRET_ENTROPY = 3;

/** Values that are names, not secrets: words, identifiers, environment variable and header names, i18n keys and labels. */
const NAME_LIKE = [
  /^[a-z]+(?:[_.:-][a-z]+)*$/, // access_token, session-secret, auth.password.label
  /^[A-Z][A-Z0-9]*(?:[_.-][A-Z0-9]+)*$/, // JWT_SECRET, API_KEY
  /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$/, // accessToken, ClientSecret
  /^[A-Za-z]+(?:-[A-Za-z]+)+$/, // X-Api-Key
  /^\p{Lu}?\p{Ll}+[.:!?…]?$/u, // a word of prose: Adgangskode, Contraseña, Lösenord: (a translation of the key's name)
  // A relative path to a document, page or file (mkdocs' nav: `Password: api/generator/password.md`, certs/tls.key).
  /^(?:[\w-]+\/)+[\w-]+(?:\.[\w-]+)*\.(?:md|mdx|markdown|rst|txt|adoc|html?|pdf|png|jpe?g|gif|svg|ya?ml|json|xml|toml|ini|conf|cfg|properties|pem|crt|cer|key|p12|pfx|jks|env|sh|ps1|py|js|ts|go|tf|tpl|j2|csv)$/,
];

/**
 * Whether a literal stored under a credential name looks like a real secret:
 * at least {@link MIN_SECRET_LENGTH} characters, no whitespace, not a
 * placeholder or reference (`${…}`, `<…>`, `changeme`, `xxxx`, a JSON pointer `#/…`), not a URL or
 * path (absolute, or relative to a file with a known extension), not a name (`access_token`, `JWT_SECRET`, `X-Api-Key`), at least two
 * kinds of characters (lower, upper, digit, symbol) and a Shannon entropy of
 * at least {@link MIN_SECRET_ENTROPY} bits per character.
 */
export function looksLikeSecret(value: string): boolean {
  if (value.length < MIN_SECRET_LENGTH || value.length > 4096) return false;
  if (/\s/.test(value) || isPlaceholder(value)) return false;
  if (/^(?:[$%{<\/.~]|#\/|process\.env|env:|vault:|arn:|projects\/|secret:|ref\+)/i.test(value) || value.includes('://')) return false;
  if (NAME_LIKE.some((re) => re.test(value))) return false;
  let kinds = 0;
  if (/[a-z]/.test(value)) kinds++;
  if (/[A-Z]/.test(value)) kinds++;
  if (/[0-9]/.test(value)) kinds++;
  if (/[^A-Za-z0-9]/.test(value)) kinds++;
  if (kinds < 2) return false;
  if (/^(.)\1+$/.test(value)) return false;
  return shannonEntropy(value) >= MIN_SECRET_ENTROPY;
}
