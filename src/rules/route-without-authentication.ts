/**
 * EVD-CODE-045: an HTTP route that handles personal data with no
 * authentication or authorization anywhere in front of its handler.
 *
 * Uses the route model (routes.ts): Express, Fastify, Koa and NestJS routes of
 * one file with their middleware chains — app- and router-level `use` before
 * the route, mounts, Fastify hooks and route options, Nest class, method and
 * same-file global guards. A route is reported when:
 * - the data it handles, by name, has a category (see `touchedData`: the
 *   words of its path, the models, repositories and services its handler
 *   calls, the properties it reads off records); and
 * - no entry of its chain is authentication/authorization middleware (by
 *   name or import: `passport.authenticate`, `requireAuth`, `checkJwt`,
 *   `requireRole`, `@UseGuards(AuthGuard('jwt'))`, middleware imported from a
 *   local `auth`/`session`/`guard`/`jwt`/`passport` module, …); and
 * - the handler does not check the caller itself: it reads no principal
 *   (`req.user`, `req.auth`, `req.session.userId`, `ctx.state.user`,
 *   `req.isAuthenticated()`, which some middleware elsewhere must set) and
 *   calls nothing named like an authentication check (`jwt.verify`,
 *   `verifyToken`).
 * Public routes are not reported: health and readiness probes, login,
 * logout, signup, password reset, OAuth callbacks and token endpoints, docs,
 * webhooks whose handler verifies a signature, and Nest methods marked
 * `@Public()` (a decision someone made and can be asked about).
 *
 * Limits: one file at a time. Middleware installed by the file that mounts a
 * router (`app.use('/api', requireAuth, patients)` in app.ts) is not seen
 * from the router's file, and Nest global guards registered in main.ts or
 * app.module.ts are not seen (a `@Public()` decorator in the controller file is
 * taken as the sign of one).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { DATA_CATEGORY_LABELS, tokenizeName } from '../engine/code/data-classifier.js';
import { chainHas, isMarkedPublic, nodesOf, readsPrincipal, rolesOfName, routeLabel, routeModelFor, touchedData, type Route } from '../engine/code/routes.js';
import { skipOuterExpressions } from '../engine/code/scope.js';

/** First path segments (after `/api`, `/v1`) of routes that are public by purpose. */
const PUBLIC_FIRST: ReadonlySet<string> = new Set([
  'health', 'healthz', 'healthcheck', 'ready', 'readyz', 'readiness', 'live', 'livez', 'liveness', 'ping', 'status', 'metrics',
  'version', 'docs', 'swagger', 'openapi', 'public', 'favicon.ico', 'robots.txt', 'login', 'signin', 'sign-in', 'logout',
  'signout', 'sign-out', 'signup', 'sign-up', 'register', 'auth', 'oauth', 'oauth2', 'sso', 'saml', 'callback',
]);
/** Last path segments of authentication flows (public by purpose). */
const PUBLIC_LAST: ReadonlySet<string> = new Set([
  'login', 'signin', 'sign-in', 'logout', 'signout', 'sign-out', 'signup', 'sign-up', 'register', 'callback', 'token', 'refresh',
  'forgot-password', 'reset-password', 'password-reset', 'verify-email', 'confirm-email', 'health', 'healthz',
]);
/** Leading segments that carry no meaning for this test. */
const PREFIX_SEGMENT = /^(?:api|v\d+|rest|internal)$/i;
const WEBHOOK_SEGMENT = /^webhooks?$/i;
/** Names of calls that verify a webhook signature. */
const SIGNATURE_CHECK = /signature|constructEvent|verifyWebhook|validateRequest|timingSafeEqual|createHmac|svix|verifyHeader/i;

function staticSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && !s.startsWith(':') && !s.startsWith('{') && !s.includes('*') && !s.startsWith('${'));
}

/** The keys a segment is looked up by: itself without `-`/`_`, and each of its words (`login-safe` → loginsafe, login, safe). */
function segmentKeys(segment: string): string[] {
  return [segment.replace(/[-_]/g, ''), segment, ...tokenizeName(segment)];
}

/** Whether a route is public by purpose (probe, authentication flow, docs, verified webhook). */
function isPublicRoute(route: Route): boolean {
  const segments = staticSegments(route.path.toLowerCase());
  while (segments.length > 0 && PREFIX_SEGMENT.test(segments[0] as string)) segments.shift();
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (segments.some((s) => WEBHOOK_SEGMENT.test(s))) {
    return route.handler !== undefined && SIGNATURE_CHECK.test(route.handler.getText());
  }
  if (first === undefined) return route.path === '/' || route.path === '' || route.path === '*';
  if (segmentKeys(first).some((k) => PUBLIC_FIRST.has(k))) return true;
  if (last !== undefined && segmentKeys(last).some((k) => PUBLIC_LAST.has(k))) return true;
  if (segments.includes('password') && segments.some((s) => s === 'reset' || s === 'forgot')) return true;
  return false;
}

/** Whether a handler checks the caller itself: reads the principal or calls an authentication check. */
function checksCallerItself(route: Route): boolean {
  const handler = route.handler;
  if (handler === undefined) return false;
  if (readsPrincipal(handler)) return true;
  for (const node of nodesOf(handler)) {
    if (!ts.isCallExpression(node)) continue;
    const callee = skipOuterExpressions(node.expression);
    const names: string[] = [];
    if (ts.isIdentifier(callee)) names.push(callee.text);
    else if (ts.isPropertyAccessExpression(callee)) {
      names.push(callee.name.text);
      const receiver = skipOuterExpressions(callee.expression);
      if (ts.isIdentifier(receiver)) names.push(receiver.text);
    }
    if (names.some((name) => rolesOfName(name).has('auth'))) return true;
  }
  return false;
}

export const routeWithoutAuthentication = defineRule({
  meta: {
    id: 'EVD-CODE-045',
    slug: 'route-without-authentication',
    title: 'Route handling personal data without authentication',
    description:
      'An HTTP route (Express, Fastify, Koa, NestJS) reads, writes or returns personal data — by the names of its path, ' +
      'the models and repositories its handler calls, and the fields it reads — and nothing in front of its handler ' +
      'authenticates the caller: no authentication or authorization middleware at app or router level before it, none ' +
      'on the route, no Nest guard on the method, the class or globally, and no check of the caller in the handler. ' +
      'Anyone who can reach the server can read or change the records. Health probes, login, signup, password reset, ' +
      'token endpoints and signature-checked webhooks are not reported. The analysis is per file: middleware installed ' +
      'in the file that mounts a router, and Nest global guards registered in another file, are not seen.',
    severity: 'high',
    remediation:
      'Put authentication in front of the route: app- or router-level middleware (`passport.authenticate("jwt")`, ' +
      '`expressjwt(...)`, `requiresAuth()`), `preHandler: [fastify.authenticate]`, or `@UseGuards(AuthGuard("jwt"))` ' +
      '(or a global `APP_GUARD`); add an authorization check (`requireRole`, a policy guard) for the records\' owners.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(d)', '164.308(a)(4)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'ePHI must be reachable only by persons or software granted access (164.312(a)(1), 164.308(a)(4)(ii)(B)) whose identity is verified (164.312(d)); an unauthenticated route grants access to everyone.',
      gdpr:
        'Access control is a basic measure to ensure the confidentiality of processing systems (Art.32(1)(b)) and to protect personal data by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/306.html',
      'https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/',
      'https://docs.nestjs.com/guards',
      'https://expressjs.com/en/guide/using-middleware.html',
    ],
  },
  create(context) {
    return {
      exit() {
        const model = routeModelFor(context.sourceFile);
        for (const route of model.routes) {
          if (chainHas(route.chain, 'auth') || isPublicRoute(route) || isMarkedPublic(route) || checksCallerItself(route)) continue;
          const data = touchedData(route, context.classify);
          if (data.categories.length === 0) continue;
          const categories = data.categories.map((c) => DATA_CATEGORY_LABELS[c]).join(', ');
          const evidence = data.evidence.slice(0, 2).join(', ');
          context.report({
            node: route.node,
            message: `${routeLabel(route)} handles ${categories} (${evidence}) with no authentication or authorization in front of its handler: add auth middleware or a guard`,
            dataCategories: data.categories,
          });
        }
      },
    };
  },
});
