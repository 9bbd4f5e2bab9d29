/**
 * The sink catalogue: places where data leaves the program's control — logs,
 * HTTP clients, third-party SDKs (with their vendor and category), browser
 * storage and cookies, URLs, HTTP responses and files. It is data
 * ({@link SINK_CATALOGUE}), compiled once into look-up tables; rules ask
 * {@link createSinkMatcher}'s matcher what a call, `new` or assignment sends
 * data to.
 *
 * Matching is by name and by module on the parse-only AST (no types):
 * - a *receiver entry* matches `receiver.method(…)` when the receiver's last
 *   segment matches one of its name patterns (`logger` matches `logger`,
 *   `this.logger` and `ctx.logger`; `*Logger` matches any name whose last
 *   word is `logger`: `auditLogger`, `AUDIT_LOGGER`), or when the receiver is
 *   bound to one of its modules (`import * as Sentry from '@sentry/node'`,
 *   `const ax = require('axios')`), or was created by one of its factories;
 *   methods may be paths (`chat.completions.create`). A `callable` entry is
 *   itself a sink function (`fetch(…)`, `axios(…)`, `gtag(…)`, also through
 *   `window`/`self`/`globalThis` unless that name is a local: `var self =
 *   this; self.fetch(remote)` is a method); a named
 *   import of one of its methods is too (`import { captureException } from
 *   '@sentry/node'`). `fluent` methods return the receiver
 *   (`res.status(500).json(…)`), `chained` methods of a sink call's result
 *   send more data (`superagent.post(url).send(body)`);
 * - a *factory entry* marks values created by a call or `new`
 *   (`const audit = winston.createLogger(…)`, `const client = axios.create()`,
 *   `new OpenAI()`, `require('twilio')(sid, token)`): the variable is then a
 *   receiver (`client.post(…)`) or itself a sink function (`dbg(…)`).
 *   Variables are resolved lexically, in any enclosing scope;
 * - a *property entry* matches assignments (`document.cookie = …`,
 *   `localStorage.token = …`, `ctx.body = …`, `location.href = …`);
 * - *vendor hosts* name the vendor of a plain HTTP call to its API
 *   (`fetch('https://api.openai.com/v1/…')`).
 *
 * Cheap pre-filters keep the per-call cost low: a call is looked at only when
 * its method name (or callee name) is in the catalogue, and scope look-ups
 * run only in files whose text mentions a factory or a catalogued module.
 */
import { hasAny, identifiersOf } from './identifiers.js';
import { ts } from './typescript.js';
import { tokenizeName } from './data-classifier.js';
import { createImportResolver, type ImportResolver } from './imports.js';
import { findLocalBinding, memberName, memberPath, skipOuterExpressions, type BindingStep } from './scope.js';
import { constantString } from './values.js';

/** What kind of place a sink sends data to. */
export type SinkKind = 'logger' | 'http-client' | 'third-party' | 'browser-storage' | 'url' | 'response' | 'file';

/** Every sink kind, in catalogue order. */
export const SINK_KINDS: readonly SinkKind[] = ['logger', 'http-client', 'third-party', 'browser-storage', 'url', 'response', 'file'];

/** What a third-party service does with the data. */
export type ThirdPartyCategory = 'analytics' | 'error-tracking' | 'messaging' | 'payments' | 'llm';

/** How messages name each third-party category. */
export const THIRD_PARTY_CATEGORY_LABELS: Readonly<Record<ThirdPartyCategory, string>> = {
  analytics: 'analytics',
  'error-tracking': 'error tracking',
  messaging: 'email/SMS',
  payments: 'payments',
  llm: 'LLM API',
};

/**
 * Which arguments of a sink call play which part. Indexes count from 0;
 * negative ones from the end (`-1` = the last argument: `res.redirect(301, url)`).
 */
export interface SinkArguments {
  /** The arguments that carry data to the sink (default: every argument). */
  readonly data?: readonly number[];
  /** Where the data goes: a request URL (or request options), a file path. HTTP clients default to argument 0. */
  readonly target?: number;
  /** An argument that names the data: a storage key, a cookie name, a query parameter name. */
  readonly key?: number;
  /** An argument that becomes the query string of the request URL: superagent `.query(obj)`, jQuery `$.get(url, data)`. */
  readonly query?: number;
  /** An options argument: cookie options (`httpOnly`, `secure`). */
  readonly options?: number;
}

/** What every catalogue entry says. */
export interface SinkEntryBase {
  readonly kind: SinkKind;
  /** Stable id of the entry, for tests, messages and future configuration. */
  readonly id: string;
  /** The vendor of a third-party service (`Sentry`, `OpenAI`). */
  readonly vendor?: string;
  /** What the third party does (`analytics`, `llm`, …). */
  readonly category?: ThirdPartyCategory;
  /** Argument roles of every method (default: every argument is data). */
  readonly arguments?: SinkArguments;
  /** Argument roles of particular methods, by method path. */
  readonly methodArguments?: Readonly<Record<string, SinkArguments>>;
}

/** `receiver.method(…)` calls, and callable receivers. */
export interface ReceiverSinkEntry extends SinkEntryBase {
  /** Patterns of the receiver's last segment: a name, or `*Suffix` for "last word is `suffix`". */
  readonly receivers: readonly string[];
  /** Method paths relative to the receiver: `info`, `chat.completions.create`. */
  readonly methods: readonly string[];
  /**
   * Import specifiers whose binding is this receiver: `m` (default or
   * namespace import, `require('m')`) or `m#name` (a named export). A named
   * import of one of the methods (`m#method`) is a sink function.
   */
  readonly modules?: readonly string[];
  /** Calling the receiver itself is a sink: `fetch(url)`, `axios(config)`, `gtag('event', …)`. */
  readonly callable?: boolean;
  /** `new Receiver(…)` is a sink: `new URL(…)`. */
  readonly constructible?: boolean;
  /** Methods that return the receiver itself: `res.status(500).json(…)`. */
  readonly fluent?: readonly string[];
  /** Methods of a sink call's result that send more data to the same sink: `superagent.post(url).send(body)`. */
  readonly chained?: readonly string[];
}

/** Calls that create a sink; variables initialised from them are sinks. */
export interface FactorySinkEntry extends SinkEntryBase {
  /**
   * Callee paths (`winston.createLogger`, `pino`), `new` forms (`new OpenAI`),
   * `require(<module>)` forms (`require('pino')` called directly), `*.method`
   * for a method of an existing sink of the same kind (`logger.child(…)`) or
   * `.method` for a method of any receiver (`tx.objectStore(…)`).
   */
  readonly callees: readonly string[];
  /** Import specifiers (as in {@link ReceiverSinkEntry.modules}) that, called or constructed, create the sink. */
  readonly modules?: readonly string[];
  /** `receiver`: the result has sink methods (`audit.info`); `function`: the result is called (`dbg(…)`). */
  readonly produces: 'receiver' | 'function';
  /** Methods of a produced receiver; defaults to the methods of the kind's receiver entries. */
  readonly methods?: readonly string[];
  /**
   * The receiver entry the result is (its methods, vendor, argument roles, and
   * whether it is callable): `new OpenAI()` → `openai`. Without it, the result
   * is an entry of its own made of this factory's fields.
   */
  readonly receiver?: string;
}

/** Assignments that send data: `document.cookie = …`, `localStorage.token = …`. */
export interface PropertySinkEntry extends SinkEntryBase {
  /** Patterns of the assigned object's last segment (as for receivers). */
  readonly receivers: readonly string[];
  /** Assigned properties; `*` = any property (the property name is then the key). */
  readonly properties: readonly string[];
}

/** A known API host: plain HTTP calls to it are calls to that vendor. */
export interface VendorHost {
  /** The host or a parent domain (`sentry.io` covers `o1.ingest.sentry.io`). */
  readonly host: string;
  readonly vendor: string;
  readonly category: ThirdPartyCategory;
}

/** The catalogue: data, not scattered conditionals. */
export interface SinkCatalogue {
  readonly receivers: readonly ReceiverSinkEntry[];
  readonly factories: readonly FactorySinkEntry[];
  readonly properties?: readonly PropertySinkEntry[];
  readonly vendorHosts?: readonly VendorHost[];
}

const LOGGER_METHODS = [
  'log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http',
] as const;

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;
const EXPRESS_FLUENT = ['status', 'set', 'header', 'type', 'vary', 'append', 'location', 'links', 'cookie', 'clearCookie', 'attachment'];
const SENTRY_MODULES = [
  '@sentry/node', '@sentry/browser', '@sentry/react', '@sentry/nextjs', '@sentry/vue', '@sentry/angular', '@sentry/svelte',
  '@sentry/sveltekit', '@sentry/remix', '@sentry/react-native', '@sentry/serverless', '@sentry/aws-serverless',
  '@sentry/google-cloud-serverless', '@sentry/bun', '@sentry/deno', '@sentry/electron', '@sentry/nestjs',
];
const COOKIE_ARGUMENTS: SinkArguments = { key: 0, data: [1], options: 2 };

/** Every sink Evident knows. */
export const SINK_CATALOGUE: SinkCatalogue = {
  receivers: [
    // ---------------------------------------------------------------- loggers
    {
      kind: 'logger',
      id: 'console',
      receivers: ['console'],
      methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'],
    },
    {
      kind: 'logger',
      id: 'named-logger',
      // `log` also covers `req.log`, `fastify.log`, `this.log`; `logger` covers `this.logger`.
      receivers: ['log', 'logger', '*Logger', 'winston', 'pino', 'bunyan'],
      methods: LOGGER_METHODS,
    },
    // ----------------------------------------------------------- HTTP clients
    {
      kind: 'http-client',
      id: 'fetch',
      receivers: ['fetch'],
      methods: [],
      callable: true,
      modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici#fetch'],
    },
    {
      kind: 'http-client',
      id: 'axios',
      receivers: ['axios'],
      modules: ['axios'],
      callable: true,
      methods: [...HTTP_VERBS, 'request', 'postForm', 'putForm', 'patchForm'],
    },
    { kind: 'http-client', id: 'got', receivers: ['got'], modules: ['got'], callable: true, methods: [...HTTP_VERBS, 'stream', 'paginate'] },
    { kind: 'http-client', id: 'ky', receivers: ['ky'], modules: ['ky', 'ky-universal'], callable: true, methods: [...HTTP_VERBS] },
    { kind: 'http-client', id: 'node-http', receivers: ['http', 'https'], modules: ['http', 'https'], methods: ['request', 'get'] },
    {
      kind: 'http-client',
      id: 'superagent',
      receivers: ['superagent'],
      modules: ['superagent'],
      callable: true,
      methods: [...HTTP_VERBS, 'del'],
      chained: ['send', 'query', 'field'],
      methodArguments: { send: { data: [0] }, query: { query: 0 }, field: { key: 0, data: [1] } },
    },
    { kind: 'http-client', id: 'undici', receivers: ['undici'], modules: ['undici'], methods: ['request', 'stream'] },
    {
      kind: 'http-client',
      id: 'jquery-ajax',
      receivers: ['$', 'jQuery'],
      methods: ['ajax', 'get', 'post', 'getJSON'],
      methodArguments: { get: { target: 0, query: 1 }, getJSON: { target: 0, query: 1 } },
    },
    { kind: 'http-client', id: 'send-beacon', receivers: ['navigator'], methods: ['sendBeacon'] },
    {
      kind: 'http-client',
      id: 'xhr',
      receivers: ['xhr', '*Xhr'],
      methods: ['open', 'send'],
      methodArguments: { open: { target: 1, data: [1] }, send: { data: [0] } },
    },
    // ------------------------------------------------------ third parties: analytics
    {
      kind: 'third-party',
      id: 'segment',
      vendor: 'Segment',
      category: 'analytics',
      receivers: ['analytics'],
      modules: ['@segment/analytics-next#analytics'],
      methods: ['track', 'identify', 'page', 'screen', 'group', 'alias'],
    },
    {
      kind: 'third-party',
      id: 'mixpanel',
      vendor: 'Mixpanel',
      category: 'analytics',
      receivers: ['mixpanel'],
      modules: ['mixpanel-browser'],
      methods: ['track', 'identify', 'register', 'register_once', 'alias', 'track_with_groups', 'people.set', 'people.set_once', 'people.append', 'people.union'],
    },
    {
      kind: 'third-party',
      id: 'amplitude',
      vendor: 'Amplitude',
      category: 'analytics',
      receivers: ['amplitude'],
      modules: ['@amplitude/analytics-browser', '@amplitude/analytics-node', '@amplitude/analytics-react-native', 'amplitude-js'],
      methods: ['track', 'identify', 'setUserId', 'logEvent', 'setUserProperties', 'groupIdentify', 'setGroup'],
    },
    {
      kind: 'third-party',
      id: 'posthog',
      vendor: 'PostHog',
      category: 'analytics',
      receivers: ['posthog'],
      modules: ['posthog-js'],
      methods: ['capture', 'identify', 'alias', 'group', 'register', 'setPersonProperties', 'people.set'],
    },
    { kind: 'third-party', id: 'google-analytics', vendor: 'Google Analytics', category: 'analytics', receivers: ['gtag', 'ga'], methods: [], callable: true },
    { kind: 'third-party', id: 'google-tag-manager', vendor: 'Google Tag Manager', category: 'analytics', receivers: ['dataLayer'], methods: ['push'] },
    // ------------------------------------------------- third parties: error tracking
    {
      kind: 'third-party',
      id: 'sentry',
      vendor: 'Sentry',
      category: 'error-tracking',
      receivers: ['Sentry'],
      modules: SENTRY_MODULES,
      methods: ['captureException', 'captureMessage', 'captureEvent', 'setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'addBreadcrumb'],
    },
    {
      kind: 'third-party',
      id: 'bugsnag',
      vendor: 'Bugsnag',
      category: 'error-tracking',
      receivers: ['Bugsnag', 'bugsnag', 'bugsnagClient'],
      modules: ['@bugsnag/js', '@bugsnag/node', '@bugsnag/browser', '@bugsnag/react-native'],
      methods: ['notify', 'setUser', 'addMetadata', 'leaveBreadcrumb', 'setContext'],
    },
    {
      kind: 'third-party',
      id: 'rollbar',
      vendor: 'Rollbar',
      category: 'error-tracking',
      receivers: ['rollbar', 'Rollbar'],
      methods: ['log', 'debug', 'info', 'warn', 'warning', 'error', 'critical', 'configure'],
    },
    // --------------------------------------------------- third parties: email / SMS
    {
      kind: 'third-party',
      id: 'nodemailer',
      vendor: 'an SMTP server',
      category: 'messaging',
      receivers: ['transporter', '*Transporter', 'mailer', '*Mailer'],
      methods: ['sendMail'],
    },
    {
      kind: 'third-party',
      id: 'sendgrid',
      vendor: 'SendGrid',
      category: 'messaging',
      receivers: ['sgMail', 'sendgrid', 'sendGrid'],
      modules: ['@sendgrid/mail'],
      methods: ['send', 'sendMultiple'],
    },
    {
      kind: 'third-party',
      id: 'twilio',
      vendor: 'Twilio',
      category: 'messaging',
      receivers: ['twilio', 'twilioClient'],
      methods: ['messages.create', 'calls.create'],
    },
    {
      kind: 'third-party',
      id: 'mailgun',
      vendor: 'Mailgun',
      category: 'messaging',
      receivers: ['mg', 'mailgun', 'mailgunClient'],
      methods: ['messages.create', 'send'],
      fluent: ['messages'],
    },
    // ---------------------------------------------------- third parties: payments
    {
      kind: 'third-party',
      id: 'stripe',
      vendor: 'Stripe',
      category: 'payments',
      receivers: ['stripe', 'stripeClient'],
      methods: [
        'customers.create', 'customers.update', 'charges.create', 'charges.update', 'paymentIntents.create',
        'paymentIntents.update', 'checkout.sessions.create', 'invoices.create', 'invoices.update', 'invoiceItems.create',
        'subscriptions.create', 'subscriptions.update', 'paymentLinks.create', 'products.create', 'prices.create',
      ],
    },
    // --------------------------------------------------------- third parties: LLMs
    {
      kind: 'third-party',
      id: 'openai',
      vendor: 'OpenAI',
      category: 'llm',
      receivers: ['openai', 'openAI', 'openaiClient', 'openAiClient'],
      methods: [
        'chat.completions.create', 'chat.completions.stream', 'chat.completions.parse', 'beta.chat.completions.parse',
        'responses.create', 'responses.stream', 'completions.create', 'embeddings.create', 'beta.threads.messages.create',
      ],
    },
    {
      kind: 'third-party',
      id: 'anthropic',
      vendor: 'Anthropic',
      category: 'llm',
      receivers: ['anthropic', 'anthropicClient', 'claude'],
      methods: ['messages.create', 'messages.stream', 'completions.create', 'beta.messages.create'],
    },
    {
      kind: 'third-party',
      id: 'google-genai',
      vendor: 'Google Gemini',
      category: 'llm',
      receivers: ['genAI', 'genai', 'googleAI', 'gemini'],
      methods: ['models.generateContent', 'models.generateContentStream', 'models.embedContent'],
    },
    {
      kind: 'third-party',
      id: 'gemini-model',
      vendor: 'Google Gemini',
      category: 'llm',
      receivers: ['geminiModel', 'generativeModel'],
      methods: ['generateContent', 'generateContentStream', 'embedContent'],
    },
    // ------------------------------------------------------------ browser storage
    {
      kind: 'browser-storage',
      id: 'web-storage',
      receivers: ['localStorage', 'sessionStorage'],
      methods: ['setItem'],
      arguments: { key: 0, data: [1] },
    },
    { kind: 'browser-storage', id: 'indexeddb', receivers: [], methods: ['put', 'add'], arguments: { data: [0], key: 1 } },
    { kind: 'browser-storage', id: 'idb', receivers: [], methods: ['put', 'add'], arguments: { key: 0, data: [1] } },
    { kind: 'browser-storage', id: 'idb-keyval', receivers: [], modules: ['idb-keyval'], methods: ['set', 'update'], arguments: { key: 0, data: [1] } },
    { kind: 'browser-storage', id: 'js-cookie', receivers: ['Cookies'], modules: ['js-cookie'], methods: ['set'], arguments: COOKIE_ARGUMENTS },
    { kind: 'browser-storage', id: 'express-cookie', receivers: ['res', 'response'], methods: ['cookie'], fluent: EXPRESS_FLUENT, arguments: COOKIE_ARGUMENTS },
    { kind: 'browser-storage', id: 'fastify-cookie', receivers: ['reply'], methods: ['setCookie', 'cookie'], fluent: ['code', 'status', 'header'], arguments: COOKIE_ARGUMENTS },
    { kind: 'browser-storage', id: 'koa-cookie', receivers: ['cookies'], methods: ['set'], arguments: COOKIE_ARGUMENTS },
    // ----------------------------------------------------------------------- URLs
    { kind: 'url', id: 'url-constructor', receivers: ['URL'], methods: [], constructible: true, arguments: { target: 0, data: [0] } },
    { kind: 'url', id: 'search-params', receivers: ['searchParams'], methods: ['set', 'append'], arguments: { key: 0, data: [1] } },
    { kind: 'url', id: 'express-redirect', receivers: ['res', 'response'], methods: ['redirect'], fluent: EXPRESS_FLUENT, arguments: { target: -1, data: [-1] } },
    { kind: 'url', id: 'fastify-redirect', receivers: ['reply'], methods: ['redirect'], fluent: ['code', 'status', 'header'], arguments: { target: -1, data: [-1] } },
    { kind: 'url', id: 'koa-redirect', receivers: ['ctx'], methods: ['redirect'], arguments: { target: 0, data: [0] } },
    { kind: 'url', id: 'location', receivers: ['location'], methods: ['assign', 'replace'], arguments: { target: 0, data: [0] } },
    { kind: 'url', id: 'window-open', receivers: ['window'], methods: ['open'], arguments: { target: 0, data: [0] } },
    { kind: 'url', id: 'history', receivers: ['history'], methods: ['pushState', 'replaceState'], arguments: { target: 2, data: [2] } },
    // ------------------------------------------------------------------ responses
    {
      kind: 'response',
      id: 'express-response',
      receivers: ['res', 'response'],
      methods: ['send', 'json', 'jsonp', 'end', 'write', 'render'],
      fluent: EXPRESS_FLUENT,
      methodArguments: { render: { data: [1] } },
    },
    { kind: 'response', id: 'fastify-reply', receivers: ['reply'], methods: ['send'], fluent: ['code', 'status', 'header', 'headers', 'type', 'serializer'] },
    // ---------------------------------------------------------------------- files
    {
      kind: 'file',
      id: 'fs',
      receivers: ['fs', 'fsp', 'fsPromises', 'fse'],
      modules: ['fs', 'fs/promises', 'fs#promises', 'graceful-fs', 'fs-extra'],
      methods: [
        'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'promises.writeFile', 'promises.appendFile',
        'outputFile', 'outputFileSync', 'writeJson', 'writeJsonSync', 'outputJson', 'outputJsonSync',
      ],
      arguments: { target: 0, data: [1] },
    },
  ],
  factories: [
    {
      kind: 'logger',
      id: 'logger-factory',
      callees: ['winston.createLogger', 'bunyan.createLogger', 'createLogger', 'pino', "require('pino')", 'log4js.getLogger', '*.child'],
      produces: 'receiver',
    },
    {
      kind: 'logger',
      id: 'debug-factory',
      callees: ['debug', 'createDebug', "require('debug')"],
      produces: 'function',
    },
    { kind: 'http-client', id: 'axios-instance', callees: ['axios.create'], modules: ['axios#create'], produces: 'receiver', receiver: 'axios' },
    { kind: 'http-client', id: 'got-instance', callees: ['got.extend'], modules: ['got#extend'], produces: 'receiver', receiver: 'got' },
    { kind: 'http-client', id: 'ky-instance', callees: ['ky.create', 'ky.extend'], modules: ['ky#create', 'ky#extend'], produces: 'receiver', receiver: 'ky' },
    { kind: 'http-client', id: 'xhr-instance', callees: ['new XMLHttpRequest'], produces: 'receiver', receiver: 'xhr' },
    {
      kind: 'third-party',
      id: 'segment-client',
      callees: ['new Analytics', 'AnalyticsBrowser.load'],
      modules: ['@segment/analytics-node#Analytics', 'analytics-node', '@segment/analytics-next#AnalyticsBrowser.load'],
      produces: 'receiver',
      receiver: 'segment',
    },
    { kind: 'third-party', id: 'mixpanel-client', callees: ['Mixpanel.init', 'mixpanel.init'], modules: ['mixpanel#init'], produces: 'receiver', receiver: 'mixpanel' },
    { kind: 'third-party', id: 'posthog-client', callees: ['new PostHog'], modules: ['posthog-node#PostHog'], produces: 'receiver', receiver: 'posthog' },
    { kind: 'third-party', id: 'bugsnag-client', callees: ['Bugsnag.start', 'Bugsnag.createClient'], produces: 'receiver', receiver: 'bugsnag' },
    { kind: 'third-party', id: 'rollbar-client', callees: ['new Rollbar', 'Rollbar.init'], modules: ['rollbar', 'rollbar#init'], produces: 'receiver', receiver: 'rollbar' },
    {
      kind: 'third-party',
      id: 'nodemailer-transport',
      callees: ['nodemailer.createTransport', 'createTransport'],
      modules: ['nodemailer#createTransport'],
      produces: 'receiver',
      receiver: 'nodemailer',
    },
    { kind: 'third-party', id: 'twilio-client', callees: ['twilio', 'new Twilio', 'Twilio'], modules: ['twilio', 'twilio#Twilio'], produces: 'receiver', receiver: 'twilio' },
    { kind: 'third-party', id: 'mailgun-client', callees: ['mailgun.client', 'Mailgun.client'], modules: ['mailgun-js'], produces: 'receiver', receiver: 'mailgun' },
    { kind: 'third-party', id: 'stripe-client', callees: ['new Stripe', 'Stripe'], modules: ['stripe', 'stripe#Stripe'], produces: 'receiver', receiver: 'stripe' },
    {
      kind: 'third-party',
      id: 'openai-client',
      callees: ['new OpenAI', 'new AzureOpenAI'],
      modules: ['openai', 'openai#OpenAI', 'openai#AzureOpenAI'],
      produces: 'receiver',
      receiver: 'openai',
    },
    {
      kind: 'third-party',
      id: 'anthropic-client',
      callees: ['new Anthropic'],
      modules: ['@anthropic-ai/sdk', '@anthropic-ai/sdk#Anthropic'],
      produces: 'receiver',
      receiver: 'anthropic',
    },
    {
      kind: 'third-party',
      id: 'google-genai-client',
      callees: ['new GoogleGenerativeAI', 'new GoogleGenAI'],
      modules: ['@google/generative-ai#GoogleGenerativeAI', '@google/genai#GoogleGenAI'],
      produces: 'receiver',
      receiver: 'google-genai',
    },
    { kind: 'third-party', id: 'gemini-model-factory', callees: ['*.getGenerativeModel'], produces: 'receiver', receiver: 'gemini-model' },
    { kind: 'browser-storage', id: 'indexeddb-store', callees: ['.objectStore'], produces: 'receiver', receiver: 'indexeddb' },
    { kind: 'browser-storage', id: 'idb-database', callees: ['openDB'], modules: ['idb#openDB'], produces: 'receiver', receiver: 'idb' },
    {
      kind: 'file',
      id: 'fs-write-stream',
      callees: ['fs.createWriteStream', 'createWriteStream'],
      modules: ['fs#createWriteStream', 'fs-extra#createWriteStream', 'graceful-fs#createWriteStream'],
      produces: 'receiver',
      methods: ['write', 'end'],
      arguments: { data: [0] },
    },
  ],
  properties: [
    { kind: 'browser-storage', id: 'web-storage-property', receivers: ['localStorage', 'sessionStorage'], properties: ['*'] },
    { kind: 'browser-storage', id: 'document-cookie', receivers: ['document'], properties: ['cookie'] },
    { kind: 'response', id: 'koa-body', receivers: ['ctx', 'context'], properties: ['body'] },
    { kind: 'url', id: 'location-property', receivers: ['location'], properties: ['href', 'search', 'hash', 'pathname'] },
    { kind: 'url', id: 'window-location', receivers: ['window', 'document', 'self', 'top'], properties: ['location'] },
    { kind: 'url', id: 'url-property', receivers: ['url', '*Url'], properties: ['search', 'href', 'hash', 'pathname'] },
  ],
  vendorHosts: [
    { host: 'api.openai.com', vendor: 'OpenAI', category: 'llm' },
    { host: 'openai.azure.com', vendor: 'Azure OpenAI', category: 'llm' },
    { host: 'api.anthropic.com', vendor: 'Anthropic', category: 'llm' },
    { host: 'generativelanguage.googleapis.com', vendor: 'Google Gemini', category: 'llm' },
    { host: 'api.mistral.ai', vendor: 'Mistral AI', category: 'llm' },
    { host: 'api.cohere.ai', vendor: 'Cohere', category: 'llm' },
    { host: 'api.cohere.com', vendor: 'Cohere', category: 'llm' },
    { host: 'api.segment.io', vendor: 'Segment', category: 'analytics' },
    { host: 'api.mixpanel.com', vendor: 'Mixpanel', category: 'analytics' },
    { host: 'api2.amplitude.com', vendor: 'Amplitude', category: 'analytics' },
    { host: 'api.amplitude.com', vendor: 'Amplitude', category: 'analytics' },
    { host: 'posthog.com', vendor: 'PostHog', category: 'analytics' },
    { host: 'google-analytics.com', vendor: 'Google Analytics', category: 'analytics' },
    { host: 'sentry.io', vendor: 'Sentry', category: 'error-tracking' },
    { host: 'notify.bugsnag.com', vendor: 'Bugsnag', category: 'error-tracking' },
    { host: 'api.rollbar.com', vendor: 'Rollbar', category: 'error-tracking' },
    { host: 'api.sendgrid.com', vendor: 'SendGrid', category: 'messaging' },
    { host: 'api.twilio.com', vendor: 'Twilio', category: 'messaging' },
    { host: 'api.mailgun.net', vendor: 'Mailgun', category: 'messaging' },
    { host: 'api.eu.mailgun.net', vendor: 'Mailgun', category: 'messaging' },
    { host: 'api.postmarkapp.com', vendor: 'Postmark', category: 'messaging' },
    { host: 'api.stripe.com', vendor: 'Stripe', category: 'payments' },
  ],
};

/** The nodes a sink can be: a call, a `new`, or an assignment (`document.cookie = …`). */
export type SinkNode = ts.CallExpression | ts.NewExpression | ts.BinaryExpression;

/** A call (or `new`, or assignment) recognised as a sink. */
export interface SinkMatch {
  readonly kind: SinkKind;
  /** The catalogue entry's id. */
  readonly entry: string;
  /** How messages name the sink: the callee's source text, whitespace collapsed (`logger.info`, `this.logger.warn`). */
  readonly callee: string;
  /** The arguments (or the assigned value) that carry data to the sink. */
  readonly dataArguments: readonly ts.Expression[];
  /** The vendor of a third-party sink, or of the host an HTTP call goes to. */
  readonly vendor?: string;
  /** What the vendor does with the data. */
  readonly category?: ThirdPartyCategory;
  /** Where the data goes: a request URL or request options, a file path. */
  readonly target?: ts.Expression;
  /** What names the data: a storage key, a cookie name, a query parameter name, an assigned property. */
  readonly key?: ts.Expression;
  /** An argument that becomes the query string of the request URL. */
  readonly query?: ts.Expression;
  /** The options argument (cookie options), when present. */
  readonly options?: ts.Expression;
}

// ---------------------------------------------------------------------------
// Compiled catalogue

/** A receiver entry (or a factory's product) ready for matching. */
interface CompiledEntry {
  readonly kind: SinkKind;
  readonly id: string;
  readonly vendor: string | undefined;
  readonly category: ThirdPartyCategory | undefined;
  readonly exact: ReadonlySet<string>;
  readonly suffixWords: ReadonlySet<string>;
  readonly methods: ReadonlySet<string>;
  readonly fluent: ReadonlySet<string>;
  readonly chained: ReadonlySet<string>;
  readonly callable: boolean;
  readonly constructible: boolean;
  /** Whether values bound to modules or created by factories can be this entry (else only names match). */
  resolvable: boolean;
  readonly arguments: SinkArguments | undefined;
  readonly methodArguments: Readonly<Record<string, SinkArguments>> | undefined;
}

/** One method path of one entry, indexed by its last segment. */
interface MethodCandidate {
  readonly entry: CompiledEntry;
  readonly path: string;
  /** The segments before the last one, innermost first: `chat.completions.create` → `['completions', 'chat']`. */
  readonly outer: readonly string[];
}

interface CompiledFactory {
  /** What the factory creates. */
  readonly product: CompiledEntry;
  readonly calls: ReadonlySet<string>;
  readonly news: ReadonlySet<string>;
  readonly specs: ReadonlySet<string>;
  readonly methodOfSameKind: ReadonlySet<string>;
  readonly methodOfAny: ReadonlySet<string>;
}

interface CompiledProperty {
  readonly entry: PropertySinkEntry;
  readonly exact: ReadonlySet<string>;
  readonly suffixWords: ReadonlySet<string>;
}

interface CompiledCatalogue {
  readonly entries: readonly CompiledEntry[];
  readonly byId: ReadonlyMap<string, CompiledEntry>;
  readonly byMethod: ReadonlyMap<string, readonly MethodCandidate[]>;
  readonly callableByName: ReadonlyMap<string, CompiledEntry>;
  readonly constructibleByName: ReadonlyMap<string, CompiledEntry>;
  readonly chainedMethods: ReadonlySet<string>;
  readonly bySpec: ReadonlyMap<string, CompiledEntry>;
  readonly factories: readonly CompiledFactory[];
  readonly propertiesByName: ReadonlyMap<string, readonly CompiledProperty[]>;
  readonly anyProperty: readonly CompiledProperty[];
  readonly vendorHosts: readonly VendorHost[];
  /** Pre-filter of files that may call a factory (before any scope look-up): see {@link mayCallFactory}. */
  readonly factoryHint: FactoryHint;
  /** Matches the text of a file that imports or requires a catalogued module. */
  readonly moduleHint: RegExp;
  /** Matches the text of a file that `require`s a catalogued module (possibly inside a function). */
  readonly requireHint: RegExp;
  /** Modules whose exports are factories (`axios` for `axios#create`, `openai` for `new OpenAI()`). */
  readonly factoryModules: ReadonlySet<string>;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namePatterns(patterns: readonly string[]): { exact: Set<string>; suffixWords: Set<string> } {
  const exact = new Set<string>();
  const suffixWords = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('*')) suffixWords.add(tokenizeName(pattern.slice(1)).join(' '));
    else exact.add(pattern);
  }
  return { exact, suffixWords };
}

function compileEntry(entry: ReceiverSinkEntry): CompiledEntry {
  return {
    kind: entry.kind,
    id: entry.id,
    vendor: entry.vendor,
    category: entry.category,
    ...namePatterns(entry.receivers),
    methods: new Set(entry.methods),
    fluent: new Set(entry.fluent ?? []),
    chained: new Set(entry.chained ?? []),
    callable: entry.callable === true,
    constructible: entry.constructible === true,
    resolvable: (entry.modules ?? []).length > 0,
    arguments: entry.arguments,
    methodArguments: entry.methodArguments,
  };
}

/** The module of a `require('m')` callee pattern, else undefined. */
function requirePattern(pattern: string): string | undefined {
  const match = /^require\('([^']+)'\)$/.exec(pattern);
  return match?.[1];
}

function compile(catalogue: SinkCatalogue): CompiledCatalogue {
  const entries = catalogue.receivers.map(compileEntry);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const bySpec = new Map<string, CompiledEntry>();
  catalogue.receivers.forEach((receiver, index) => {
    for (const spec of receiver.modules ?? []) bySpec.set(spec, entries[index] as CompiledEntry);
  });

  const kindMethods = new Map<SinkKind, Set<string>>();
  for (const entry of catalogue.receivers) {
    const set = kindMethods.get(entry.kind) ?? new Set<string>();
    for (const method of entry.methods) set.add(method);
    kindMethods.set(entry.kind, set);
  }

  const factories: CompiledFactory[] = [];
  const products: CompiledEntry[] = [];
  // The factory pre-filter's words, by shape: `new Name(`, `.method(` (any receiver), `a.b(` (that path), `name(`.
  const newNames = new Set<string>();
  const methodNames = new Set<string>();
  const paths = new Set<string>();
  const bareNames = new Set<string>();
  const requiredModules = new Set<string>();
  for (const factory of catalogue.factories) {
    let product: CompiledEntry;
    const target = factory.receiver === undefined ? undefined : byId.get(factory.receiver);
    if (target !== undefined) {
      target.resolvable = true;
      product = target;
    } else {
      product = {
        kind: factory.kind,
        id: factory.id,
        vendor: factory.vendor,
        category: factory.category,
        exact: new Set(),
        suffixWords: new Set(),
        methods: new Set(factory.methods ?? kindMethods.get(factory.kind) ?? []),
        fluent: new Set(),
        chained: new Set(),
        callable: factory.produces === 'function',
        constructible: false,
        resolvable: true,
        arguments: factory.arguments,
        methodArguments: factory.methodArguments,
      };
      products.push(product);
    }
    const calls = new Set<string>();
    const news = new Set<string>();
    const specs = new Set<string>(factory.modules ?? []);
    const methodOfSameKind = new Set<string>();
    const methodOfAny = new Set<string>();
    for (const callee of factory.callees) {
      const required = requirePattern(callee);
      if (required !== undefined) {
        specs.add(required);
        requiredModules.add(required);
      } else if (callee.startsWith('new ')) {
        news.add(callee.slice(4));
        newNames.add(callee.slice(4));
      } else if (callee.startsWith('*.')) {
        methodOfSameKind.add(callee.slice(2));
        methodNames.add(callee.slice(2));
      } else if (callee.startsWith('.')) {
        methodOfAny.add(callee.slice(1));
        methodNames.add(callee.slice(1));
      } else if (callee.includes('.')) {
        calls.add(callee);
        paths.add(callee);
      } else {
        calls.add(callee);
        bareNames.add(callee);
      }
    }
    factories.push({ product, calls, news, specs, methodOfSameKind, methodOfAny });
  }

  const all = [...entries, ...products];
  const byMethod = new Map<string, MethodCandidate[]>();
  const callableByName = new Map<string, CompiledEntry>();
  const constructibleByName = new Map<string, CompiledEntry>();
  const chainedMethods = new Set<string>();
  for (const entry of all) {
    for (const path of entry.methods) {
      const segments = path.split('.');
      const last = segments.pop() as string;
      const list = byMethod.get(last) ?? [];
      list.push({ entry, path, outer: segments.reverse() });
      byMethod.set(last, list);
    }
    for (const name of entry.exact) {
      if (entry.callable && !callableByName.has(name)) callableByName.set(name, entry);
      if (entry.constructible && !constructibleByName.has(name)) constructibleByName.set(name, entry);
    }
    for (const method of entry.chained) chainedMethods.add(method);
  }

  const propertiesByName = new Map<string, CompiledProperty[]>();
  const anyProperty: CompiledProperty[] = [];
  for (const entry of catalogue.properties ?? []) {
    const compiled: CompiledProperty = { entry, ...namePatterns(entry.receivers) };
    for (const property of entry.properties) {
      if (property === '*') {
        anyProperty.push(compiled);
      } else {
        const list = propertiesByName.get(property) ?? [];
        list.push(compiled);
        propertiesByName.set(property, list);
      }
    }
  }

  const modules = new Set<string>();
  const moduleOf = (spec: string): string => {
    const hash = spec.indexOf('#');
    return hash < 0 ? spec : spec.slice(0, hash);
  };
  for (const receiver of catalogue.receivers) for (const spec of receiver.modules ?? []) modules.add(moduleOf(spec));
  for (const factory of factories) for (const spec of factory.specs) modules.add(moduleOf(spec));
  const moduleAlternatives = [...modules].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return {
    entries: all,
    byId: new Map(all.map((entry) => [entry.id, entry])),
    byMethod,
    callableByName,
    constructibleByName,
    chainedMethods,
    bySpec,
    factories,
    propertiesByName,
    anyProperty,
    vendorHosts: catalogue.vendorHosts ?? [],
    factoryHint: factoryHint(newNames, methodNames, paths, bareNames, requiredModules),
    moduleHint: new RegExp(`['"\`](?:node:)?(?:${moduleAlternatives})(?:['"\`/])`),
    factoryModules: new Set(factories.flatMap((f) => [...f.specs].map(moduleOf))),
    requireHint: new RegExp(`require\\(\\s*['"\`](?:node:)?(?:${moduleAlternatives})(?:['"\`/])`),
  };
}

/**
 * The pre-filter of files that may call a factory (see `compile`): a superset
 * test made of plain literals (`axios.create`, `OpenAI`, `.child(`,
 * `require('pino`), which V8 scans quickly, and bare factory names called
 * (`debug(`), checked not to follow a `.` (`logger.debug(` is not a factory
 * call). Writing `axios . create(` with spaces defeats it; nobody does.
 */
interface FactoryHint {
  /**
   * A name each literal below contains as a whole identifier (the method of `.create(`, the
   * class of `new OpenAI`, the last segment of a path, `require`): a file whose parser met none
   * of them cannot contain a literal, whose search is then skipped.
   */
  readonly literalWords: ReadonlySet<string>;
  /** The same for the bare calls (`debug(`): the names themselves. */
  readonly bareWords: ReadonlySet<string>;
  /** Searched with `includes` one by one: faster than one alternation of them all on V8. */
  readonly literals: readonly string[];
  /** Global: `lastIndex` is reset before each use. */
  readonly bare: RegExp;
}

function factoryHint(newNames: Set<string>, methods: Set<string>, paths: Set<string>, bareNames: Set<string>, modules: Set<string>): FactoryHint {
  const literals = [
    ...newNames,
    ...[...methods].map((method) => `.${method}(`),
    ...paths,
    ...[...modules].flatMap((module) => [`require('${module}`, `require("${module}`]),
  ];
  const byLength = (a: string, b: string): number => b.length - a.length;
  const bare = [...bareNames].filter((name) => !newNames.has(name)).sort(byLength).map(escapeRegExp);
  return {
    literalWords: new Set<string>([
      ...newNames,
      ...methods,
      ...[...paths].map((path) => path.slice(path.lastIndexOf('.') + 1)),
      ...(modules.size > 0 ? ['require'] : []),
    ]),
    bareWords: new Set(bare.length > 0 ? [...bareNames].filter((name) => !newNames.has(name)) : []),
    literals: [...new Set(literals)].sort(byLength),
    bare: new RegExp(`(?:${bare.join('|')})\\s*\\(`, 'g'),
  };
}

/** Sticky: an opening parenthesis after optional white space, exactly at `lastIndex`. */
const OPENING_PARENTHESIS = /\s*\(/y;

/**
 * Whether a file passes the factory pre-filter. The names the parser met are
 * tested first: searching the text for every literal was 3 % of the engine's
 * time on the bench corpus, and a file with none of the literals' words, or
 * none of the bare names, cannot pass that search. A literal found only in a
 * comment no longer passes, which is right: a comment calls nothing.
 */
function mayCallFactory(sourceFile: ts.SourceFile): boolean {
  const hint = COMPILED.factoryHint;
  const identifiers = identifiersOf(sourceFile);
  const text = sourceFile.text;
  if (identifiers === undefined || hasAny(identifiers, hint.literalWords)) {
    for (const literal of hint.literals) if (text.includes(literal)) return true;
  }
  if (identifiers === undefined) {
    hint.bare.lastIndex = 0;
    for (let match = hint.bare.exec(text); match !== null; match = hint.bare.exec(text)) {
      if (!/[.\w$]/.test(match.index > 0 ? text.charAt(match.index - 1) : '')) return true;
    }
    return false;
  }
  // Only the bare names the file has, each found with indexOf (one regular expression over the
  // whole text for all of them cost more).
  for (const word of hint.bareWords) {
    if (!identifiers.has(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (at > 0 && /[.\w$]/.test(text.charAt(at - 1))) continue;
      OPENING_PARENTHESIS.lastIndex = at + word.length;
      if (OPENING_PARENTHESIS.test(text)) return true;
    }
  }
  return false;
}

const COMPILED = compile(SINK_CATALOGUE);

/** Objects through which browser globals are reached: `window.fetch`, `globalThis.gtag`. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

function nameMatches(exact: ReadonlySet<string>, suffixWords: ReadonlySet<string>, name: string): boolean {
  if (exact.has(name)) return true;
  if (suffixWords.size === 0) return false;
  const words = tokenizeName(name);
  const last = words[words.length - 1];
  return last !== undefined && suffixWords.has(last);
}

/** The last segment of a plain receiver: an identifier, `this`, a property name or a string key; else undefined. */
function lastSegment(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return memberName(node);
  return undefined;
}

/** An argument by index; negative indexes count from the end. */
function argumentAt(args: readonly ts.Expression[], index: number | undefined): ts.Expression | undefined {
  if (index === undefined) return undefined;
  return index < 0 ? args[args.length + index] : args[index];
}

/** The host of a URL written as a literal (or the constant head of a template), lower-cased. */
function literalHost(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  let text: string | undefined;
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) text = value.text;
  else if (ts.isTemplateExpression(value)) text = value.head.text;
  else if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) return literalHost(value.left);
  if (text === undefined) return undefined;
  const match = /^https?:\/\/([^/:?#\s]+)/i.exec(text);
  return match?.[1]?.toLowerCase();
}

/** The vendor whose API a URL literal points at, if the host is a known vendor host. */
export function vendorOfUrl(node: ts.Expression): VendorHost | undefined {
  const host = literalHost(node);
  if (host === undefined) return undefined;
  return COMPILED.vendorHosts.find((v) => host === v.host || host.endsWith(`.${v.host}`));
}

function collapse(text: string): string {
  if (text.length <= 80 && !/\s/.test(text)) return text;
  const collapsed = text.replace(/\s+/g, ' ').replace(/\s*\.\s*/g, '.').replace(/\?\.\s*/g, '?.');
  return collapsed.length > 80 ? `${collapsed.slice(0, 79)}…` : collapsed;
}

/** What a name or expression is bound to: a sink entry, possibly one of its methods (`import { captureException }`). */
interface SinkValue {
  readonly entry: CompiledEntry;
  readonly method?: string;
}

/** Per-file sink matcher: caches which local names are bound to modules and factories. */
export type SinkMatcher = (node: SinkNode) => SinkMatch | undefined;

const NOTHING: SinkValue | null = null;
const MAX_DEPTH = 6;

/**
 * Creates a sink matcher for one source file. Keep one per file and drop it
 * with the file: it caches look-ups of module- and factory-bound variables.
 */
export function createSinkMatcher(sourceFile: ts.SourceFile): SinkMatcher {
  const text = sourceFile.text;
  let factoryHint: boolean | undefined;
  let moduleHint: boolean | undefined;
  const hasFactories = (): boolean => (factoryHint ??= mayCallFactory(sourceFile));
  const hasModules = (): boolean => (moduleHint ??= COMPILED.moduleHint.test(text));
  let localBindingHint: boolean | undefined;
  /**
   * Whether a local variable can be bound to a sink: the file may call a
   * factory, `require`s a catalogued module, or imports a module whose exports
   * are factories. Otherwise only the file's imports can, and no scope look-up
   * is needed.
   */
  const hasLocalBindings = (): boolean =>
    hasFactories() || (localBindingHint ??= COMPILED.requireHint.test(text) || importsFactoryModule(sourceFile));
  const mayResolve = (): boolean => hasFactories() || hasModules();
  let imports: ImportResolver | undefined;
  const importResolver = (): ImportResolver => (imports ??= createImportResolver(sourceFile));
  const bound = new Map<ts.Node, SinkValue | null>();

  /** The value of an import specifier: a receiver entry, or one of its methods (`m#method`). */
  const specValue = (spec: string): SinkValue | undefined => {
    const direct = COMPILED.bySpec.get(spec);
    if (direct !== undefined) return { entry: direct };
    const hash = spec.indexOf('#');
    if (hash < 0) return undefined;
    const base = COMPILED.bySpec.get(spec.slice(0, hash));
    const method = spec.slice(hash + 1);
    return base !== undefined && base.methods.has(method) ? { entry: base, method } : undefined;
  };

  /** The import specifier an expression denotes: `axios`, `fs#promises`, `@sentry/node#captureException`. */
  const specOf = (node: ts.Expression, depth: number): string | undefined => {
    if (!hasModules() || depth > MAX_DEPTH) return undefined;
    const value = skipOuterExpressions(node);
    if (ts.isIdentifier(value)) {
      const binding = hasLocalBindings() ? findLocalBinding(value, { crossFunctions: true }) : undefined;
      if (binding !== undefined) {
        if (binding.source === undefined) return undefined;
        const base = specOf(binding.source, depth + 1);
        if (base === undefined) return undefined;
        const step = binding.path[0];
        if (binding.path.length === 0) return base;
        return binding.path.length === 1 && step?.kind === 'property' ? joinSpec(base, step.name) : undefined;
      }
    }
    if (ts.isPropertyAccessExpression(value)) {
      const base = specOf(value.expression, depth + 1);
      return base === undefined ? undefined : joinSpec(base, value.name.text);
    }
    const imported = importResolver().resolve(value);
    if (imported === undefined) return undefined;
    return imported.name === '*' ? imported.module : `${imported.module}#${imported.name}`;
  };

  /** What a factory call or `new` creates, if it is one. */
  const productOf = (node: ts.CallExpression | ts.NewExpression, depth: number): CompiledEntry | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const callee = skipOuterExpressions(node.expression);
    const isNew = ts.isNewExpression(node);
    const path = hasFactories() ? memberPath(callee)?.join('.') : undefined;
    const spec = hasModules() ? specOf(callee, depth + 1) : undefined;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    for (const compiled of COMPILED.factories) {
      if (path !== undefined && (isNew ? compiled.news : compiled.calls).has(path)) return compiled.product;
      if (spec !== undefined && compiled.specs.has(spec)) return compiled.product;
      if (method !== undefined && hasFactories()) {
        if (compiled.methodOfAny.has(method)) return compiled.product;
        if (compiled.methodOfSameKind.has(method) && kindOf((callee as ts.PropertyAccessExpression).expression, depth + 1) === compiled.product.kind) {
          return compiled.product;
        }
      }
    }
    return undefined;
  };

  /** The value an initializer gives a variable. */
  const valueOfSource = (source: ts.Expression, path: readonly BindingStep[], depth: number): SinkValue | undefined => {
    const value = skipOuterExpressions(source);
    if (path.length === 0 && (ts.isCallExpression(value) || ts.isNewExpression(value))) {
      const product = productOf(value, depth + 1);
      if (product !== undefined) return { entry: product };
    }
    if (path.length === 0 && ts.isIdentifier(value)) return valueOf(value, depth + 1);
    if (!hasModules()) return undefined;
    const base = specOf(value, depth + 1);
    if (base === undefined) return undefined;
    const step = path[0];
    if (path.length === 0) return specValue(base);
    return path.length === 1 && step?.kind === 'property' ? specValue(joinSpec(base, step.name)) : undefined;
  };

  // The candidates of one call share their receiver: remember the last receiver's value (no allocation per node).
  let lastValueNode: ts.Expression | undefined;
  let lastValue: SinkValue | undefined;
  /** What an expression is bound to (a catalogued module, a factory product), if anything. */
  const valueOf = (node: ts.Expression, depth: number): SinkValue | undefined => {
    if (depth > MAX_DEPTH || !mayResolve()) return undefined;
    if (node === lastValueNode) return lastValue;
    const result = resolveValue(node, depth);
    lastValueNode = node;
    lastValue = result;
    return result;
  };

  const resolveValue = (node: ts.Expression, depth: number): SinkValue | undefined => {
    const value = skipOuterExpressions(node);
    if (ts.isIdentifier(value)) {
      const binding = hasLocalBindings() ? findLocalBinding(value, { crossFunctions: true }) : undefined;
      if (binding === undefined) {
        if (!hasModules()) return undefined;
        const imported = importResolver().name(value.text);
        return imported === undefined ? undefined : specValue(imported.name === '*' ? imported.module : `${imported.module}#${imported.name}`);
      }
      if (binding.source === undefined) return undefined;
      const cached = bound.get(binding.declaration);
      if (cached !== undefined && binding.path.length === 0) return cached ?? undefined;
      const result = valueOfSource(binding.source, binding.path, depth);
      if (binding.path.length === 0) bound.set(binding.declaration, result ?? NOTHING);
      return result;
    }
    if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
      const product = productOf(value, depth + 1);
      if (product !== undefined) return { entry: product };
    }
    if (!hasModules()) return undefined;
    const spec = specOf(value, depth + 1);
    return spec === undefined ? undefined : specValue(spec);
  };

  /** The kind of sink a receiver expression is (by name or binding), for `*.method` factories. */
  const kindOf = (node: ts.Expression, depth: number): SinkKind | undefined => {
    const value = skipOuterExpressions(node);
    const last = lastSegment(value);
    if (last !== undefined) {
      for (const entry of COMPILED.entries) if (nameMatches(entry.exact, entry.suffixWords, last)) return entry.kind;
    }
    return valueOf(value, depth + 1)?.entry.kind;
  };

  /** Whether `node` is a receiver of `entry`: by name, through fluent calls, or by binding. */
  const isReceiverOf = (entry: CompiledEntry, node: ts.Expression, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    const value = skipOuterExpressions(node);
    if (entry.fluent.size > 0 && ts.isCallExpression(value)) {
      const callee = skipOuterExpressions(value.expression);
      if (ts.isPropertyAccessExpression(callee) && entry.fluent.has(callee.name.text)) return isReceiverOf(entry, callee.expression, depth + 1);
    }
    const last = lastSegment(value);
    if (last !== undefined && nameMatches(entry.exact, entry.suffixWords, last)) return true;
    if (!entry.resolvable) return false;
    return valueOf(value, depth + 1)?.entry === entry;
  };

  const build = (entry: CompiledEntry, method: string, node: SinkNode, calleeText: string): SinkMatch => {
    const args: readonly ts.Expression[] = ts.isBinaryExpression(node) ? [node.right] : (node.arguments ?? []);
    const roles = entry.methodArguments?.[method] ?? entry.arguments;
    const data = roles?.data === undefined ? args : roles.data.map((i) => argumentAt(args, i)).filter((a): a is ts.Expression => a !== undefined);
    // HTTP clients take the URL (or request options) first unless their roles say otherwise.
    const target = argumentAt(args, roles === undefined && entry.kind === 'http-client' ? 0 : roles?.target);
    const key = argumentAt(args, roles?.key);
    const query = argumentAt(args, roles?.query);
    const options = argumentAt(args, roles?.options);
    let vendor = entry.vendor;
    let category = entry.category;
    if (entry.kind === 'http-client' && target !== undefined) {
      const host = vendorOfUrl(target);
      if (host !== undefined) {
        vendor = host.vendor;
        category = host.category;
      }
    }
    const match: { -readonly [K in keyof SinkMatch]: SinkMatch[K] } = { kind: entry.kind, entry: entry.id, callee: calleeText, dataArguments: data };
    if (vendor !== undefined) match.vendor = vendor;
    if (category !== undefined) match.category = category;
    if (target !== undefined) match.target = target;
    if (key !== undefined) match.key = key;
    if (query !== undefined) match.query = query;
    if (options !== undefined) match.options = options;
    return match;
  };

  /** `receiver.a.b.method(…)`: the candidates indexed by `method` whose outer path matches and whose receiver fits. */
  const matchMethod = (call: ts.CallExpression, callee: ts.PropertyAccessExpression): SinkMatch | undefined => {
    const candidates = COMPILED.byMethod.get(callee.name.text);
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        let receiver: ts.Expression = callee.expression;
        let fits = true;
        for (const segment of candidate.outer) {
          const inner = skipOuterExpressions(receiver);
          if (!ts.isPropertyAccessExpression(inner) || inner.name.text !== segment) {
            fits = false;
            break;
          }
          receiver = inner.expression;
        }
        if (fits && isReceiverOf(candidate.entry, receiver, 0)) {
          return build(candidate.entry, candidate.path, call, collapse(callee.getText(sourceFile)));
        }
      }
    }
    const method = callee.name.text;
    // `window.fetch(…)`, `globalThis.gtag(…)`
    const callable = COMPILED.callableByName.get(method);
    if (callable !== undefined) {
      const receiver = skipOuterExpressions(callee.expression);
      // …unless the name is a local (`var self = this; … self.fetch(remote)` is a method of that object).
      if (ts.isIdentifier(receiver) && GLOBAL_OBJECTS.has(receiver.text) && findLocalBinding(receiver, { crossFunctions: true }) === undefined) {
        return build(callable, '', call, collapse(callee.getText(sourceFile)));
      }
    }
    // `superagent.post(url).send(body)`
    if (COMPILED.chainedMethods.has(method)) {
      const receiver = skipOuterExpressions(callee.expression);
      if (ts.isCallExpression(receiver)) {
        const inner = match(receiver);
        const entry = inner === undefined ? undefined : COMPILED.byId.get(inner.entry);
        if (entry !== undefined && entry.chained.has(method)) return build(entry, method, call, collapse(callee.getText(sourceFile)));
      }
    }
    return undefined;
  };

  /** The first property entry of `list` whose receivers match, as a sink of the assignment. */
  const matchProperty = (
    list: readonly CompiledProperty[] | undefined,
    node: ts.BinaryExpression,
    left: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    receiver: string,
    withKey: boolean,
  ): SinkMatch | undefined => {
    if (list === undefined) return undefined;
    for (const compiled of list) {
      if (!nameMatches(compiled.exact, compiled.suffixWords, receiver)) continue;
      const entry = compiled.entry;
      const match: { -readonly [K in keyof SinkMatch]: SinkMatch[K] } = {
        kind: entry.kind,
        entry: entry.id,
        callee: collapse(left.getText(sourceFile)),
        dataArguments: [node.right],
      };
      const key = ts.isPropertyAccessExpression(left) ? left.name : left.argumentExpression;
      if (withKey && !ts.isPrivateIdentifier(key)) match.key = key;
      if (entry.vendor !== undefined) match.vendor = entry.vendor;
      if (entry.category !== undefined) match.category = entry.category;
      return match;
    }
    return undefined;
  };

  /** `receiver.property = value`: a property entry by property name, or one that takes any property (the key). */
  const matchAssignment = (node: ts.BinaryExpression): SinkMatch | undefined => {
    if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
    const left = skipOuterExpressions(node.left);
    if (!ts.isPropertyAccessExpression(left) && !ts.isElementAccessExpression(left)) return undefined;
    const receiver = lastSegment(skipOuterExpressions(left.expression));
    if (receiver === undefined) return undefined;
    const property = memberName(left);
    const named = property === undefined ? undefined : COMPILED.propertiesByName.get(property);
    return matchProperty(named, node, left, receiver, false) ?? matchProperty(COMPILED.anyProperty, node, left, receiver, true);
  };

  const match = (node: SinkNode): SinkMatch | undefined => {
    if (ts.isBinaryExpression(node)) return matchAssignment(node);
    const callee = skipOuterExpressions(node.expression);
    if (ts.isNewExpression(node)) {
      const name = lastSegment(callee);
      const entry = name === undefined ? undefined : COMPILED.constructibleByName.get(name);
      return entry === undefined ? undefined : build(entry, '', node, collapse(callee.getText(sourceFile)));
    }
    if (ts.isPropertyAccessExpression(callee)) return matchMethod(node, callee);
    if (ts.isIdentifier(callee)) {
      const value = valueOf(callee, 0);
      if (value !== undefined) {
        if (value.method !== undefined) return build(value.entry, value.method, node, callee.text);
        return value.entry.callable ? build(value.entry, '', node, callee.text) : undefined;
      }
      const entry = COMPILED.callableByName.get(callee.text);
      return entry === undefined ? undefined : build(entry, '', node, callee.text);
    }
    if (ts.isCallExpression(callee) && mayResolve()) {
      // `require('debug')('app')(…)`, `debug('app')(…)`
      const product = productOf(callee, 0);
      if (product === undefined || !product.callable) return undefined;
      return build(product, '', node, collapse(callee.getText(sourceFile)));
    }
    return undefined;
  };
  // Every rule asks about the same node in a row during the walk: remember the last answer (no look-up per
  // call). Rules that look at route handlers at the end of the file ask again about calls the walk has seen:
  // every answer is kept for the file (the matcher lives as long as one analysis).
  let lastNode: SinkNode | undefined;
  let lastMatch: SinkMatch | undefined;
  const answers = new Map<SinkNode, SinkMatch | null>();
  return (node: SinkNode): SinkMatch | undefined => {
    if (node !== lastNode) {
      const known = answers.get(node);
      if (known !== undefined) {
        lastMatch = known ?? undefined;
      } else {
        lastMatch = match(node);
        answers.set(node, lastMatch ?? null);
      }
      lastNode = node;
    }
    return lastMatch;
  };
}

/**
 * The name a sink's key gives the data: the property of an assignment
 * (`localStorage.authToken = …`), or the constant text of a key argument
 * (`setItem('patient', …)`, `setItem(KEY, …)` with `const KEY = 'patient'`).
 */
export function sinkKeyName(key: ts.Expression): string | undefined {
  const parent = key.parent;
  if (ts.isIdentifier(key) && parent !== undefined && ts.isPropertyAccessExpression(parent) && parent.name === key) return key.text;
  return constantString(key);
}

/** Whether a file imports (not type-only) a module whose exports are factories. */
function importsFactoryModule(sourceFile: ts.SourceFile): boolean {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.importClause === undefined || statement.importClause.isTypeOnly) continue;
    const module = statement.moduleSpecifier.text;
    if (COMPILED.factoryModules.has(module.startsWith('node:') ? module.slice(5) : module)) return true;
  }
  return false;
}

/** `axios` + `create` → `axios#create`; `fs#promises` + `writeFile` → `fs#promises.writeFile`. */
function joinSpec(base: string, name: string): string {
  return base.includes('#') ? `${base}.${name}` : `${base}#${name}`;
}
