/**
 * EVD-CODE-028: a request sent over plain HTTP to a remote host.
 *
 * Reported when an HTTP client is given a URL whose constant head is
 * `http://<host>` (a literal, a `const`, a property of a `const` object, or
 * a template/concatenation whose constant text contains the whole host):
 * - `fetch(url)` (also `window.`/`globalThis.`/`self.`), `$fetch`, `ofetch`,
 *   `ky(url)`, `got(url)`, `axios(url)`, `needle(method, url)`, `io(url)`,
 *   `navigator.sendBeacon(url)`, `new EventSource(url)`,
 *   `xhr.open(method, url)` on a `new XMLHttpRequest()`;
 * - `get/post/put/patch/delete/head/options/request` of axios, got, ky,
 *   superagent, request, needle, undici, Node's `http` module, jQuery (`$`),
 *   Angular/NestJS clients (`this.http`, `httpClient`, `httpService`), and
 *   instances made by `axios.create`/`got.extend`/`ky.create`;
 * - URL options: `{ url }` / `{ uri }` given to those clients, `baseURL` in
 *   `axios.create`/`HttpModule.register`, `prefixUrl` in `got.extend`/`ky.create`,
 *   `uri` in Apollo `HttpLink`/`createHttpLink`/`ApolloClient`.
 * Hosts where cleartext is normal are not reported (see urls.ts
 * `isExemptHost`: loopback, `*.local`, documentation domains, single-label
 * service names, Kubernetes service DNS, cloud metadata endpoints). URLs in
 * comments, XML namespaces, JSON-schema ids and links shown to users are not
 * requests and are not looked at.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule, type SecretSpan } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import { findKnownSecret } from '../engine/code/secrets.js';
import { isExemptHost, urlTargetOf } from '../engine/code/urls.js';
import { calleeName, lastName, objectLiteralOf, objectPropertyNode, receiverOf } from '../engine/code/values.js';

/** Functions called with the URL first. */
const URL_FUNCTIONS = new Set(['fetch', '$fetch', 'ofetch', 'ky', 'got', 'axios', 'io', 'request', 'superagent']);
const GLOBAL_RECEIVERS = new Set(['window', 'globalThis', 'self']);
/** Client objects whose request methods take the URL first. */
const CLIENT_NAMES = new Set([
  'axios', 'got', 'ky', 'superagent', 'request', 'needle', 'undici', 'http', 'httpClient', 'httpService', '$http', '$', 'jQuery',
]);
const CLIENT_MODULES = new Set(['axios', 'got', 'ky', 'superagent', 'request', 'needle', 'undici', 'http', 'node-fetch', 'cross-fetch', 'ofetch']);
const REQUEST_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'request', 'fetch', 'stream', 'getJSON', 'ajax']);
/** Client factories and the option naming the base URL. */
const FACTORY_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  create: ['baseURL', 'prefixUrl'],
  extend: ['prefixUrl', 'baseURL'],
  register: ['baseURL'],
  createHttpLink: ['uri'],
  HttpLink: ['uri'],
  ApolloClient: ['uri'],
  ajax: ['url'],
}));
const OPTION_KEYS = ['url', 'uri'];
const EMPTY: readonly ts.Expression[] = [];

export const cleartextHttpRequest = defineRule({
  meta: {
    id: 'EVD-CODE-028',
    slug: 'cleartext-http-request',
    title: 'Request sent over cleartext HTTP',
    description:
      'An HTTP client (fetch, axios, got, ky, superagent, request, Node http, Angular/NestJS HttpClient) is given an ' +
      '`http://` URL to a remote host, or a client is created with an `http://` base URL. Everything sent and ' +
      'received, including credentials, cookies and any personal data in the request, crosses the network unencrypted.',
    severity: 'medium',
    remediation:
      'Use `https://` (and keep certificate verification on). If the service cannot speak TLS, put it behind a TLS ' +
      'terminating proxy or a service mesh with mTLS, and address it by its in-cluster name.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'Transmission security (164.312(e)(1)) requires guarding ePHI sent over networks, and plain HTTP applies no encryption in transit (164.312(e)(2)(ii)).',
      gdpr: 'Personal data sent over plain HTTP is not encrypted in transit, an appropriate measure Art.32(1)(a) names.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const imports = importResolverFor(sourceFile);
    const relevant = sourceFile.text.includes('http://');

    const check = (reportNode: ts.Node, url: ts.Expression, where: string): void => {
      const target = urlTargetOf(url);
      if (target === undefined || target.scheme !== 'http' || isExemptHost(target.host)) return;
      const secrets: SecretSpan[] = [];
      if (target.literal !== undefined) {
        const secret = findKnownSecret(target.literal.text);
        if (secret !== undefined) secrets.push({ node: target.literal, from: secret.from, to: secret.to, keep: secret.keep });
      }
      context.report({
        node: reportNode,
        message: `Cleartext HTTP request to ${target.host} (${where}): data in transit is not encrypted; use https://`,
        ...(secrets.length > 0 ? { secrets } : {}),
      });
    };

    /** Whether an expression is an HTTP client object (by name, import, or a `const` made by a client factory). */
    const isClient = (receiver: ts.Expression): boolean => {
      const value = skipOuterExpressions(receiver);
      const name = lastName(value);
      if (name !== undefined && CLIENT_NAMES.has(name)) return true;
      const origin = imports.resolve(value);
      if (origin !== undefined) return CLIENT_MODULES.has(origin.module);
      if (!ts.isIdentifier(value)) return false;
      const binding = findLocalBinding(value, { crossFunctions: true });
      const source = binding?.source === undefined ? undefined : skipOuterExpressions(binding.source);
      if (source === undefined || !ts.isCallExpression(source)) return false;
      const factory = calleeName(source);
      const base = receiverOf(source);
      return (factory === 'create' || factory === 'extend') && base !== undefined && isClient(base);
    };

    const checkOptionObject = (argument: ts.Expression | undefined, keys: readonly string[], where: string): void => {
      const object = objectLiteralOf(argument);
      if (object === undefined) return;
      for (const key of keys) {
        const property = objectPropertyNode(object, key);
        if (property === undefined) continue;
        const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
        if (value !== undefined) check(property, value, `${where} ${key}`);
      }
    };

    const visit = (node: ts.CallExpression | ts.NewExpression): void => {
      if (!relevant) return;
      const name = calleeName(node);
      if (name === undefined) return;
      const args = node.arguments ?? EMPTY;
      const first = args[0];
      if (first === undefined) return;
      const receiver = receiverOf(node);
      const receiverValue = receiver === undefined ? undefined : skipOuterExpressions(receiver);
      if (ts.isNewExpression(node)) {
        if (name === 'EventSource') check(node, first, 'EventSource');
        else if (name === 'HttpLink' || name === 'ApolloClient') checkOptionObject(first, FACTORY_OPTIONS.get(name) ?? [], name);
        return;
      }
      // fetch(url), axios(url | config), got(url), io(url)
      if (receiver === undefined || (receiverValue !== undefined && ts.isIdentifier(receiverValue) && GLOBAL_RECEIVERS.has(receiverValue.text))) {
        const imported = imports.name(name);
        if (URL_FUNCTIONS.has(name) || (imported?.name === '*' && CLIENT_MODULES.has(imported.module))) {
          if (ts.isObjectLiteralExpression(skipOuterExpressions(first))) checkOptionObject(first, OPTION_KEYS, name);
          else check(node, first, `${name}()`);
          return;
        }
        if (name === 'needle') {
          const url = args[1];
          if (url !== undefined) check(node, url, 'needle()');
          return;
        }
        if (name === 'createHttpLink') checkOptionObject(first, FACTORY_OPTIONS.get(name) ?? [], name);
        return;
      }
      if (receiverValue === undefined) return;
      if (name === 'sendBeacon' && ts.isIdentifier(receiverValue) && receiverValue.text === 'navigator') {
        check(node, first, 'navigator.sendBeacon()');
        return;
      }
      if (name === 'open' && args.length >= 2 && isXhr(receiverValue)) {
        const url = args[1];
        if (url !== undefined) check(node, url, 'XMLHttpRequest.open()');
        return;
      }
      const factoryKeys = FACTORY_OPTIONS.get(name);
      if (factoryKeys !== undefined && name !== 'ajax' && (isClient(receiverValue) || (name === 'register' && lastName(receiverValue) === 'HttpModule'))) {
        checkOptionObject(first, factoryKeys, `${lastName(receiverValue) ?? 'client'}.${name}()`);
        return;
      }
      if (REQUEST_METHODS.has(name) && isClient(receiverValue)) {
        const where = `${lastName(receiverValue) ?? 'client'}.${name}()`;
        if (ts.isObjectLiteralExpression(skipOuterExpressions(first))) checkOptionObject(first, OPTION_KEYS, where);
        else check(node, first, where);
      }
    };

    return {
      [ts.SyntaxKind.CallExpression]: visit,
      [ts.SyntaxKind.NewExpression]: visit,
    };
  },
});

/** `xhr.open(…)`: a receiver named `xhr` or bound to `new XMLHttpRequest()`. */
function isXhr(receiver: ts.Expression): boolean {
  if (!ts.isIdentifier(receiver)) return false;
  if (receiver.text === 'xhr') return true;
  const binding = findLocalBinding(receiver, { crossFunctions: true });
  const source = binding?.source === undefined ? undefined : skipOuterExpressions(binding.source);
  return source !== undefined && ts.isNewExpression(source) && ts.isIdentifier(source.expression) && source.expression.text === 'XMLHttpRequest';
}
