/**
 * The sensitive-data classifier shared by every source-code rule.
 *
 * Two levels:
 * - {@link classifyName}: a name (identifier, property, parameter, column or
 *   schema field) → the categories of personal data it denotes.
 * - {@link classifyExpression}: an expression → the categories of every name
 *   whose *value* flows into it (member chains, object literals, template
 *   literals, concatenations, serialisation wrappers, spreads), plus light
 *   data flow through local variables.
 *
 * Name matching is token-based, never substring-based: a name is split into
 * words (camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * digits), each word is lower-cased and de-pluralised, and the longest known
 * phrase is matched at each position (`insuranceMemberId` → `insurance member
 * id`). The *head* (the last word) then decides what the value is:
 * - covered by a sensitive phrase → the value is that data (`patientSSN`, `dob`);
 * - covered by a "not sensitive" phrase → nothing (`raceCondition`, `pageToken`);
 * - an opaque or meta word (`id`, `count`, `regex`, `url`, `name`, `hash`, …) →
 *   nothing: `patientId` is a surrogate key, `passwordPolicyUrl` a URL,
 *   `fileName` a file's name;
 * - a container word (`record`, `data`, `details`, `list`, …) → the value holds
 *   whatever the other words say, including person nouns (`patientRecord` →
 *   health, `userProfile` → personal);
 * - any other word → only the strong sensitive words count (`diagnosisCode` →
 *   health, `userAgent` → nothing: `user` alone is a weak word).
 * A leading boolean prefix (`is`, `has`, `should`, …) drops the categories
 * whose *presence* is not the data itself (`hasPassword`, `isEmailVerified`),
 * but keeps health, genetic and personal facts (`isPregnant`, `hasHiv`).
 */
import { ts } from 'ts-morph';
import { findLocalBinding, memberName, skipOuterExpressions, type BindingStep } from './scope.js';

/** Categories of personal data, in the order messages list them. */
export const DATA_CATEGORIES = [
  'health',
  'government-id',
  'contact',
  'financial',
  'credentials',
  'location',
  'biometric',
  'genetic',
  'personal',
] as const;

/** One category of personal data. */
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** How messages name each category. */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  health: 'health data',
  'government-id': 'government identifier',
  contact: 'contact data',
  financial: 'financial data',
  credentials: 'credentials',
  location: 'location data',
  biometric: 'biometric data',
  genetic: 'genetic data',
  personal: 'personal data',
};

/** Configuration hooks (wired from `.evident.yml`). */
export interface ClassifierOptions {
  /** More names/phrases per category, written as code names or words: `visitReason`, `member number`. */
  readonly extraNames?: Readonly<Partial<Record<DataCategory, readonly string[]>>>;
  /**
   * Names that must never be classified. An entry matches a whole name with
   * the same words (`patientName` also matches `patient_name`), and removes a
   * dictionary phrase with the same words (`mrn`).
   */
  readonly ignoreNames?: readonly string[];
}

// ---------------------------------------------------------------------------
// Tokenizer

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** Lower-cases a word and strips a plural ending: `allergies` → `allergy`, `patients` → `patient`. */
function normalizeWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/**
 * Splits a name into normalized words: `patientSSN` → `patient ssn`,
 * `date_of_birth` → `date of birth`, `icd10Code` → `icd 10 code`,
 * `X-Forwarded-For` → `x forwarded for`. Non-ASCII letters are ignored.
 */
export function tokenizeName(name: string): string[] {
  const words: string[] = [];
  for (const match of name.matchAll(WORD)) words.push(normalizeWord(match[0]));
  return words;
}

// ---------------------------------------------------------------------------
// Lexicon (data, not code)

/**
 * Strong phrases: any of them in a name makes the value that data (unless the
 * head says otherwise). Written as words; compiled with the same tokenizer.
 */
const STRONG: Readonly<Record<DataCategory, readonly string[]>> = {
  health: [
    'diagnosis', 'diagnoses', 'medical condition', 'health condition', 'chronic condition', 'pre existing condition',
    'preexisting condition', 'medication', 'medications', 'meds', 'prescription', 'rx', 'dosage', 'allergy',
    'lab result', 'lab test', 'lab value', 'blood test', 'pathology', // not bare 'test result': test runners
    'biopsy', 'medical procedure', 'surgical procedure', 'procedure code', 'surgery', 'icd', 'icd 9', 'icd 10',
    'icd code', 'cpt', 'cpt code', 'snomed', 'loinc', 'mrn', 'medical record', 'medical record number',
    'health record', 'ehr', 'emr', 'phi', 'treatment', 'treatment plan', 'care plan', 'symptom', 'vitals',
    'vital sign', 'blood pressure', 'heart rate', 'blood type', 'blood group', 'glucose', 'bmi', 'hiv',
    'hiv status', 'pregnancy', 'pregnant', 'mental health', 'psychiatric', 'psychotherapy', 'therapy note',
    'clinical note', 'progress note', 'doctor note', 'patient record', 'patient chart', 'insurance member id',
    'insurance id', 'insurance number', 'policy number', 'subscriber id', 'health plan', 'health plan id',
    'health insurance', 'medicare number', 'medicaid id', 'medical history', 'health history', 'family history',
    'health data', 'health info', 'health information', 'medical', 'clinical', 'disability', 'immunization',
    'vaccination', 'vaccination status', 'smoking status', 'prognosis', 'discharge summary',
  ],
  'government-id': [
    'ssn', 'social security', 'social security number', 'social insurance number', 'passport', 'passport number',
    'driver license', 'drivers license', 'driving license', 'driver licence', 'driving licence', 'license number',
    'licence number', 'national id', 'national identifier', 'national insurance number', 'nino', 'tax id',
    'taxpayer id', 'tin', 'itin', 'nhs number', 'aadhaar', 'id card', 'identity card', 'voter id', 'citizen id',
  ],
  contact: [
    'email', 'e mail', 'email address', 'phone', 'phone number', 'telephone', 'mobile number', 'mobile phone',
    'cell phone', 'cell number', 'fax', 'fax number', 'street', 'street address', 'address line', 'zip code',
    'zipcode', 'postal code', 'postcode', 'post code', 'home address', 'mailing address', 'billing address',
    'shipping address', 'delivery address', 'postal address', 'residential address', 'physical address',
    'contact info', 'contact information', 'contact detail', 'emergency contact',
  ],
  financial: [
    'credit card', 'credit card number', 'card number', 'cc number', 'primary account number', 'cvv', 'cvv 2',
    'cvc', 'card verification', 'card security code', 'iban', 'account number', 'bank account', 'bank account number',
    'routing number', 'sort code', 'bank', 'bank detail', 'salary', 'income', 'credit score',
  ],
  credentials: [
    'password', 'passwd', 'pwd', 'passphrase', 'secret', 'client secret', 'token', 'access token', 'refresh token',
    'id token', 'auth token', 'bearer token', 'session token', 'session id', 'session secret', 'api key', 'apikey',
    'api secret', 'private key', 'secret key', 'access key', 'signing key', 'encryption key', 'credential', 'creds',
    'authorization', 'auth header', 'otp', 'one time password', 'pin code', 'pin number', 'mfa code', 'totp secret',
    'recovery code', 'jwt', 'password hash', 'hashed password', 'req header', 'request header', 'req cookie',
    'request cookie', 'set cookie', 'session cookie',
  ],
  location: [
    'latitude', 'longitude', 'lat', 'lng', 'lat lng', 'geo', 'geolocation', 'geo location', 'gps', 'gps location',
    'gps coordinate', 'user location', 'current location', 'home location', 'location history', 'ip address',
    'ipv 4 address', 'ipv 6 address', 'IPv4Address', 'IPv6Address', 'ip addr', 'client ip', 'remote ip', 'user ip',
    'remote address', 'remote addr', 'x forwarded for',
  ],
  biometric: [
    'biometric', 'biometric template', 'biometric data', 'fingerprint scan', 'fingerprint image', 'fingerprint template', 'fingerprint data', 'finger print',
    'face id', 'face template', 'face scan', 'face print', 'faceprint', 'face encoding', 'face embedding', 'facial',
    'facial recognition', 'retina', 'retina scan', 'iris scan', 'voiceprint', 'voice print', 'palm print',
  ],
  genetic: ['dna', 'genome', 'genomic', 'genotype', 'genetic', 'genetic test', 'dna sample'],
  personal: [
    'first name', 'last name', 'full name', 'middle name', 'given name', 'family name', 'maiden name', 'legal name',
    'preferred name', 'nick name', 'nickname', 'surname', 'firstname', 'lastname', 'fullname', 'fname', 'lname',
    'birth date', 'birthdate', 'birthday', 'date of birth', 'dob', 'gender', 'sex', 'ethnicity', 'religion',
    'religious belief', 'sexual orientation', 'marital status', 'nationality', 'political opinion',
    'union membership', 'trade union', 'req body', 'request body',
  ],
};

/** Strong words that only count as the *whole* name (or after a person noun, see PERSON_ATTRIBUTES). */
const ALONE: Readonly<Record<string, DataCategory>> = {
  age: 'personal',
  address: 'contact',
  race: 'personal',
};

/**
 * Person nouns. Weak: they classify a value only as the head (`patient`,
 * `users`) or before a container word (`patientRecord`); elsewhere they just
 * qualify the next word (`patientName`). `null` = qualifier only.
 */
const PERSON_NOUNS: Readonly<Record<string, DataCategory | null>> = {
  patient: 'health',
  user: 'personal',
  customer: 'personal',
  employee: 'personal',
  person: 'personal',
  people: 'personal',
  applicant: 'personal',
  beneficiary: 'personal',
  subscriber: 'personal',
  student: 'personal',
  guardian: 'personal',
  spouse: 'personal',
  cardholder: 'personal',
  contact: 'contact',
  member: null,
  doctor: null,
  physician: null,
  nurse: null,
  practitioner: null,
  caregiver: null,
  recipient: null,
  sender: null,
};

/** Attributes that a preceding person noun makes sensitive: `patientName`, `customerAge`, `userAddress`. */
const PERSON_ATTRIBUTES: Readonly<Record<string, DataCategory>> = {
  name: 'personal',
  age: 'personal',
  address: 'contact',
  race: 'personal',
  condition: 'health',
};

/**
 * Phrases that are explicitly *not* sensitive, although a sensitive word is
 * in them. `user name` is read as an account handle (like `username`, which is
 * not in the dictionary), not as a person's name.
 */
const NOT_SENSITIVE: readonly string[] = [
  'race condition', 'user name', 'mac address', 'server address', 'host address', 'bind address', 'listen address',
  'memory address', 'base address', 'local address', 'socket address', 'proxy address', 'gateway address',
  'network address', 'broadcast address', 'contract address', 'node address', 'peer address', 'page token',
  'next token', 'prev token', 'previous token', 'continuation token', 'cancel token', 'cancellation token',
  'pagination token', 'cursor token', 'sync token', 'lexer token', 'syntax token', 'parser token', 'design token',
  'max token', 'min token', 'total token', 'prompt token', 'completion token', 'input token', 'output token',
  'remaining token', 'used token', 'num token', 'estimated token', 'env pwd', 'secret manager', 'secrets manager',
  'email template', 'password policy', 'password reset url', 'bank holiday',
];

/** Head words whose value is not the data itself: ids, counts, metadata about a field, UI elements. */
const OPAQUE_HEADS = new Set(
  [
    'id', 'ids', 'uuid', 'guid', 'key', 'count', 'length', 'size', 'index', 'idx', 'type', 'kind', 'format', 'regex',
    'regexp', 'pattern', 'validator', 'validation', 'valid', 'invalid', 'schema', 'policy', 'rule', 'label',
    'placeholder', 'field', 'column', 'col', 'header', 'title', 'hint', 'template', 'error', 'err', 'exist',
    'exists', 'enabled', 'disabled', 'required', 'verified', 'confirmed', 'visible', 'hidden', 'updated', 'created',
    'at', 'timestamp', 'version', 'mask', 'masked', 'redacted', 'hashed', 'hash', 'encrypted', 'digest', 'checksum',
    'fingerprint', 'limit', 'max', 'min', 'url', 'uri', 'href', 'link', 'path', 'file', 'filename', 'dir', 'arn',
    'env', 'var', 'prefix', 'suffix', 'separator', 'delimiter', 'flag', 'option', 'config', 'setting', 'enum', 'ms',
    'second', 'ttl', 'expiry', 'expire', 'expiration', 'expired', 'lifetime', 'strength', 'score', 'provider',
    'service', 'server', 'host', 'port', 'domain', 'sent', 'input', 'selector', 'element', 'el', 'ref', 'button',
    'btn', 'icon', 'style', 'width', 'height', 'handler', 'listener', 'callback', 'cb', 'fn', 'component', 'view',
    'page', 'modal', 'dialog', 'form', 'step', 'name', 'age', 'address', 'race', 'condition', 'rounds', 'salt',
  ].map(normalizeWord),
);

/** Head words whose value holds whatever the other words (or the receiver) say. */
const CONTAINER_HEADS = new Set(
  [
    'record', 'data', 'info', 'information', 'detail', 'profile', 'obj', 'object', 'entity', 'dto', 'model', 'doc',
    'document', 'row', 'payload', 'body', 'json', 'raw', 'list', 'array', 'arr', 'item', 'collection', 'map', 'set',
    'batch', 'result', 'response', 'snapshot', 'summary', 'chart', 'history', 'entry', 'value', 'val',
  ].map(normalizeWord),
);

/** A leading word that makes the name a boolean about the data rather than the data. */
const BOOLEAN_PREFIXES = new Set(
  ['is', 'has', 'should', 'can', 'did', 'was', 'were', 'will', 'needs', 'requires', 'allows', 'enable', 'show', 'hide', 'must'].map(
    normalizeWord,
  ),
);

/** Categories a boolean prefix removes (presence of a password is not a password). */
const BOOLEAN_DROPS = new Set<DataCategory>(['credentials', 'contact', 'financial', 'government-id', 'location', 'biometric']);

/** Words in a function's name that mean its result is redacted: `redact(x)`, `maskSsn(x)`, `hash(x)`. */
const REDACTION_WORDS = new Set(
  [
    'redact', 'redacted', 'mask', 'masked', 'hash', 'hashed', 'anonymize', 'anonymise', 'anonymized', 'anonymised',
    'pseudonymize', 'pseudonymise', 'pseudonymized', 'pseudonymised', 'encrypt', 'encrypted', 'sanitize', 'sanitise',
    'sanitized', 'sanitised', 'scrub', 'scrubbed', 'obfuscate', 'obfuscated', 'digest', 'hmac', 'tokenize', 'censor',
    'deidentify', 'deidentified', 'pseudonym',
  ].map(normalizeWord),
);

// ---------------------------------------------------------------------------
// Compiled lexicon and name classification

type TermRole = 'strong' | 'weak' | 'none';

interface Term {
  readonly role: TermRole;
  readonly category: DataCategory | undefined;
  /** Only when the phrase is the whole name (own words, without a receiver prefix). */
  readonly alone: boolean;
  /** How messages name it instead of the source name (`request body`). */
  readonly label?: string;
}

interface Lexicon {
  readonly terms: ReadonlyMap<string, Term>;
  readonly maxWords: number;
  readonly ignoredNames: ReadonlySet<string>;
  readonly cache: Map<string, NameResult>;
}

/** What a name says about its value. */
interface NameResult {
  readonly categories: readonly DataCategory[];
  /** The head word's role: whether the receiver of a member chain can still make the value sensitive. */
  readonly head: 'sensitive' | 'none' | 'opaque' | 'container' | 'neutral' | 'empty';
  /** A label to show instead of the source name. */
  readonly label?: string;
  /** Whether a phrase that decided the result used the receiver's word (`card.number` → `card number`). */
  readonly prefixed?: boolean;
  /** Whether only weak words (person nouns: `patient`, `user`) made the value sensitive. */
  readonly weakOnly?: boolean;
}

const CACHE_LIMIT = 20_000;
const REQUEST_LABELS: Readonly<Record<string, string>> = {
  'req body': 'request body',
  'request body': 'request body',
  'req header': 'request headers',
  'request header': 'request headers',
  'req cookie': 'request cookies',
  'request cookie': 'request cookies',
};

function key(words: readonly string[]): string {
  return words.join(' ');
}

function compileLexicon(options: ClassifierOptions | undefined): Lexicon {
  const terms = new Map<string, Term>();
  const put = (phrase: string, term: Term): void => {
    const words = tokenizeName(phrase);
    if (words.length > 0) terms.set(key(words), term);
  };
  for (const category of DATA_CATEGORIES) {
    for (const phrase of STRONG[category]) {
      const k = key(tokenizeName(phrase));
      const label = REQUEST_LABELS[k];
      put(phrase, label === undefined ? { role: 'strong', category, alone: false } : { role: 'strong', category, alone: false, label });
    }
  }
  for (const [word, category] of Object.entries(ALONE)) put(word, { role: 'strong', category, alone: true });
  for (const [noun, category] of Object.entries(PERSON_NOUNS)) {
    put(noun, { role: 'weak', category: category ?? undefined, alone: false });
    for (const [attribute, attributeCategory] of Object.entries(PERSON_ATTRIBUTES)) {
      put(`${noun} ${attribute}`, { role: 'strong', category: attributeCategory, alone: false });
    }
  }
  for (const phrase of NOT_SENSITIVE) put(phrase, { role: 'none', category: undefined, alone: false });
  for (const category of DATA_CATEGORIES) {
    for (const phrase of options?.extraNames?.[category] ?? []) put(phrase, { role: 'strong', category, alone: false });
  }
  const ignoredNames = new Set<string>();
  for (const name of options?.ignoreNames ?? []) {
    const k = key(tokenizeName(name));
    ignoredNames.add(k);
    terms.delete(k);
  }
  let maxWords = 1;
  for (const k of terms.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { terms, maxWords, ignoredNames, cache: new Map() };
}

const DEFAULT_LEXICON = compileLexicon(undefined);
const LEXICONS = new WeakMap<ClassifierOptions, Lexicon>();

function lexiconFor(options: ClassifierOptions | undefined): Lexicon {
  if (options === undefined) return DEFAULT_LEXICON;
  let lexicon = LEXICONS.get(options);
  if (lexicon === undefined) {
    lexicon = compileLexicon(options);
    LEXICONS.set(options, lexicon);
  }
  return lexicon;
}

function orderCategories(categories: Iterable<DataCategory>): DataCategory[] {
  const set = new Set(categories);
  return DATA_CATEGORIES.filter((c) => set.has(c));
}

const EMPTY: NameResult = { categories: [], head: 'empty' };

/**
 * Classifies the words of a name. `prefix` is the head word of a member
 * chain's receiver (`patient` for `patient.name`): it can complete a phrase
 * with the name's own words but never counts as "the whole name".
 */
function classifyWords(lexicon: Lexicon, own: readonly string[], prefix: string | undefined): NameResult {
  if (own.length === 0) return EMPTY;
  if (lexicon.ignoredNames.has(key(own))) return { categories: [], head: 'none' };
  const words = prefix === undefined ? own : [prefix, ...own];
  const ownStart = words.length - own.length;
  let head = words.length - 1;
  while (head >= ownStart && /^[0-9]+$/.test(words[head] ?? '')) head--;
  if (head < ownStart) return EMPTY;

  interface Match {
    readonly start: number;
    readonly end: number;
    readonly term: Term;
  }
  const matches: Match[] = [];
  let i = 0;
  while (i < words.length) {
    let matched: Match | undefined;
    for (let n = Math.min(lexicon.maxWords, words.length - i); n >= 1; n--) {
      const term = lexicon.terms.get(key(words.slice(i, i + n)));
      if (term === undefined) continue;
      if (term.alone && !(i === ownStart && i + n === words.length)) continue;
      matched = { start: i, end: i + n, term };
      break;
    }
    if (matched === undefined) {
      i++;
    } else {
      matches.push(matched);
      i = matched.end;
    }
  }

  const strong = matches.filter((m) => m.term.role === 'strong' && m.term.category !== undefined);
  const weak = matches.filter((m) => m.term.role === 'weak' && m.term.category !== undefined);
  const headMatch = matches.find((m) => m.start <= head && head < m.end);
  let categories: DataCategory[];
  let headKind: NameResult['head'];
  let label: string | undefined;
  let prefixed = false;
  let weakOnly = false;
  if (headMatch !== undefined) {
    if (headMatch.term.role === 'none') return { categories: [], head: 'none' };
    categories = orderCategories([...strong, ...(headMatch.term.role === 'weak' ? [headMatch] : [])].map((m) => m.term.category as DataCategory));
    headKind = categories.length > 0 ? 'sensitive' : 'neutral';
    label = headMatch.term.label;
    prefixed = headMatch.start < ownStart;
    weakOnly = strong.length === 0;
  } else {
    const headWord = words[head] ?? '';
    if (OPAQUE_HEADS.has(headWord)) return { categories: [], head: 'opaque' };
    if (CONTAINER_HEADS.has(headWord)) {
      const contributing = [...strong, ...weak];
      categories = orderCategories(contributing.map((m) => m.term.category as DataCategory));
      headKind = 'container';
      prefixed = contributing.some((m) => m.start < ownStart);
      weakOnly = strong.length === 0;
    } else {
      categories = orderCategories(strong.map((m) => m.term.category as DataCategory));
      headKind = 'neutral';
    }
  }
  const first = own[0];
  if (own.length > 1 && first !== undefined && BOOLEAN_PREFIXES.has(first)) {
    categories = categories.filter((c) => !BOOLEAN_DROPS.has(c));
  }
  if (categories.length > 0 && headKind === 'container') headKind = 'sensitive';
  const result: { -readonly [K in keyof NameResult]: NameResult[K] } = { categories, head: headKind };
  if (label !== undefined) result.label = label;
  if (prefixed && categories.length > 0) result.prefixed = true;
  if (weakOnly && categories.length > 0) result.weakOnly = true;
  return result;
}

function classifyNameWith(lexicon: Lexicon, name: string, prefix: string | undefined): NameResult {
  const cacheKey = prefix === undefined ? name : `${prefix}\u0000${name}`;
  const cached = lexicon.cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = classifyWords(lexicon, tokenizeName(name), prefix);
  if (lexicon.cache.size >= CACHE_LIMIT) lexicon.cache.clear();
  lexicon.cache.set(cacheKey, result);
  return result;
}

/**
 * The categories of personal data a name denotes, in {@link DATA_CATEGORIES}
 * order; empty when the name is not sensitive.
 *
 * ```ts
 * classifyName('patientSSN')        // ['government-id']
 * classifyName('insuranceMemberId') // ['health']
 * classifyName('patientId')         // []  (an opaque surrogate key)
 * classifyName('tokenizer')         // []
 * ```
 */
export function classifyName(name: string, options?: ClassifierOptions): DataCategory[] {
  return [...classifyNameWith(lexiconFor(options), name, undefined).categories];
}

/**
 * Whether a name denotes a whole *record* rather than one value: its head
 * (last word) is a person noun (`patient`, `users`, `customer`) or a
 * container word (`patientRecord`, `userProfile`, `healthData`). Combine with
 * {@link classifyName} for the categories: `patients` → a record of health
 * data; `diagnosis` is a value, not a record.
 */
export function isRecordName(name: string): boolean {
  const words = tokenizeName(name);
  let head = words.length - 1;
  while (head > 0 && /^[0-9]+$/.test(words[head] ?? '')) head--;
  const last = words[head];
  return last !== undefined && (CONTAINER_HEADS.has(last) || (PERSON_NOUNS[last] ?? null) !== null);
}

/** Whether a function name means its result is redacted (`redact`, `maskEmail`, `hashValue`, `digest`). */
export function isRedactionName(name: string): boolean {
  return tokenizeName(name).some((w) => REDACTION_WORDS.has(w));
}

// ---------------------------------------------------------------------------
// Expression classification

/** One reason an expression is sensitive: a category and the name (or note) that showed it. */
export interface DataMatch {
  readonly category: DataCategory;
  /** The source name (`ssn`, `patientSSN`) or a note (`request body`). */
  readonly term: string;
}

/** What an expression carries. */
export interface Classification {
  /** In {@link DATA_CATEGORIES} order, unique. */
  readonly categories: readonly DataCategory[];
  /** Unique (category, term) pairs, grouped by category in category order, terms in source order. */
  readonly matches: readonly DataMatch[];
}

/** Options of {@link classifyExpression}. */
export interface ExpressionClassifierOptions extends ClassifierOptions {
  /** Follow local variables to their initializers (default true). */
  readonly dataFlow?: boolean;
}

/** Functions whose result carries their arguments' data. */
const PASS_THROUGH_CALLS = new Set([
  'JSON.stringify', 'JSON.parse', 'util.format', 'util.formatWithOptions', 'util.inspect', 'format', 'inspect',
  'sprintf', 'String', 'Object.assign', 'Object.values', 'Object.entries', 'Object.fromEntries', 'Array.from',
  'Array.of', 'Buffer.from', 'encodeURIComponent', 'encodeURI', 'structuredClone', 'Promise.resolve', 'stringify',
]);

/** Methods whose result carries their receiver's data (`x.toString()`, `list.filter(…)`); `concat` adds its arguments. */
const PASS_THROUGH_METHODS = new Set([
  'toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toLocaleString', 'trim',
  'trimStart', 'trimEnd', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'concat', 'join', 'split', 'replace',
  'replaceAll', 'normalize', 'valueOf', 'toJSON', 'toISOString', 'toDateString', 'toLocaleDateString', 'at', 'flat',
  'filter', 'find', 'findLast', 'sort', 'reverse', 'toSorted', 'toReversed', 'values', 'get',
]);

/** Methods whose result is what their callback returns (`patients.map((p) => p.ssn)`). */
const MAPPING_METHODS = new Set(['map', 'flatMap']);

/** First words of function names whose result is not the data (`validateEmail`, `sendEmail`). */
const ACTION_VERBS = new Set(
  [
    'validate', 'check', 'verify', 'is', 'has', 'can', 'should', 'send', 'set', 'update', 'delete', 'remove', 'save',
    'store', 'handle', 'reset', 'change', 'create', 'register', 'notify', 'log', 'emit', 'dispatch', 'submit',
    'process', 'sync', 'clear', 'add', 'insert', 'upsert', 'write', 'track', 'count', 'require', 'import', 'on',
  ].map(normalizeWord),
);

/** First words of function names that return the data named by the rest (`getPatientSsn`, `formatAddress`). */
const GETTER_VERBS = new Set(
  [
    'get', 'fetch', 'load', 'find', 'read', 'lookup', 'select', 'extract', 'format', 'build', 'compute', 'to',
    'serialize', 'stringify', 'describe', 'summarize', 'render', 'as', 'pick', 'query', 'retrieve', 'resolve',
    'decrypt', 'decode', 'parse', 'unmask',
  ].map(normalizeWord),
);

const MAX_DEPTH = 24;
const MAX_FLOW_HOPS = 6;
/** Marks a local variable initialised from a redaction call. */
const REDACTED: readonly DataMatch[] = Object.freeze([]);

/** The last name of an expression, for the receiver prefix of a member chain: `req.body` → `body`, `getPatient()` → `getPatient`. */
function expressionName(node: ts.Expression): string | undefined {
  const inner = skipOuterExpressions(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
    return memberName(inner) ?? expressionName(inner.expression);
  }
  if (ts.isCallExpression(inner)) return expressionName(inner.expression);
  return undefined;
}

const LAST_WORDS = new Map<string, string | undefined>();

/** The last normalized word of a name (cached: names repeat across files). */
function lastWord(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (LAST_WORDS.has(name)) return LAST_WORDS.get(name);
  const words = tokenizeName(name);
  const last = words[words.length - 1];
  if (LAST_WORDS.size >= CACHE_LIMIT) LAST_WORDS.clear();
  LAST_WORDS.set(name, last);
  return last;
}

/** The dotted text of a callee made of identifiers only, for the pass-through table. */
function calleePath(node: ts.Expression): string | undefined {
  const inner = skipOuterExpressions(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) {
    const left = calleePath(inner.expression);
    return left === undefined ? undefined : `${left}.${inner.name.text}`;
  }
  return undefined;
}

function isConstantLiteral(node: ts.Expression): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
      return true;
    default:
      return ts.isIdentifier(node) && node.text === 'undefined';
  }
}

const BOOLEAN_OPERATORS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.InstanceOfKeyword,
  ts.SyntaxKind.InKeyword,
]);

/** `!x`, `a === b`, `x instanceof Y`, `Boolean(x)`, `typeof x`: values that say something *about* the data. */
function isBooleanExpression(node: ts.Expression): boolean {
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isTypeOfExpression(node)) return true;
  if (ts.isBinaryExpression(node)) return BOOLEAN_OPERATORS.has(node.operatorToken.kind);
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    return ts.isIdentifier(callee) && callee.text === 'Boolean';
  }
  return false;
}

function isFunctionExpression(node: ts.Expression): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node);
}

/** Whether an expression is a call of a redaction function (`redact(x)`, `crypto.createHash(…).update(x).digest('hex')`). */
export function isRedactionCall(node: ts.Expression): boolean {
  const inner = skipOuterExpressions(node);
  if (!ts.isCallExpression(inner)) return false;
  const name = expressionName(inner.expression);
  return name !== undefined && isRedactionName(name);
}

/** How a member's match is named: its label, `card.number` when the receiver's word completed the phrase, else the property. */
function memberTerm(result: NameResult, receiverName: string | undefined, name: string): string {
  if (result.label !== undefined) return result.label;
  return result.prefixed === true && receiverName !== undefined ? `${receiverName}.${name}` : name;
}

function finish(matches: readonly DataMatch[]): Classification {
  const seen = new Set<string>();
  const unique: DataMatch[] = [];
  for (const match of matches) {
    const k = `${match.category}\u0000${match.term}`;
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(match);
  }
  const categories = orderCategories(unique.map((m) => m.category));
  const ordered = categories.flatMap((c) => unique.filter((m) => m.category === c));
  return { categories, matches: ordered };
}

/** Per-call options of an {@link ExpressionClassifier}. */
export interface ClassifyCallOptions {
  /**
   * Keys of a top-level object literal whose properties are not looked at
   * (the recipients of a message: `to`, `cc`); also applied to the object
   * literal a local variable is initialised from (`const msg = {…}; send(msg)`).
   */
  readonly ignoreKeys?: ReadonlySet<string>;
}

/** Classifies expressions of one file; keeps a per-instance cache of local-variable results (drop it with the file). */
export type ExpressionClassifier = (node: ts.Expression, options?: ClassifyCallOptions) => Classification;

/**
 * Creates an expression classifier for one file. Its data flow is light and
 * documented:
 * - a local `const`/`let`/`var` (including destructuring and `for…of`
 *   variables) declared *textually before* the use, in the *same function*
 *   (no closures, no module-level variables read inside functions), with an
 *   initializer, carries the initializer's data: `const { ssn } = patient`,
 *   `const msg = \`Patient ${p.diagnosis}\``;
 * - a variable initialised from a redaction call (`const s = mask(p.ssn)`)
 *   is clean whatever its name;
 * - later assignments (`x = …`), parameters, imports, function results and
 *   other files are not followed (a parameter is judged by its name only).
 */
export function createExpressionClassifier(options?: ExpressionClassifierOptions): ExpressionClassifier {
  const lexicon = lexiconFor(options === undefined ? undefined : stripFlowOption(options));
  const dataFlow = options?.dataFlow ?? true;
  const flowCache = new Map<ts.Node, Map<string, readonly DataMatch[]>>();

  const nameMatches = (name: string, prefix: string | undefined, term: string): DataMatch[] => {
    const result = classifyNameWith(lexicon, name, prefix);
    const shown = result.label ?? term;
    return result.categories.map((category) => ({ category, term: shown }));
  };

  const identifier = (node: ts.Identifier, depth: number, hops: number): DataMatch[] => {
    if (node.text === 'undefined') return [];
    const own = nameMatches(node.text, undefined, node.text);
    if (!dataFlow || hops >= MAX_FLOW_HOPS) return own;
    const binding = findLocalBinding(node, { crossFunctions: false });
    if (binding === undefined || binding.source === undefined) return own;
    let perDeclaration = flowCache.get(binding.declaration);
    if (perDeclaration === undefined) flowCache.set(binding.declaration, (perDeclaration = new Map()));
    let flowed = perDeclaration.get(node.text);
    if (flowed === undefined) {
      flowed =
        binding.path.length === 0 && isRedactionCall(binding.source)
          ? REDACTED
          : followPath(binding.source, binding.path, depth + 1, hops + 1);
      perDeclaration.set(node.text, flowed);
    }
    // A variable initialised from a redaction call is clean whatever its name.
    return flowed === REDACTED ? [] : [...own, ...flowed];
  };

  /** The data of `source` followed along destructuring steps; property steps behave like member access. */
  const followPath = (source: ts.Expression, path: readonly BindingStep[], depth: number, hops: number): DataMatch[] => {
    let value = (): DataMatch[] => visit(source, depth, hops);
    let receiverName = expressionName(source);
    for (const step of path) {
      if (step.kind !== 'property') continue; // element and rest steps keep the receiver's data
      const receiver = value;
      const receiverText = receiverName;
      const name = step.name;
      value = () => {
        const result = classifyNameWith(lexicon, name, lastWord(receiverText));
        if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: memberTerm(result, receiverText, name) }));
        return result.head === 'container' ? receiver() : [];
      };
      receiverName = name;
    }
    return value();
  };

  const member = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number, hops: number): DataMatch[] => {
    const name = memberName(node);
    if (name === undefined) {
      // `list[0]`, `record[key]`: an element of the receiver.
      return visit(node.expression, depth + 1, hops);
    }
    const receiverName = expressionName(node.expression);
    const result = classifyNameWith(lexicon, name, lastWord(receiverName));
    if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: memberTerm(result, receiverName, name) }));
    if (result.head === 'container') return visit(node.expression, depth + 1, hops);
    return [];
  };

  const call = (node: ts.CallExpression, depth: number, hops: number): DataMatch[] => {
    const callee = skipOuterExpressions(node.expression);
    const name = expressionName(callee);
    if (name !== undefined && isRedactionName(name)) return [];
    const path = calleePath(callee);
    if (path === 'require') return [];
    const args = (): DataMatch[] => node.arguments.flatMap((a) => visit(a, depth + 1, hops));
    if (path !== undefined && PASS_THROUGH_CALLS.has(path)) return args();
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (PASS_THROUGH_METHODS.has(method)) {
        const receiver = visit(callee.expression, depth + 1, hops);
        return method === 'concat' ? [...receiver, ...args()] : receiver;
      }
      if (MAPPING_METHODS.has(method)) {
        const callback = node.arguments[0];
        if (callback !== undefined && ts.isArrowFunction(callback) && !ts.isBlock(callback.body)) {
          return visit(callback.body, depth + 1, hops);
        }
        return [];
      }
    }
    if (name === undefined) return [];
    const words = tokenizeName(name);
    const first = words[0];
    if (first === undefined || ACTION_VERBS.has(first)) return [];
    const rest = GETTER_VERBS.has(first) ? words.slice(1) : words;
    if (rest.length === 0) return [];
    const prefix = ts.isPropertyAccessExpression(callee) ? lastWord(expressionName(callee.expression)) : undefined;
    const result = classifyWords(lexicon, rest, prefix);
    if (result.categories.length > 0) return result.categories.map((category) => ({ category, term: result.label ?? `${name}()` }));
    if (result.head === 'container' && ts.isPropertyAccessExpression(callee)) return visit(callee.expression, depth + 1, hops);
    return [];
  };

  const objectLiteral = (node: ts.ObjectLiteralExpression, depth: number, hops: number, ignoreKeys?: ReadonlySet<string>): DataMatch[] => {
    const out: DataMatch[] = [];
    for (const property of node.properties) {
      if (ignoreKeys !== undefined && !ts.isSpreadAssignment(property) && property.name !== undefined) {
        const name = ts.isComputedPropertyName(property.name) ? undefined : propertyNameText(property.name);
        if (name !== undefined && ignoreKeys.has(name)) continue;
      }
      if (ts.isPropertyAssignment(property)) {
        const value = skipOuterExpressions(property.initializer);
        if (isRedactionCall(value) || isFunctionExpression(value)) continue;
        out.push(...visit(value, depth + 1, hops));
        // A strong key names the value (`{ ssn: x }`) unless the value is a constant or a boolean about
        // the data; a person noun as key names the related record (`{ user: user.id }`), not the value.
        const keyName = ts.isComputedPropertyName(property.name) ? undefined : propertyNameText(property.name);
        if (keyName !== undefined && !isConstantLiteral(value) && !isBooleanExpression(value)) {
          const keyResult = classifyNameWith(lexicon, keyName, undefined);
          if (keyResult.weakOnly !== true) out.push(...keyResult.categories.map((category) => ({ category, term: keyResult.label ?? keyName })));
        }
      } else if (ts.isShorthandPropertyAssignment(property)) {
        out.push(...identifier(property.name, depth + 1, hops));
      } else if (ts.isSpreadAssignment(property)) {
        out.push(...visit(property.expression, depth + 1, hops));
      }
    }
    return out;
  };

  const visit = (input: ts.Expression, depth: number, hops: number): DataMatch[] => {
    if (depth > MAX_DEPTH) return [];
    const node = skipOuterExpressions(input);
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return identifier(node as ts.Identifier, depth, hops);
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
        return member(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, depth, hops);
      case ts.SyntaxKind.CallExpression:
        return call(node as ts.CallExpression, depth, hops);
      case ts.SyntaxKind.NewExpression:
        return ((node as ts.NewExpression).arguments ?? []).flatMap((a) => visit(a, depth + 1, hops));
      case ts.SyntaxKind.ObjectLiteralExpression:
        return objectLiteral(node as ts.ObjectLiteralExpression, depth, hops);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return (node as ts.ArrayLiteralExpression).elements.flatMap((e) => visit(e, depth + 1, hops));
      case ts.SyntaxKind.SpreadElement:
        return visit((node as ts.SpreadElement).expression, depth + 1, hops);
      case ts.SyntaxKind.TemplateExpression:
        return (node as ts.TemplateExpression).templateSpans.flatMap((s) => visit(s.expression, depth + 1, hops));
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const template = (node as ts.TaggedTemplateExpression).template;
        return ts.isTemplateExpression(template) ? visit(template, depth + 1, hops) : [];
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        return [...visit(conditional.whenTrue, depth + 1, hops), ...visit(conditional.whenFalse, depth + 1, hops)];
      }
      case ts.SyntaxKind.BinaryExpression:
        return binary(node as ts.BinaryExpression, depth, hops);
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression;
        return unary.operator === ts.SyntaxKind.PlusToken || unary.operator === ts.SyntaxKind.MinusToken
          ? visit(unary.operand, depth + 1, hops)
          : [];
      }
      default:
        return [];
    }
  };

  const binary = (node: ts.BinaryExpression, depth: number, hops: number): DataMatch[] => {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return [...visit(node.left, depth + 1, hops), ...visit(node.right, depth + 1, hops)];
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.CommaToken:
        return visit(node.right, depth + 1, hops);
      default:
        return [];
    }
  };

  /** The top of a classification with keys to ignore: an object literal, directly or through one local (not cached). */
  const withIgnoredKeys = (input: ts.Expression, ignoreKeys: ReadonlySet<string>): DataMatch[] => {
    const node = skipOuterExpressions(input);
    if (ts.isObjectLiteralExpression(node)) return objectLiteral(node, 0, 0, ignoreKeys);
    if (ts.isIdentifier(node) && dataFlow) {
      const binding = findLocalBinding(node, { crossFunctions: false });
      const source = binding?.source === undefined ? undefined : skipOuterExpressions(binding.source);
      if (binding !== undefined && binding.path.length === 0 && source !== undefined && ts.isObjectLiteralExpression(source)) {
        return [...nameMatches(node.text, undefined, node.text), ...objectLiteral(source, 1, 1, ignoreKeys)];
      }
    }
    return visit(node, 0, 0);
  };

  return (node: ts.Expression, callOptions?: ClassifyCallOptions): Classification =>
    finish(callOptions?.ignoreKeys === undefined ? visit(node, 0, 0) : withIgnoredKeys(node, callOptions.ignoreKeys));
}

function stripFlowOption(options: ExpressionClassifierOptions): ClassifierOptions | undefined {
  return options.extraNames === undefined && options.ignoreNames === undefined ? undefined : options;
}

function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  return undefined;
}

/**
 * The data an expression carries (see {@link createExpressionClassifier} for
 * what is followed). Needs a source file parsed with parent pointers. Prefer
 * one {@link createExpressionClassifier} per file when classifying many
 * expressions.
 */
export function classifyExpression(node: ts.Expression, options?: ExpressionClassifierOptions): Classification {
  return createExpressionClassifier(options)(node);
}

/** The classification of a name seen outside an expression (a storage key, a cookie name): each category with the name as term. */
export function namedClassification(term: string, categories: readonly DataCategory[]): Classification {
  return finish(categories.map((category) => ({ category, term })));
}

/** Several classifications as one (for a call with several data arguments): unique matches, categories in order. */
export function mergeClassifications(classifications: readonly Classification[]): Classification {
  return finish(classifications.flatMap((c) => c.matches));
}

/**
 * A sentence fragment naming the categories and the names that showed them:
 * `Health data (diagnosis) and government identifier (ssn)`. At most three
 * names per category.
 */
export function describeClassification(classification: Classification): string {
  const parts = classification.categories.map((category) => {
    const terms = classification.matches.filter((m) => m.category === category).map((m) => m.term);
    const shown = terms.slice(0, 3).join(', ') + (terms.length > 3 ? ', …' : '');
    return `${DATA_CATEGORY_LABELS[category]} (${shown})`;
  });
  const sentence =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
