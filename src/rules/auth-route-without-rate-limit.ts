/**
 * EVD-CODE-049: a login, token, password-reset, one-time-code or MFA route
 * with no rate limiting, so passwords and codes can be guessed at full speed.
 *
 * Uses the route model (routes.ts). A route is an authentication route when it
 * is not a GET/HEAD/OPTIONS and its path has a segment `login`, `signin`,
 * `sign-in`, `logon`, `authenticate`, `otp`, `mfa`, `2fa`, `totp`,
 * `two-factor`, `magic-link`, `forgot-password`, `reset-password`,
 * `password-reset` (or `password` with `reset`/`forgot`), or a last segment
 * `token` under `auth`/`oauth`/`session`/`api` (or alone); or its handler is
 * named so (`login`, `signIn`, `verifyOtp`, `resetPassword`, …).
 * It is reported when nothing in its chain limits the rate: express-rate-limit
 * (`rateLimit`, `RateLimit`), rate-limiter-flexible, express-slow-down,
 * express-brute, `@fastify/rate-limit` (registered globally, or the route's
 * `config.rateLimit`), koa-ratelimit, Nest `ThrottlerGuard`/`@Throttle()`
 * (class, method, same-file global; `@SkipThrottle()` in the file is the sign
 * of a global throttler), any middleware named like a limiter
 * (`loginLimiter`); nor does the handler call one (`limiter.consume(ip)`).
 *
 * Limits: one file. A limiter installed by the file that mounts the router,
 * or a global ThrottlerGuard registered in app.module.ts, is not seen.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { chainHas, nodesOf, rolesOfName, routeLabel, routeModelFor, type Route } from '../engine/code/routes.js';
import { skipOuterExpressions } from '../engine/code/scope.js';

/** Path segments (lower-case, `-`/`_` removed) that name an authentication step, with how messages call it. */
const AUTH_SEGMENTS: ReadonlyMap<string, string> = new Map([
  ['login', 'login'], ['signin', 'login'], ['logon', 'login'], ['authenticate', 'login'],
  ['otp', 'one-time code'], ['totp', 'one-time code'], ['verifyotp', 'one-time code'], ['verifycode', 'one-time code'],
  ['mfa', 'MFA verification'], ['2fa', 'MFA verification'], ['twofactor', 'MFA verification'], ['verifymfa', 'MFA verification'],
  ['magiclink', 'login'], ['passwordless', 'login'],
  ['forgotpassword', 'password reset'], ['resetpassword', 'password reset'], ['passwordreset', 'password reset'],
]);
/** Segments under which a last segment `token` is a token endpoint. */
const TOKEN_PARENTS: ReadonlySet<string> = new Set(['auth', 'oauth', 'oauth2', 'session', 'sessions', 'api', 'connect', 'identity']);
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What authentication step a route is, by its path; undefined when none. */
function stepOfPath(path: string): string | undefined {
  const raw = path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && !s.startsWith(':') && !s.startsWith('{'));
  const segments = raw.map((s) => s.replace(/[-_]/g, ''));
  // Each segment whole (`forgot-password` → forgotpassword) and word by word (`login-legacy` → login).
  for (const segment of raw) {
    for (const key of [segment.replace(/[-_]/g, ''), ...tokenizeName(segment)]) {
      const step = AUTH_SEGMENTS.get(key);
      if (step !== undefined) return step;
    }
  }
  if (segments.includes('password') && segments.some((s) => s === 'reset' || s === 'forgot')) return 'password reset';
  const last = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  if (last === 'token' && (parent === undefined || TOKEN_PARENTS.has(parent) || /^v\d+$/.test(parent))) return 'token';
  return undefined;
}

/** What authentication step a handler is, by its name (`login`, `signIn`, `verifyOtp`, `resetPassword`). */
function stepOfName(name: string): string | undefined {
  const words = tokenizeName(name);
  if (words.includes('logout') || (words.includes('log') && words.includes('out'))) return undefined;
  if (words.includes('login') || words.includes('signin') || (words.includes('sign') && words.includes('in')) || (words.includes('log') && words.includes('in'))) return 'login';
  if (words.includes('otp') || words.includes('totp')) return 'one-time code';
  if (words.includes('mfa') || words.includes('2fa') || (words.includes('two') && words.includes('factor'))) return 'MFA verification';
  if (words.includes('password') && (words.includes('reset') || words.includes('forgot'))) return 'password reset';
  return undefined;
}

/** Whether a handler limits the rate itself (`await limiter.consume(req.ip)`). */
function limitsItself(route: Route): boolean {
  if (route.handler === undefined) return false;
  for (const node of nodesOf(route.handler)) {
    if (!ts.isCallExpression(node)) continue;
    const callee = skipOuterExpressions(node.expression);
    const names = ts.isIdentifier(callee) ? [callee.text] : ts.isPropertyAccessExpression(callee) ? [callee.name.text, ts.isIdentifier(callee.expression) ? callee.expression.text : ''] : [];
    if (names.some((name) => name !== '' && rolesOfName(name).has('rate-limit'))) return true;
  }
  return false;
}

export const authRouteWithoutRateLimit = defineRule({
  meta: {
    id: 'EVD-CODE-049',
    slug: 'auth-route-without-rate-limit',
    title: 'Login, token or password-reset route without rate limiting',
    description:
      'A route that checks a secret — login, token issuance, password reset, one-time code or MFA verification — has no ' +
      'rate limiting in its chain (express-rate-limit, rate-limiter-flexible, express-slow-down, @fastify/rate-limit, ' +
      'koa-ratelimit, a Nest ThrottlerGuard or `@Throttle()`) and does not limit attempts in its handler. Passwords, ' +
      'six-digit codes and reset tokens can be guessed at full speed, and credential-stuffing lists replayed. The ' +
      'analysis is per file: a limiter installed where the router is mounted, or a global ThrottlerGuard in another ' +
      'file, is not seen.',
    severity: 'medium',
    remediation:
      'Limit attempts per client and per account on these routes: `router.post("/login", rateLimit({ windowMs: 15 * 60_000, limit: 10 }), …)`, ' +
      '`config: { rateLimit: { max: 5, timeWindow: "1 minute" } }` with @fastify/rate-limit, `@Throttle({ default: { limit: 5, ttl: 60_000 } })` ' +
      'in NestJS; lock or slow down accounts after repeated failures.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(5)(ii)(D)', '164.312(d)'],
      gdpr: ['Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Password management includes procedures against guessing (164.308(a)(5)(ii)(D)), and person or entity authentication (164.312(d)) is only as strong as the cost of trying again.',
      gdpr: 'Limiting authentication attempts is a basic measure for the ongoing confidentiality of processing systems (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/307.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks',
      'https://docs.nestjs.com/security/rate-limiting',
      'https://github.com/fastify/fastify-rate-limit',
    ],
  },
  create(context) {
    return {
      exit() {
        const model = routeModelFor(context.sourceFile);
        for (const route of model.routes) {
          if (route.method.split('|').every((m) => SAFE_METHODS.has(m))) continue;
          const step = stepOfPath(route.path) ?? (route.handlerName === undefined ? undefined : stepOfName(route.handlerName));
          if (step === undefined) continue;
          if (chainHas(route.chain, 'rate-limit') || limitsItself(route)) continue;
          context.report({
            node: route.node,
            message: `${routeLabel(route)} is ${/^(?:MFA|[aeiou])/.test(step) ? 'an' : 'a'} ${step} route with no rate limiting in its chain: limit attempts per client and account (express-rate-limit, @fastify/rate-limit, @nestjs/throttler)`,
          });
        }
      },
    };
  },
});
