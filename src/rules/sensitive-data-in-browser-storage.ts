/**
 * EVD-CODE-005: personal or health data stored in the browser, or in a cookie
 * that scripts can read or that travels over plain HTTP.
 *
 * Reported when the stored value (or the name it is stored under) carries
 * personal data, and:
 * - it goes to `localStorage`/`sessionStorage` (`setItem`, property or index
 *   assignment) or IndexedDB (`objectStore(…).put/add`, idb `db.put`,
 *   idb-keyval `set`): any script on the page can read it, it survives
 *   logout, and it is stored unencrypted on the device;
 * - it goes to a cookie set by script (`document.cookie = …`, js-cookie
 *   `Cookies.set`): such a cookie can never be `httpOnly`;
 * - it goes to a cookie set by the server (Express `res.cookie`, Fastify
 *   `reply.setCookie`, Koa `ctx.cookies.set`) whose options leave `httpOnly`
 *   or `secure` off: explicitly `false`, or missing where the library defaults
 *   to off (Express and Fastify default both to off; Koa defaults `httpOnly`
 *   to on and `secure` to the request's protocol). Options that are not an
 *   object literal (directly or through a `const`) are not judged, nor flags
 *   hidden behind a spread.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import {
  describeClassification,
  mergeClassifications,
  namedClassification,
  type Classification,
} from '../engine/code/data-classifier.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { sinkKeyName, type SinkMatch, type SinkNode } from '../engine/code/sinks.js';
import { objectLiteralOf, propertyNameOf, stringParts } from '../engine/code/values.js';

type CookieFlag = 'httpOnly' | 'secure';
const COOKIE_FLAGS: readonly CookieFlag[] = ['httpOnly', 'secure'];

/** Server cookie APIs and what each flag defaults to when the options leave it out (`true` = on). */
const SERVER_COOKIE_DEFAULTS: Readonly<Record<string, Readonly<Record<CookieFlag, boolean>>>> = {
  'express-cookie': { httpOnly: false, secure: false },
  'fastify-cookie': { httpOnly: false, secure: false },
  'koa-cookie': { httpOnly: true, secure: true },
};

/** Cookies set by script: never httpOnly. */
const SCRIPT_COOKIES: ReadonlySet<string> = new Set(['document-cookie', 'js-cookie']);
const INDEXED_DB: ReadonlySet<string> = new Set(['indexeddb', 'idb', 'idb-keyval']);

/** The flags a server cookie leaves off, or undefined when the options cannot be judged. */
function missingFlags(sink: SinkMatch, defaults: Readonly<Record<CookieFlag, boolean>>): CookieFlag[] | undefined {
  const options = sink.options === undefined ? undefined : objectLiteralOf(sink.options);
  if (sink.options !== undefined && options === undefined) return undefined;
  const missing: CookieFlag[] = [];
  for (const flag of COOKIE_FLAGS) {
    let state: 'on' | 'off' | 'unknown' | undefined;
    for (const property of options?.properties ?? []) {
      if (ts.isSpreadAssignment(property)) {
        state = 'unknown';
      } else if (ts.isPropertyAssignment(property) && propertyNameOf(property.name) === flag) {
        const value = skipOuterExpressions(property.initializer);
        state = value.kind === ts.SyntaxKind.FalseKeyword ? 'off' : 'on';
      } else if (ts.isShorthandPropertyAssignment(property) && property.name.text === flag) {
        state = 'on';
      }
    }
    if (state === 'off' || (state === undefined && !defaults[flag])) missing.push(flag);
  }
  return missing;
}

/** Cookie names written in the text before a value: `ssn=${x}` → `ssn`. */
function cookieNames(node: ts.Expression): string[] {
  const names: string[] = [];
  const parts = stringParts(node);
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (part.text === undefined || next === undefined || next.node === undefined) return;
    const match = /([\w.-]+)=$/.exec(part.text);
    if (match?.[1] !== undefined) names.push(match[1]);
  });
  return names;
}

/** Where the data ends up, for messages. */
function storageOf(sink: SinkMatch): string {
  if (INDEXED_DB.has(sink.entry)) return 'IndexedDB';
  return sink.callee.includes('sessionStorage') ? 'sessionStorage' : 'localStorage';
}

export const sensitiveDataInBrowserStorage = defineRule({
  meta: {
    id: 'EVD-CODE-005',
    slug: 'sensitive-data-in-browser-storage',
    title: 'Personal or health data stored in the browser or in an unprotected cookie',
    description:
      'Personal or health data, or a credential, is written to localStorage, sessionStorage or IndexedDB, to a cookie ' +
      'set by script (which can never be httpOnly), or to a server cookie without the httpOnly and secure flags. Any ' +
      'script running on the page (an XSS payload, a third-party tag) can read it; it stays on shared devices after ' +
      'logout, unencrypted; a cookie without secure is also sent over plain HTTP.',
    severity: 'medium',
    remediation:
      'Keep personal data on the server and fetch it when needed; keep session tokens in cookies set by the server with ' +
      '`httpOnly: true, secure: true, sameSite`; if something must be cached client-side, store an opaque id, or encrypt ' +
      'it and clear it on logout.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
      gdpr: ['Art.5(1)(f)', 'Art.25(2)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'ePHI or session credentials readable by any script in the page escape the application\'s access control (164.312(a)(1)); a cookie without secure is transmitted without encryption (164.312(e)(1)).',
      gdpr:
        'Client-side storage without confidentiality protections exposes personal data to other scripts and later users of the device, against integrity and confidentiality by design and by default (Art.5(1)(f), Art.25(2), Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/922.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#local-storage',
    ],
  },
  create(context) {
    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || sink.kind !== 'browser-storage') return;
      const classifications: Classification[] = sink.dataArguments.map((a) => context.classifyExpression(a));
      const keyName = sink.key === undefined ? undefined : sinkKeyName(sink.key);
      if (keyName !== undefined) classifications.push(namedClassification(keyName, context.classify(keyName)));
      if (sink.entry === 'document-cookie') {
        for (const argument of sink.dataArguments) {
          for (const name of cookieNames(argument)) classifications.push(namedClassification(name, context.classify(name)));
        }
      }
      const classification = mergeClassifications(classifications);
      if (classification.categories.length === 0) return;
      const data = describeClassification(classification);
      let message: string;
      const defaults = SERVER_COOKIE_DEFAULTS[sink.entry];
      if (defaults !== undefined) {
        const missing = missingFlags(sink, defaults);
        if (missing === undefined || missing.length === 0) return;
        message = `${data} stored in a cookie without ${missing.join(' and ')} by ${sink.callee}`;
      } else if (SCRIPT_COOKIES.has(sink.entry)) {
        message = `${data} stored in a cookie set by script by ${sink.callee} (script-set cookies cannot be httpOnly)`;
      } else {
        message = `${data} stored in ${storageOf(sink)} by ${sink.callee} (readable by any script on the page, kept after logout)`;
      }
      context.report({ node, message, dataCategories: classification.categories });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
      [ts.SyntaxKind.BinaryExpression]: check,
    };
  },
});
