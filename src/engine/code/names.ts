/**
 * The name level of the sensitive-data classifier (see data-classifier.ts for
 * the whole picture): a name → the categories of personal data it denotes.
 *
 * Kept apart from the expression level because it needs no syntax tree: the
 * IaC parsers (OpenAPI schemas, config files) classify names too, and must not
 * load the TypeScript compiler API (0.1–0.7 s) for it. data-classifier.ts re-exports everything
 * public here, so rules keep one import.
 */
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
export function normalizeWord(word: string): string {
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
  let words = TOKENS.get(name);
  if (words === undefined) {
    const split: string[] = [];
    for (const match of name.matchAll(WORD)) split.push(normalizeWord(match[0]));
    if (TOKENS.size >= TOKEN_CACHE_LIMIT) TOKENS.clear();
    TOKENS.set(name, split);
    words = split;
  }
  // A copy: callers own the array they get.
  return words.slice();
}

/**
 * Words of the names seen so far. Rules ask about the same few hundred names
 * over and over (`logger`, `res`, `patient`), and the regular expression is
 * the tokenizer's cost; bounded, so a huge repository cannot grow it forever.
 */
const TOKENS = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 50_000;

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
  // The full name of what is not a person (GitHub's repo.full_name is owner/repo: Dapr's bot script logs it).
  'repo full name', 'repository full name', 'org full name', 'organization full name', 'organisation full name',
  'project full name', 'package full name', 'team full name', 'group full name', 'namespace full name',
  'workflow full name', 'branch full name', 'module full name', 'class full name', 'type full name',
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
    'scope', 'audience', 'issuer', 'algorithm', 'alg', 'endpoint', 'redirect', 'redirection',
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
export interface NameResult {
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

export const CACHE_LIMIT = 20_000;
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

export function lexiconFor(options: ClassifierOptions | undefined): Lexicon {
  if (options === undefined) return DEFAULT_LEXICON;
  let lexicon = LEXICONS.get(options);
  if (lexicon === undefined) {
    lexicon = compileLexicon(options);
    LEXICONS.set(options, lexicon);
  }
  return lexicon;
}

export function orderCategories(categories: Iterable<DataCategory>): DataCategory[] {
  const set = new Set(categories);
  return DATA_CATEGORIES.filter((c) => set.has(c));
}

const EMPTY: NameResult = { categories: [], head: 'empty' };

/**
 * Classifies the words of a name. `prefix` is the head word of a member
 * chain's receiver (`patient` for `patient.name`): it can complete a phrase
 * with the name's own words but never counts as "the whole name".
 */
export function classifyWords(lexicon: Lexicon, own: readonly string[], prefix: string | undefined): NameResult {
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

export function classifyNameWith(lexicon: Lexicon, name: string, prefix: string | undefined): NameResult {
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
 * Whether a name says its value is not the data itself but an opaque or meta
 * value: an id (`patientUuid`, `userId`), a count, a URL, a hash, a flag…
 * (its head word is one of the opaque heads).
 */
export function isOpaqueName(name: string): boolean {
  return classifyNameWith(lexiconFor(undefined), name, undefined).head === 'opaque';
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
