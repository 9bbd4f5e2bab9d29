/**
 * Secret redaction, applied once to every finding before any reporter sees
 * the result, so no output format can leak a credential that a check found.
 */

export const MASK = '****';

export interface Pattern {
  re: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  /** A necessary condition for `re` to match, much cheaper to test: without it the pattern is not run. */
  needs?: (text: string) => boolean;
}

const SECRET_KEY = String.raw`[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|auth[_-]?key|credentials?|client[_-]?secret)[A-Za-z0-9_.-]*`;

/** The secret words of {@link SECRET_KEY} alone: a quick test before the whole `key = value` pattern. */
const SECRET_WORD = /password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|auth[_-]?key|credential|client[_-]?secret/i;

/**
 * The fixed beginnings of the token formats of {@link TOKEN_PATTERNS}: text without any of them
 * holds none of those tokens, and the fourteen patterns are skipped (one scan instead of fourteen).
 */
const TOKEN_START = /AKIA|ASIA|gh[pousr]_|xox[abpors]-|sk_(?:live|test)_|eyJ|github_pat_|gl(?:pat|dt|rt|ptt|cbt|oas)-|rk_live_|AIza|SG\.|SK[0-9a-f]|sk-|npm_|hooks\.slack\.com\//;

const PATTERNS: Pattern[] = [
  // PEM private keys (the whole block, or its first line in a one-line snippet)
  {
    re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: () => `-----BEGIN PRIVATE KEY----- ${MASK}`,
    needs: (text) => text.includes('PRIVATE KEY-----'),
  },
  // user:password@ in URLs and connection strings
  { re: /([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^:/@\s"']+:)[^@/\s"']+@/g, replace: (_m, head) => `${head}${MASK}@`, needs: (text) => text.includes('://') },
  // key = "value", key: value, "key": "value", KEY=value for secret-like keys
  {
    re: new RegExp(String.raw`(["']?${SECRET_KEY}["']?\s*(?:=|:)\s*)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,;}'"\n]+))`, 'gi'),
    replace: (match, head, dq, sq, bare) => {
      const value = dq ?? sq ?? bare ?? '';
      // A bare value ends at a space, comma or brace; one closing a parenthesis in a message (`(flag = false)`) ends before it.
      if (value === '' || isReference(value) || (bare !== undefined && NOT_A_SECRET.test(bare.replace(/[)\]]+$/, '')))) return match;
      // A host name (`token.actions.githubusercontent.com:sub`, the condition key of GitHub's OIDC tokens) is not a secret's name,
      // nor is an IAM action of Secrets Manager (`secretsmanager:GetSecretValue`).
      if (HOST_KEY.test(head) || (bare !== undefined && IAM_ACTION.test(head + bare))) return match;
      // A file and line (`token.yaml:12`, in the id of a Kustomize patch fragment or of a repeated object) is a location, not an assignment.
      if (bare !== undefined && FILE_LINE_KEY.test(head) && /^\d+\)?$/.test(bare)) return match;
      // An unquoted function call in a code snippet (`token = Math.random().toString(36)`) is code, not a secret.
      if (bare !== undefined && /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(/.test(bare)) return match;
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      return `${head}${quote}${MASK}${quote}`;
    },
    needs: (text) => SECRET_WORD.test(text),
  },
];

/** Well-known token formats, each beginning with a literal of {@link TOKEN_START}. */
const TOKEN_PATTERNS: Pattern[] = [
  { re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, replace: (_m, prefix) => `${prefix}${MASK}` },
  { re: /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, replace: () => `gh_${MASK}` },
  { re: /\bxox[abpors]-[A-Za-z0-9-]{10,}\b/g, replace: () => `xox-${MASK}` },
  { re: /\bsk_(live|test)_[A-Za-z0-9]{16,}\b/g, replace: (_m, mode) => `sk_${mode}_${MASK}` },
  { re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, replace: () => `eyJ${MASK}` },
  { re: /\bgithub_pat_[A-Za-z0-9_]{40,}/g, replace: () => `github_pat_${MASK}` },
  { re: /\b(gl(?:pat|dt|rt|ptt|cbt|oas)-)[A-Za-z0-9_-]{20,}/g, replace: (_m, prefix) => `${prefix}${MASK}` },
  { re: /\brk_live_[A-Za-z0-9]{16,}\b/g, replace: () => `rk_live_${MASK}` },
  { re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, replace: () => `AIza${MASK}` },
  { re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, replace: () => `SG.${MASK}` },
  { re: /\bSK[0-9a-f]{32}\b/g, replace: () => `SK${MASK}` },
  { re: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/g, replace: () => `sk-${MASK}` },
  { re: /\bnpm_[A-Za-z0-9]{36}\b/g, replace: () => `npm_${MASK}` },
  { re: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]{20,}/g, replace: (_m, prefix) => `${prefix}${MASK}` },
];

/** A key that is a file name of a scanned format, written right before `:` (no space): the head of `<file>:<line>`. */
const FILE_LINE_KEY = /\.(?:ya?ml|json|tf|tfvars|hcl|template|env)[:]$/i;

/**
 * A key that is a host name under a common top-level domain, right before `:` or `=`
 * (`token.actions.githubusercontent.com:`): its secret word is part of a domain. A dotted
 * key whose last part is the secret word (`spring.datasource.password`) is still a secret's name.
 */
const HOST_KEY = /^["']?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|io|dev|app|cloud)["']?\s*[:=]\s*$/i;

/** An IAM action of Secrets Manager, the one AWS service whose name holds a secret word: `secretsmanager:GetSecretValue`, `secretsmanager:Describe*`. */
const IAM_ACTION = /^["']?secretsmanager:[A-Z][A-Za-z]*\*?\)?$/;

/** Unquoted literals that cannot hold a secret (`access_key_metadata_writes_enabled = false`). */
const NOT_A_SECRET = /^(?:true|false|null|nil|none|undefined|yes|no|on|off)$/i;

/** Values that name a secret instead of holding one: references, placeholders, empty. */
function isReference(value: string): boolean {
  return (
    /^(\$\{|\$\(|\{\{|<|process\.env|var\.|local\.|data\.|secretKeyRef|env\(|os\.environ)/.test(value) ||
    /^[*x•]+$/i.test(value) ||
    value.includes(MASK) // already masked where it was found (`AKIA****`)
  );
}

/** Every pattern in the order they are applied, with their quick necessary conditions (for tests). */
export const REDACTION_PATTERNS: readonly Readonly<Pattern>[] = [...PATTERNS, ...TOKEN_PATTERNS];

/** Masks every secret-looking value in a piece of text. */
export function redactText(text: string): string {
  let out = text;
  for (const { re, replace, needs } of PATTERNS) {
    if (needs === undefined || needs(out)) out = out.replace(re, replace as (substring: string, ...args: unknown[]) => string);
  }
  if (TOKEN_START.test(out)) {
    for (const { re, replace } of TOKEN_PATTERNS) out = out.replace(re, replace as (substring: string, ...args: unknown[]) => string);
  }
  return out;
}

/**
 * Masks the value of a `key: value` / `key = value` line whose value a check
 * identified as a secret (whatever the key is called), or of a line that is
 * one item of a list of secrets: a YAML `- value`, or a quoted element of an
 * HCL or JSON list written one per line (`"value",`).
 */
export function redactAssignedValue(line: string): string {
  // Dockerfile's legacy `ENV KEY value` / `LABEL key value` form assigns with a space.
  const legacy = /^(\s*(?:ENV|ARG|LABEL)\s+[A-Za-z_][A-Za-z0-9_.-]*\s+)(?=[^=\s])/i.exec(line);
  if (legacy !== null) return `${legacy[1]}${MASK}`;
  const m = /^(\s*-?\s*["']?[^:=]*?["']?\s*(?::|=)\s*)(.*)$/.exec(line);
  if (!m || m[2] === undefined || m[2].trim() === '') return redactListItem(line) ?? redactText(line);
  return `${m[1]}${MASK}`;
}

/** The line with its list item masked (keeping the indentation, `- ` and a trailing comma), or undefined when it is not one. */
function redactListItem(line: string): string | undefined {
  const yaml = /^(\s*-\s+)\S/.exec(line);
  if (yaml !== null) return `${yaml[1]}${MASK}`;
  const quoted = /^(\s*)(["']).*\2(\s*,?\s*)$/.exec(line);
  if (quoted !== null) return `${quoted[1] ?? ''}${MASK}${(quoted[3] ?? '').trimEnd()}`;
  return undefined;
}
