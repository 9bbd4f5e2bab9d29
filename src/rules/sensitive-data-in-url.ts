/**
 * EVD-CODE-004: personal or health data put in a URL.
 *
 * Looked at:
 * - the URL of an HTTP client call (`fetch`, axios, got, ky, superagent,
 *   `http.request`, undici, jQuery, `XMLHttpRequest#open`,
 *   `navigator.sendBeacon`): a string, template or local built from one (of
 *   a `new Request(url, init)`, the `url`); in
 *   request options only the URL keys (`url`, `uri`, `path`, `href`,
 *   `search`) and the query keys (`params`, `searchParams`, `query`, `qs`),
 *   also in a second options argument (`axios.get(url, { params })`); an
 *   argument that becomes the query string (superagent `.query(obj)`,
 *   jQuery `$.get(url, data)`);
 * - URLs built or followed: `new URL(…)`, `url.searchParams.set/append(name,
 *   value)` (the parameter name counts too), `res.redirect(…)`,
 *   `reply.redirect(…)`, `ctx.redirect(…)`, `location.assign/replace(…)`,
 *   `location.href = …`, `window.location = …`, `window.open(…)`,
 *   `history.pushState(…, url)`.
 * The request body is not looked at: a body is where such data belongs.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import {
  describeClassification,
  isOpaqueName,
  mergeClassifications,
  PASS_THROUGH_METHODS,
  namedClassification,
  type Classification,
} from '../engine/code/data-classifier.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { sinkKeyName, type SinkNode } from '../engine/code/sinks.js';
import { lastName, propertyNameOf } from '../engine/code/values.js';

/** Keys of request options that hold the URL or its query string. */
const URL_KEYS: ReadonlySet<string> = new Set(['url', 'uri', 'path', 'href', 'search', 'params', 'searchParams', 'query', 'qs']);
/** Keys of a second options argument that become the query string. */
const QUERY_KEYS: ReadonlySet<string> = new Set(['params', 'searchParams', 'query', 'qs']);

/** The URL part of a request target: the first argument of `new Request(url, init)`, else the target itself. */
function urlOf(target: ts.Expression): ts.Expression | undefined {
  const value = skipOuterExpressions(target);
  if (!ts.isNewExpression(value)) return target;
  const callee = skipOuterExpressions(value.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name === 'Request' ? value.arguments?.[0] : target;
}

/** The values of the given keys in an object literal argument. */
function valuesOf(node: ts.Expression, keys: ReadonlySet<string>): ts.Expression[] {
  const value = skipOuterExpressions(node);
  if (!ts.isObjectLiteralExpression(value)) return [];
  const out: ts.Expression[] = [];
  for (const property of value.properties) {
    if (ts.isPropertyAssignment(property) && keys.has(propertyNameOf(property.name) ?? '')) out.push(property.initializer);
    else if (ts.isShorthandPropertyAssignment(property) && keys.has(property.name.text)) out.push(property.name);
  }
  return out;
}

/**
 * The name a value goes by, looking through the calls whose result carries their receiver's data (the classifier's
 * pass-through methods): `patientUuids?.join(',')` → `patientUuids`.
 */
function valueName(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  if (ts.isCallExpression(value)) {
    const callee = skipOuterExpressions(value.expression);
    if (ts.isPropertyAccessExpression(callee) && PASS_THROUGH_METHODS.has(callee.name.text)) return valueName(callee.expression);
  }
  return lastName(value);
}

export const sensitiveDataInUrl = defineRule({
  meta: {
    id: 'EVD-CODE-004',
    slug: 'sensitive-data-in-url',
    title: 'Personal or health data put in a URL',
    description:
      'Personal or health data is written into a URL: the path or query string of an HTTP request, a redirect, a ' +
      'browser navigation or a URL object. URLs are recorded in web server, proxy and load balancer access logs, in ' +
      'browser history and bookmarks, and sent to other sites in the Referer header, even over HTTPS.',
    severity: 'medium',
    remediation:
      'Send the data in the request body (POST) or a header instead, and put only opaque identifiers in URLs ' +
      '(`/patients/:id`, not `?ssn=`). For redirects, keep the data server-side (session) and pass a short-lived reference.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(1)(ii)(B)', '164.312(a)(1)'],
      gdpr: ['Art.5(1)(f)', 'Art.25(2)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'ePHI in URLs is copied into access logs, browser history and Referer headers that the access controls of the system do not cover (164.312(a)(1)), a disclosure risk to manage (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Personal data in URLs leaks to logs and third-party sites, against confidentiality by design and by default (Art.5(1)(f), Art.25(2), Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/598.html',
      'https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url',
      'https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#sensitive-information-in-http-requests',
    ],
  },
  create(context) {
    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || (sink.kind !== 'url' && sink.kind !== 'http-client')) return;
      const parts: ts.Expression[] = [];
      if (sink.kind === 'url') {
        parts.push(...sink.dataArguments);
      } else {
        const target = sink.target;
        const url = target === undefined ? undefined : urlOf(target);
        if (url !== undefined) {
          if (ts.isObjectLiteralExpression(skipOuterExpressions(url))) parts.push(...valuesOf(url, URL_KEYS));
          else parts.push(url);
        }
        if (sink.query !== undefined) parts.push(sink.query);
        for (const argument of sink.dataArguments) if (argument !== target) parts.push(...valuesOf(argument, QUERY_KEYS));
      }
      const classifications: Classification[] = parts.map((part) => context.classifyExpression(part));
      const keyName = sink.kind === 'url' && sink.key !== undefined ? sinkKeyName(sink.key) : undefined;
      // The parameter's name says what the value is (`set('ssn', value)`), unless the value's own name says it is an
      // opaque id: `set('patient', patientUuid)` puts an identifier in the URL, not health data.
      const values = sink.dataArguments.filter((argument) => argument !== sink.key);
      const opaqueValue = values.length > 0 && values.every((argument) => {
        const name = valueName(argument);
        return name !== undefined && isOpaqueName(name) && context.classify(name).length === 0;
      });
      if (keyName !== undefined && !opaqueValue) classifications.push(namedClassification(keyName, context.classify(keyName)));
      const classification = mergeClassifications(classifications);
      if (classification.categories.length === 0) return;
      // A fragment (`url.hash = …`) never reaches a server or a Referer header; it stays in browser history.
      const left = ts.isBinaryExpression(node) ? skipOuterExpressions(node.left) : undefined;
      const fragment = left !== undefined && ts.isPropertyAccessExpression(left) && left.name.text === 'hash';
      const why = fragment ? 'a URL fragment is not sent to servers but stays in browser history' : 'URLs are kept in access logs, browser history and Referer headers';
      context.report({
        node,
        message: `${describeClassification(classification)} put in a URL by ${sink.callee} (${why})`,
        dataCategories: classification.categories,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
      [ts.SyntaxKind.NewExpression]: check,
      [ts.SyntaxKind.BinaryExpression]: check,
    };
  },
});
