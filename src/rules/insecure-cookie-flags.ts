/**
 * EVD-CODE-052: session cookies without the `secure` or `httpOnly` flag, or
 * with `sameSite: 'none'` but not `secure`.
 *
 * Session middleware (the cookie it sets carries the session id, whatever
 * its name):
 * - express-session `session({ … })`: no `cookie` options at all, or
 *   `cookie` without `secure` (express-session defaults it to false: the
 *   session id travels over plain HTTP), `secure: false`, `httpOnly: false`;
 *   `secure: 'auto'` and computed values (`secure: isProduction`) are
 *   accepted;
 * - cookie-session `cookieSession({ … })` and koa-session `session({ … }, app)`:
 *   `secure: false`, `httpOnly: false` (both libraries default to the
 *   request's protocol and httpOnly on, so a missing flag is fine);
 * - `@fastify/session`, `@fastify/secure-session` registered with
 *   `cookie: { secure: false }` or `httpOnly: false` (they default to secure).
 * Single cookies (`res.cookie(name, value, opts)`, Fastify
 * `reply.setCookie`, Koa `ctx.cookies.set`) named like a session or login
 * cookie (`sid`, `session`, `connect.sid`, `auth`, `remember_me`; not
 * `csrf`/`xsrf` cookies, which scripts must read): `httpOnly` or `secure`
 * off where the library defaults to off (Express and Fastify both; Koa
 * neither), or `sameSite: 'none'` without `secure`. Cookies whose name or
 * value the data classifier marks as personal data or credentials
 * (`token`, `accessToken`, `patientName`) are EVD-CODE-005's, so one cookie
 * gives one finding. Options built elsewhere or spread from another object
 * are not judged. Findings carry the data category `credentials`: the
 * session id is a bearer credential.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { mergeClassifications, namedClassification, tokenizeName, type Classification } from '../engine/code/data-classifier.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { sinkKeyName } from '../engine/code/sinks.js';
import { calleeName, constantString, hasAnyIdentifier, objectProperty, propertyNameOf } from '../engine/code/values.js';
import { constantBoolean, hasSpread, maskedReporter, optionsOf } from '../engine/code/web-auth.js';

const HINTS = ['session', 'cookieSession', 'expressSession', 'register', 'cookie', 'setCookie', 'cookies'];
/** Session middleware modules that take flat cookie options and default to safe flags. */
const FLAT_SAFE_MODULES: ReadonlySet<string> = new Set(['cookie-session', 'koa-session']);
const FASTIFY_SESSION_MODULES: ReadonlySet<string> = new Set(['@fastify/session', 'fastify-session', '@fastify/secure-session', 'fastify-secure-session']);
/** Words of a cookie name that make it a session or login cookie. */
const SESSION_WORDS: ReadonlySet<string> = new Set(['session', 'sess', 'sid', 'auth', 'login', 'remember', 'jwt']);
const SCRIPT_READABLE_WORDS: ReadonlySet<string> = new Set(['csrf', 'xsrf']);
/** What each server cookie API defaults `httpOnly` and `secure` to. */
const COOKIE_DEFAULTS: Readonly<Record<string, { readonly httpOnly: boolean; readonly secure: boolean }>> = {
  'express-cookie': { httpOnly: false, secure: false },
  'fastify-cookie': { httpOnly: false, secure: false },
  'koa-cookie': { httpOnly: true, secure: true },
};

/** The state of a flag in a cookie options literal: on, off, computed, or absent. */
type FlagState = 'on' | 'off' | 'computed' | 'absent';

function flagState(object: ts.ObjectLiteralExpression | undefined, name: string): FlagState {
  if (object === undefined) return 'absent';
  const value = objectProperty(object, name);
  if (value === undefined) return hasSpread(object) ? 'computed' : 'absent';
  const bool = constantBoolean(value);
  if (bool !== undefined) return bool ? 'on' : 'off';
  return constantString(value) === 'auto' ? 'on' : 'computed';
}

function isSameSiteNone(object: ts.ObjectLiteralExpression | undefined): boolean {
  const value = object === undefined ? undefined : objectProperty(object, 'sameSite');
  return value !== undefined && constantString(value)?.toLowerCase() === 'none';
}

/**
 * The problems of cookie options (undefined: no options), given what the
 * library does when a flag is absent (`true` = on).
 */
function problemsOf(object: ts.ObjectLiteralExpression | undefined, defaults: { readonly httpOnly: boolean; readonly secure: boolean }): string[] {
  const problems: string[] = [];
  const secure = flagState(object, 'secure');
  const httpOnly = flagState(object, 'httpOnly');
  if (secure === 'off') problems.push('secure is false (sent over plain HTTP)');
  else if (secure === 'absent' && !defaults.secure) problems.push('secure is not set (sent over plain HTTP)');
  if (httpOnly === 'off') problems.push('httpOnly is false (readable by scripts)');
  else if (httpOnly === 'absent' && !defaults.httpOnly) problems.push('httpOnly is not set (readable by scripts)');
  if (isSameSiteNone(object) && secure !== 'on' && secure !== 'computed' && !(secure === 'absent' && defaults.secure)) {
    problems.push("sameSite is 'none' without secure (browsers reject or downgrade it)");
  }
  return problems;
}

/** The report node for a property of an options object, or the call when absent. */
function propertyNode(object: ts.ObjectLiteralExpression, name: string): ts.Node | undefined {
  return object.properties.find((p) => p.name !== undefined && propertyNameOf(p.name) === name);
}

export const insecureCookieFlags = defineRule({
  meta: {
    id: 'EVD-CODE-052',
    slug: 'insecure-cookie-flags',
    title: 'Session cookie without secure or httpOnly',
    description:
      'The session cookie (express-session, cookie-session, koa-session, @fastify/session, or a cookie named like a ' +
      'session or login cookie) is sent without `secure` (also over plain HTTP, where anyone on the network can ' +
      "take the session), without `httpOnly` (scripts, including injected ones, can read it), or with `sameSite: 'none'` " +
      'but not `secure`. express-session sets no `secure` flag unless told. Cookies holding personal data or tokens ' +
      'by name or value are reported by EVD-CODE-005; options built elsewhere are not judged.',
    severity: 'high',
    remediation:
      "Set `cookie: { secure: true, httpOnly: true, sameSite: 'lax' }` (or `'strict'`) on the session middleware and on " +
      "login cookies; behind a TLS-terminating proxy also set `app.set('trust proxy', 1)` (or `secure: 'auto'`).",
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(a)(1)', '164.312(d)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'A session id sent over plain HTTP or readable by scripts can be stolen in transit (164.312(e)(1)) and replayed to reach ePHI as the user (164.312(a)(1), 164.312(d)).',
      gdpr:
        'Session cookies without transport and script protection undermine the confidentiality of processing systems (Art.32(1)(b)); the flags are the secure default to set by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://github.com/expressjs/session#cookiesecure',
      'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const imports = importResolverFor(context.sourceFile);

    const moduleOf = (call: ts.CallExpression, argument?: ts.Expression): string | undefined => {
      const target = argument ?? skipOuterExpressions(call.expression);
      const value = skipOuterExpressions(target);
      const origin = ts.isIdentifier(value) ? imports.name(value.text) : imports.resolve(value);
      return origin?.name === '*' ? origin.module : undefined;
    };

    const report = (node: ts.Node, where: string, problems: readonly string[]): void => {
      // The session id is a bearer credential: whoever holds the cookie is the user.
      reportMasked({ node, message: `${where}: ${problems.join('; ')}; set secure: true and httpOnly: true`, dataCategories: ['credentials'] });
    };

    const checkExpressSession = (call: ts.CallExpression): void => {
      const options = optionsOf(call.arguments[0]);
      if (options.kind !== 'literal') return;
      const cookie = optionsOf(objectProperty(options.object, 'cookie'));
      if (cookie.kind === 'absent') {
        if (hasSpread(options.object)) return;
        report(call, 'express-session has no cookie options', ['secure defaults to false (the session id is sent over plain HTTP)']);
        return;
      }
      if (cookie.kind !== 'literal') return;
      const problems = problemsOf(cookie.object, { httpOnly: true, secure: false });
      if (problems.length > 0) report(propertyNode(options.object, 'cookie') ?? call, 'express-session cookie', problems);
    };

    const checkFlat = (call: ts.CallExpression, object: ts.ObjectLiteralExpression, where: string): void => {
      const problems = problemsOf(object, { httpOnly: true, secure: true });
      if (problems.length > 0) report(call, where, problems);
    };

    const checkSingleCookie = (call: ts.CallExpression): void => {
      const sink = context.matchSink(call);
      if (sink === undefined) return;
      const defaults = COOKIE_DEFAULTS[sink.entry];
      if (defaults === undefined || sink.key === undefined) return;
      const name = sinkKeyName(sink.key);
      if (name === undefined) return;
      const words = tokenizeName(name);
      if (!words.some((w) => SESSION_WORDS.has(w)) || words.some((w) => SCRIPT_READABLE_WORDS.has(w))) return;
      const classifications: Classification[] = sink.dataArguments.map((a) => context.classifyExpression(a));
      classifications.push(namedClassification(name, context.classify(name)));
      if (mergeClassifications(classifications).categories.length > 0) return; // EVD-CODE-005's
      const options = optionsOf(sink.options);
      if (options.kind === 'unknown') return;
      const problems = problemsOf(options.kind === 'literal' ? options.object : undefined, defaults);
      if (problems.length > 0) report(call, `Session cookie ${name} set by ${sink.callee}`, problems);
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === 'register') {
          const plugin = moduleOf(node, node.arguments[0]);
          if (plugin === undefined || !FASTIFY_SESSION_MODULES.has(plugin)) return;
          const options = optionsOf(node.arguments[1]);
          const cookie = options.kind === 'literal' ? optionsOf(objectProperty(options.object, 'cookie')) : options;
          if (cookie.kind === 'literal') checkFlat(node, cookie.object, `${plugin} cookie`);
          return;
        }
        const module = moduleOf(node);
        if (module === 'express-session') {
          checkExpressSession(node);
          return;
        }
        if (module !== undefined && FLAT_SAFE_MODULES.has(module)) {
          const options = optionsOf(node.arguments[0]);
          if (options.kind === 'literal') checkFlat(node, options.object, `${module} cookie`);
          return;
        }
        if (name === 'cookie' || name === 'setCookie' || name === 'set') checkSingleCookie(node);
      },
    };
  },
});
