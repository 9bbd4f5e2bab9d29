/**
 * Configuration files: YAML and JSON that are no other format Evident reads
 * (application settings, Helm values, `appsettings.json`, `config/*.yml`,
 * fixtures). Evident reads them for one thing: hard-coded secrets.
 *
 * Rego cannot measure entropy or match provider key formats, so the parser
 * does that with the same detectors as the source-code rules
 * (src/engine/code/secrets.ts) and hands the policies one resource per value
 * that looks like a secret: a known provider format anywhere (`AKIA…`,
 * `ghp_…`, a private key block, a password in a URL), or a high-entropy
 * literal under a credential key (`password`, `clientSecret`, `api_key`,
 * `db.pass`…). The value never enters the document: a check locates the
 * finding at the value and the scanner masks it in every output. In
 * translation catalogs (a `locales/`, `i18n/`, `lang/`, `languages/`…
 * folder on the path) only known formats count: there the value under
 * `password` is the word in another language. So it is under an `example` or
 * `examples` key (OpenAPI and JSON Schema samples: `"password": "superSecure123"`).
 *
 * Cost: a file is parsed only when a cheap test of its text finds a
 * credential-like key or a known-format hint; other files are read, counted
 * in coverage and produce no document. A templated file (Helm, Jinja) that is
 * not valid YAML is skipped with a reason; one that parses is read.
 */
import { tokenizeName } from '../engine/code/names.js';
import { findKnownSecret, isAwsSecretKeyShape, looksLikeSecret, MIN_SECRET_LENGTH, SECRET_HINT } from '../engine/code/secrets.js';
import { hasTemplateOpen, loadYamlDocuments, type YamlStream } from './yaml.js';
import {
  compareByPath,
  fileErrorOf,
  type FileError,
  type LoadResult,
  type NormalizedDocument,
  type NormalizedResource,
  type ParsedDocument,
  type Range,
  type SkippedFile,
  type SourceText,
} from './types.js';

/** A value that looks like a secret, as the policies see it. */
export interface ConfigSecretResource extends NormalizedResource {
  /** The value's path written as `a.b[0].c` (prefixed `doc[n].` in multi-document YAML after the first document). */
  id: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Index of the YAML document in its stream (0 for JSON). */
  document: number;
  /** Object keys and array indexes from the document root to the value. */
  path: Array<string | number>;
  /** The nearest object key on the path (`password`), or '' for a value at the root. */
  key: string;
  /** How the value was recognised. */
  secret: {
    /** `known-format` (a provider's key format anywhere) or `credential-key` (a secret-looking literal under a credential key). */
    kind: 'known-format' | 'credential-key';
    /** The format id (`aws-access-key-id`) or `credential`. */
    format: string;
    /** How messages name it (`AWS access key ID`, `credential`). */
    label: string;
  };
}

export interface ConfigDocument extends NormalizedDocument {
  type: 'config';
  /** The file (one document per file). */
  path: string;
  files: string[];
  format: 'yaml' | 'json';
  resources: ConfigSecretResource[];
}

export const CONFIG_TEMPLATE_REASON = 'templated configuration (template actions such as {{ … }}), not plain YAML/JSON';

/** Words that make a key a credential key; `key` alone is too common in configuration, so it needs a qualifier. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'pass']);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'signing', 'encryption', 'master', 'client', 'auth', 'license', 'subscription']);
/** Words (as tokenizeName normalizes them: singular, lower case) that make a credential-looking key name something else (`tokenType`, `passwordPolicy`, `secretName`). */
const OPAQUE_HEADS = new Set(['type', 'name', 'policy', 'length', 'url', 'uri', 'endpoint', 'file', 'path', 'ref', 'id', 'arn', 'env', 'header', 'field', 'label', 'hint', 'expiry', 'expire', 'ttl', 'lifetime', 'regex', 'pattern', 'min', 'max', 'required', 'enabled', 'mode', 'provider', 'version', 'rotation', 'location', 'store', 'manager', 'vault', 'secretref', 'keyref']);
/** A cheap test of a whole file for credential-looking keys, before parsing anything. */
const CREDENTIAL_KEY_HINT = /pass|pwd|secret|token|api.?key|private.?key|access.?key|signing.?key|encryption.?key|credential/i;

/**
 * Whether a configuration key names a credential: its last word is a secret
 * word (`dbPassword`, `client_secret`, `auth.token`), or it ends in `key`
 * after a qualifier (`apiKey`, `private_key`, `access-key`).
 */
export function isCredentialKey(name: string): boolean {
  const w = tokenizeName(name);
  const last = w[w.length - 1];
  if (last === undefined || OPAQUE_HEADS.has(last)) return false;
  if (SECRET_WORDS.has(last)) return true;
  return last === 'key' && w.length > 1 && KEY_QUALIFIERS.has(w[w.length - 2] ?? '');
}

/** Folders that hold translation catalogs (`locales/de.json`, `public/language/da/register.json`, `i18n/fr.yml`). */
const TRANSLATION_FOLDERS = new Set(['locale', 'locales', 'i18n', 'l10n', 'lang', 'langs', 'language', 'languages', 'translation', 'translations']);

/**
 * Whether a file is a translation catalog: a folder on its path is one of {@link TRANSLATION_FOLDERS}. There, the value
 * under `password` is the word "password" in another language, so only known secret formats are looked for.
 */
export function isTranslationCatalog(path: string): boolean {
  const segments = path.split('/');
  segments.pop();
  return segments.some((segment) => TRANSLATION_FOLDERS.has(segment.toLowerCase()));
}

/** Keys whose values are documentation samples (OpenAPI and JSON Schema `example`/`examples`, `x-example`). */
const EXAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'x-examples']);

/**
 * What a string value under `key` is, if it looks like a secret. `samples`: the value is in a translation catalog or
 * under an `example` key, where a password is a word or a sample, so only known secret formats count.
 */
function recognise(key: string, value: string, samples: boolean): ConfigSecretResource['secret'] | undefined {
  const known = findKnownSecret(value);
  if (known !== undefined) return { kind: 'known-format', format: known.format, label: known.label };
  if (samples || value.length < MIN_SECRET_LENGTH || !isCredentialKey(key)) return undefined;
  if (looksLikeSecret(value) || (/aws.?secret|secret.?access.?key/i.test(key) && isAwsSecretKeyShape(value))) {
    return { kind: 'credential-key', format: 'credential', label: 'credential' };
  }
  return undefined;
}

function pathId(docIndex: number, path: ReadonlyArray<string | number>): string {
  let id = docIndex > 0 ? `doc[${docIndex}]` : '';
  for (const segment of path) {
    if (typeof segment === 'number') id += `[${segment}]`;
    else id += id === '' ? segment : `.${segment}`;
  }
  return id === '' ? '(root)' : id;
}

/**
 * Walks a value and calls `found` for every string leaf that looks like a secret. Depth is bounded by the YAML loader.
 * `samples`: the value is in a translation catalog or under an `example`/`examples` key (see {@link recognise}).
 */
function walk(
  value: unknown,
  path: Array<string | number>,
  key: string,
  samples: boolean,
  found: (path: Array<string | number>, key: string, secret: ConfigSecretResource['secret']) => void,
): void {
  if (typeof value === 'string') {
    const secret = recognise(key, value, samples);
    if (secret !== undefined) found([...path], key, secret);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      path.push(index);
      walk(item, path, key, samples, found);
      path.pop();
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      path.push(k);
      walk(v, path, k, samples || EXAMPLE_KEYS.has(k.toLowerCase()), found);
      path.pop();
    }
  }
}

/** Loads configuration files: one document per file that may hold a secret. */
export function loadConfigFiles(_dir: string, files: SourceText[]): LoadResult {
  const documents: ParsedDocument[] = [];
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [];
  const sorted = [...files].sort(compareByPath);
  for (const file of sorted) {
    if (!CREDENTIAL_KEY_HINT.test(file.text) && !SECRET_HINT.test(file.text)) continue;
    const format = /\.json$/i.test(file.path) ? 'json' : 'yaml';
    let stream: YamlStream;
    try {
      stream = loadYamlDocuments(file.text, file.path);
    } catch (error) {
      if (hasTemplateOpen(file.text)) skipped.push({ file: file.path, reason: CONFIG_TEMPLATE_REASON });
      else errors.push(fileErrorOf(file.path, error));
      continue;
    }
    // A file that parses is read even when some values are template actions (a Helm chart's
    // values.yaml passes `addresses: x.{{ include … }}` through tpl): a `{{ … }}` value is a
    // placeholder, and a literal credential beside it is committed all the same.
    const resources: ConfigSecretResource[] = [];
    const ranges = new Map<string, { docIndex: number; path: Array<string | number>; fallback: Range }>();
    const samples = isTranslationCatalog(file.path);
    for (const doc of stream.documents) {
      walk(doc.value, [], '', samples, (path, key, secret) => {
        const range = stream.positionOf(doc.index, path);
        const fallback: Range = { startLine: doc.startLine, startColumn: 1, endLine: doc.endLine, endColumn: 1 };
        const where = range ?? fallback;
        const id = pathId(doc.index, path);
        resources.push({ id, file: file.path, startLine: where.startLine, endLine: where.endLine, document: doc.index, path, key, secret });
        ranges.set(id, { docIndex: doc.index, path, fallback });
      });
    }
    if (resources.length === 0) continue;
    const document: ConfigDocument = { type: 'config', path: file.path, files: [file.path], format, resources };
    documents.push({
      document,
      locate(resourceId) {
        const entry = ranges.get(resourceId);
        return entry === undefined ? undefined : (stream.positionOf(entry.docIndex, entry.path) ?? entry.fallback);
      },
    });
  }
  return { documents, errors, skipped };
}
