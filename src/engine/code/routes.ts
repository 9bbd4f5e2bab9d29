/**
 * The route model of one file, on a parse-only AST: which HTTP routes a file
 * registers, which middleware, hooks, guards and pipes run before each
 * handler, and which applications it creates. Used by the access-control and
 * input-handling rules (authentication, validation, mass assignment, audit
 * logging, rate limiting).
 *
 * Recognised registrations:
 * - Express: `app.get/post/put/patch/delete/all/options/head(path, ...mw,
 *   handler)` on an app or router, `app.route(path).get(...).post(...)`,
 *   `app.use([prefix,] ...mw)` / `router.use(...)` (applies to the routes
 *   registered after it, textually), `app.use(prefix, ...mw, router)` (mounts
 *   a router of the same file: the middleware before it applies to its routes);
 * - Fastify: `fastify.get(path, { onRequest, preValidation, preHandler,
 *   schema, config: { rateLimit } }, handler)`, `fastify.route({ method, url,
 *   … , handler })`, `fastify.addHook(hook, fn)` and `fastify.register(plugin,
 *   options)` (applying to every route of that receiver: Fastify builds routes
 *   when the server starts, so textual order does not matter);
 * - Koa: `@koa/router` / `koa-router` `router.get(path, ...mw, handler)`,
 *   `router.use(mw)`, `app.use(mw)` and `app.use(router.routes())` (a mount);
 * - NestJS: `@Controller(prefix)` classes whose methods carry `@Get/@Post/
 *   @Put/@Patch/@Delete/@All/@Options/@Head(path)`; `@UseGuards`, `@UsePipes`,
 *   `@UseInterceptors` and `@Throttle` on the class or the method;
 *   `app.useGlobalGuards/useGlobalPipes/useGlobalInterceptors(…)` and
 *   `{ provide: APP_GUARD | APP_PIPE | APP_INTERCEPTOR, useClass: X }` in the
 *   same file. A `@Public()`/`@AllowAnonymous()`/`@SkipAuth()` decorator in a
 *   controller file is the sign of a global authentication guard (that is what
 *   those decorators switch off), so the other routes of the file count as
 *   authenticated; `@SkipThrottle()` likewise signals a global throttler.
 *
 * Receivers: names bound in the file to `express()`, `Router()`,
 * `express.Router()`, `new Router()`, `new Koa()`, `Fastify()`/`fastify()`,
 * `NestFactory.create(…)`, and the conventional names `app`, `router`, `api`,
 * `server`, `fastify`, `instance`, `*Router`, `*Routes`, `*App`. A call on a
 * receiver known only by its name is a route when its handler is an inline
 * function, or when the file imports a server framework (express, fastify,
 * koa, @koa/router, @nestjs/*): `api.post('/login', credentials)` in a
 * browser client is not a route.
 *
 * Order and prefixes (Express, Koa): `app.use([prefix,] mw)` applies to the
 * routes registered after it whose path is under the prefix; a router of the
 * file mounted with `app.use(prefix, ...mw, router)` gets the chain of the
 * mount point (the parent's earlier `use`s under that prefix, and `mw`).
 *
 * Middleware roles ({@link MiddlewareRole}) come from a name heuristic over
 * the words of the middleware's name (the identifier, the callee of
 * `requireRole('admin')`, the class of `new JwtAuthGuard()`, the factory a
 * `const limiter = rateLimit(…)` was made by) and from the module it is
 * imported from ({@link MODULE_ROLES}). Middleware imported from a local
 * module whose path names authentication (`auth`, `session`, `guard`, `jwt`,
 * `passport`) counts as authentication, whatever its name: the model errs on
 * the side of "protected".
 *
 * Limits (by design: one file, no types, no module resolution):
 * - routers and plugins defined in other files are not followed: a router
 *   imported and mounted here contributes only its name and mount prefix, and
 *   the routes of a router file do not see the middleware its importer
 *   installs (`app.use('/api', requireAuth, patients)` in app.ts is not seen
 *   from routes/patients.ts);
 * - NestJS global guards, pipes and interceptors registered in another file
 *   (`main.ts`, `app.module.ts`) are not seen, except through the `@Public()`
 *   convention above;
 * - a router mounted several times collects the middleware of every mount;
 * - handlers are followed when written inline, as a function or `const` of the
 *   same file, as a method of a class of the same file, or wrapped in one call
 *   (`asyncHandler(async (req, res) => …)`); others are unknown.
 */
import { hasAny, identifiersOf } from './identifiers.js';
import { ts } from './typescript.js';
import { DATA_CATEGORIES, isRecordName, tokenizeName, type DataCategory } from './data-classifier.js';
import { importResolverFor, type ImportResolver } from './imports.js';
import { QUERY_METHODS, WRITE_METHODS } from './queries.js';
import { skipOuterExpressions } from './scope.js';
import { fileNodes } from './file-nodes.js';
import { propertyNameOf } from './values.js';

/** The web frameworks the model knows. */
export type Framework = 'express' | 'fastify' | 'koa' | 'nest';

/** What a piece of middleware, a hook, a guard or a pipe does for the routes behind it. */
export type MiddlewareRole = 'auth' | 'validation' | 'rate-limit' | 'logging';

/** One piece of middleware (or hook, guard, pipe, interceptor, route option) that runs before a handler. */
export interface ChainEntry {
  /** The expression or decorator that installs it. */
  readonly node: ts.Node;
  /** How messages name it: `requireRole`, `passport.authenticate`, `JwtAuthGuard`. */
  readonly label: string;
  readonly roles: ReadonlySet<MiddlewareRole>;
}

/** A registered HTTP route. */
export interface Route {
  readonly framework: Framework;
  /** Upper-case HTTP method, `ALL` for `all`/`use`-style catch-alls. */
  readonly method: string;
  /** The path as written (`/patients/:id`), with the Nest controller prefix; `?` when not a literal. */
  readonly path: string;
  /** The registration: the route call, or the Nest method's route decorator. */
  readonly node: ts.Node;
  /** The app or router variable the route is registered on (Nest: the controller class name). */
  readonly receiver: string;
  /** Everything that runs before the handler, outermost first: app/router level, mounts, the route's own. */
  readonly chain: readonly ChainEntry[];
  /** The handler's function, when it could be found in this file. */
  readonly handler?: ts.SignatureDeclaration;
  /** The handler's name, when it has one (`getPatient`, Nest method `findOne`). */
  readonly handlerName?: string;
}

/** An application created in the file: `express()`, `Fastify()`, `new Koa()`, `NestFactory.create(…)`. */
export interface AppCreation {
  readonly framework: Framework;
  /** The creating expression (reported by app-level rules). */
  readonly node: ts.Expression;
  /** The variable it is bound to, when there is one. */
  readonly name?: string;
  /** The options object passed to the factory (Fastify `{ logger: true }`). */
  readonly options?: ts.ObjectLiteralExpression;
}

/** A `use`, hook, plugin or global registration on a receiver. */
export interface Use {
  readonly receiver: string;
  readonly node: ts.CallExpression;
  /** The mount prefix (`app.use('/api/patients', …)`, Fastify `register(p, { prefix })`). */
  readonly prefix?: string;
  /** The middleware it installs (not the mounted routers). */
  readonly entries: readonly ChainEntry[];
  /** Receivers of this file it mounts (`app.use('/api', router)`, `app.use(router.routes())`). */
  readonly mounts: readonly string[];
  /** Names of other arguments that may be routers or plugins from other files (`patients`, `patientRoutes`). */
  readonly names: readonly string[];
  /** Whether the order of registration matters (Express, Koa) or not (Fastify, Nest globals). */
  readonly ordered: boolean;
}

/** The routes, applications and registrations of one file. */
export interface RouteModel {
  readonly routes: readonly Route[];
  readonly apps: readonly AppCreation[];
  readonly uses: readonly Use[];
  /** NestJS global guards, pipes and interceptors registered in this file (`useGlobal*`, `APP_GUARD` providers). */
  readonly nestGlobals: readonly ChainEntry[];
}

/** Callee names that may create an app or a router (imported names are checked too). */
const FACTORY_NAMES: ReadonlySet<string> = new Set(['express', 'Router', 'fastify', 'Fastify', 'Koa', 'create']);
/** Methods of a receiver the model reads. */
const MODEL_METHODS: ReadonlySet<string> = new Set(['route', 'use', 'register', 'addHook', 'useGlobalGuards', 'useGlobalPipes', 'useGlobalInterceptors']);

/** HTTP methods of route registrations. */
const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Nest route decorators → HTTP method. */
const NEST_METHODS: ReadonlyMap<string, string> = new Map([
  ['Get', 'GET'], ['Post', 'POST'], ['Put', 'PUT'], ['Patch', 'PATCH'], ['Delete', 'DELETE'], ['All', 'ALL'], ['Options', 'OPTIONS'], ['Head', 'HEAD'],
]);
/** Conventional names of apps and routers. */
const RECEIVER_NAMES: ReadonlySet<string> = new Set(['app', 'router', 'api', 'server', 'fastify', 'instance', 'routes', 'apiRouter']);
const RECEIVER_SUFFIX = /(?:Router|Routes|App|router)$/;
/** Fastify hooks and route options that run before the handler. */
const FASTIFY_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
/** Fastify hooks that run after the handler (audit logging lives there). */
const FASTIFY_LATE_HOOKS: ReadonlySet<string> = new Set(['onResponse', 'onSend', 'onTimeout', 'onError']);

/**
 * Modules whose middleware has a known role. Configurable-looking on purpose:
 * a project adds its own auth or rate-limit package here.
 */
export const MODULE_ROLES: Readonly<Record<string, MiddlewareRole>> = {
  passport: 'auth',
  'koa-passport': 'auth',
  'express-jwt': 'auth',
  'express-oauth2-jwt-bearer': 'auth',
  'express-openid-connect': 'auth',
  'express-basic-auth': 'auth',
  'keycloak-connect': 'auth',
  '@okta/oidc-middleware': 'auth',
  '@clerk/express': 'auth',
  '@nestjs/passport': 'auth',
  'koa-jwt': 'auth',
  '@fastify/jwt': 'auth',
  '@fastify/auth': 'auth',
  '@fastify/basic-auth': 'auth',
  '@fastify/bearer-auth': 'auth',
  'express-rate-limit': 'rate-limit',
  'rate-limiter-flexible': 'rate-limit',
  'express-slow-down': 'rate-limit',
  'express-brute': 'rate-limit',
  'express-limiter': 'rate-limit',
  '@fastify/rate-limit': 'rate-limit',
  'fastify-rate-limit': 'rate-limit',
  'koa-ratelimit': 'rate-limit',
  'koa2-ratelimit': 'rate-limit',
  '@nestjs/throttler': 'rate-limit',
  celebrate: 'validation',
  'express-validator': 'validation',
  'express-joi-validation': 'validation',
  'express-openapi-validator': 'validation',
  'express-json-validator-middleware': 'validation',
  'express-zod-safe': 'validation',
  'zod-express-middleware': 'validation',
  morgan: 'logging',
  'pino-http': 'logging',
  'express-winston': 'logging',
  'express-pino-logger': 'logging',
  'express-requests-logger': 'logging',
  'koa-logger': 'logging',
  'koa-pino-logger': 'logging',
  'nestjs-pino': 'logging',
};

/** Whole middleware names (lower-cased) with a known role, beyond the word rules below. */
export const MIDDLEWARE_NAMES: Readonly<Record<string, MiddlewareRole>> = {
  can: 'auth',
  protect: 'auth',
  protected: 'auth',
  expressjwt: 'auth',
  isadmin: 'auth',
  requiresauth: 'auth',
  ensureloggedin: 'auth',
  celebrate: 'validation',
  checkschema: 'validation',
  morgan: 'logging',
  pinohttp: 'logging',
  expresswinston: 'logging',
};

/** Words that make a name authentication/authorization middleware. */
const AUTH_WORDS: ReadonlySet<string> = new Set([
  'auth', 'authn', 'authz', 'authenticate', 'authenticated', 'authentication', 'authorize', 'authorized', 'authorization',
  'jwt', 'passport', 'role', 'permission', 'logged', 'oauth', 'oidc', 'bearer', 'acl', 'rbac', 'abac', 'guard',
]);
/** Verbs that, with an {@link AUTH_OBJECTS} word, make a check of the caller: `requireUser`, `verifyToken`, `validateApiKey`. */
const AUTH_VERBS: ReadonlySet<string> = new Set(['require', 'ensure', 'check', 'verify', 'validate', 'must', 'is', 'has']);
const AUTH_OBJECTS: ReadonlySet<string> = new Set(['user', 'token', 'login', 'session', 'key', 'scope', 'admin', 'staff', 'clinician', 'signed', 'member', 'owner']);
/** Words that make a name rate limiting. */
const RATE_WORDS: ReadonlySet<string> = new Set(['rate', 'limiter', 'throttle', 'throttler', 'throttling', 'brute', 'bruteforce', 'ratelimit', 'ratelimiter']);
/** Words that make a name validation. */
const VALIDATION_WORDS: ReadonlySet<string> = new Set(['validate', 'validator', 'validation', 'validated', 'celebrate', 'schema', 'joi', 'zod', 'yup', 'ajv']);
/** Words that make a name request/audit logging (`audit` alone; `log`/`logger`/`logging` with one of {@link LOG_QUALIFIERS}). */
const LOG_WORDS: ReadonlySet<string> = new Set(['log', 'logger', 'logging']);
const LOG_QUALIFIERS: ReadonlySet<string> = new Set(['request', 'access', 'http', 'api', 'audit', 'interceptor', 'middleware']);
/** Local module paths that mark authentication middleware. */
const AUTH_MODULE_PATH = /(?:auth|session|guard|jwt|passport)/i;
/** Decorators that switch a global authentication guard off for one route (so one exists). */
const PUBLIC_DECORATORS: ReadonlySet<string> = new Set(['Public', 'AllowAnonymous', 'SkipAuth', 'IsPublic', 'NoAuth', 'Anonymous']);
const SKIP_THROTTLE_DECORATORS: ReadonlySet<string> = new Set(['SkipThrottle']);

/** The roles a middleware name has by its words. */
export function rolesOfName(name: string): ReadonlySet<MiddlewareRole> {
  let roles = knownRoles.get(name);
  if (roles === undefined) {
    if (knownRoles.size >= KNOWN_ROLES_LIMIT) knownRoles.clear();
    roles = computeRolesOfName(name);
    knownRoles.set(name, roles);
  }
  return roles;
}

/**
 * {@link rolesOfName} per name: rules ask it about every call in every route
 * handler, and a code base uses few distinct names. Bounded, since names come
 * from scanned code.
 */
const knownRoles = new Map<string, ReadonlySet<MiddlewareRole>>();
const KNOWN_ROLES_LIMIT = 10_000;

function computeRolesOfName(name: string): Set<MiddlewareRole> {
  const roles = new Set<MiddlewareRole>();
  const exact = MIDDLEWARE_NAMES[name.toLowerCase()];
  if (exact !== undefined) roles.add(exact);
  const words = tokenizeName(name);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const rate = has(RATE_WORDS) || (words.includes('slow') && words.includes('down')) || (words.includes('limit') && !words.includes('body') && !words.includes('size') && words.length > 1 && !words.includes('json'));
  if (rate) roles.add('rate-limit');
  if (!rate && (has(AUTH_WORDS) || (has(AUTH_VERBS) && has(AUTH_OBJECTS)))) roles.add('auth');
  if (!roles.has('auth') && has(VALIDATION_WORDS)) roles.add('validation');
  if (words.includes('audit') || (has(LOG_WORDS) && has(LOG_QUALIFIERS))) roles.add('logging');
  return roles;
}

function isLocalModule(module: string): boolean {
  return module.startsWith('.') || module.startsWith('/') || module.startsWith('@/') || module.startsWith('~/') || module.startsWith('src/');
}

/** The roles a module gives its exports. */
function rolesOfModule(module: string): MiddlewareRole[] {
  const known = MODULE_ROLES[module];
  if (known !== undefined) return [known];
  if (isLocalModule(module) && AUTH_MODULE_PATH.test(module)) return ['auth'];
  return [];
}

/** Names and modules that describe a middleware expression. */
function describe(node: ts.Expression, imports: ImportResolver, depth = 0): { names: string[]; modules: string[]; label: string } {
  const value = skipOuterExpressions(node);
  const names: string[] = [];
  const modules: string[] = [];
  let label = '…';
  const addModule = (expression: ts.Expression): void => {
    const origin = imports.resolve(expression);
    if (origin !== undefined) modules.push(origin.module);
  };
  if (ts.isIdentifier(value)) {
    names.push(value.text);
    label = value.text;
    addModule(value);
    if (depth < 3) {
      const initializer = constInitializerAnywhere(value);
      if (initializer !== undefined) {
        const inner = describe(initializer, imports, depth + 1);
        names.push(...inner.names);
        modules.push(...inner.modules);
      }
    }
  } else if (ts.isPropertyAccessExpression(value)) {
    const path = pathOf(value);
    names.push(...path);
    label = path.join('.');
    addModule(value);
    const root = rootIdentifier(value);
    if (root !== undefined) addModule(root);
  } else if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
    const inner = describe(value.expression, imports, depth + 1);
    names.push(...inner.names);
    modules.push(...inner.modules);
    label = inner.label;
  }
  return { names, modules, label };
}

function pathOf(node: ts.Expression): string[] {
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value)) return [value.text];
  if (value.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(value)) return [...pathOf(value.expression), value.name.text];
  if (ts.isCallExpression(value)) return pathOf(value.expression);
  return ['…'];
}

function rootIdentifier(node: ts.Expression): ts.Identifier | undefined {
  let value = skipOuterExpressions(node);
  while (ts.isPropertyAccessExpression(value) || ts.isCallExpression(value)) value = skipOuterExpressions(value.expression);
  return ts.isIdentifier(value) ? value : undefined;
}

/** The initializer of a `const`/`let` with this name declared anywhere in the file at module level or in the same function. */
function constInitializerAnywhere(id: ts.Identifier): ts.Expression | undefined {
  let scope: ts.Node | undefined = id.parent;
  while (scope !== undefined) {
    if (ts.isSourceFile(scope) || ts.isBlock(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === id.text && declaration.initializer !== undefined) {
            return declaration.initializer === id ? undefined : declaration.initializer;
          }
        }
      }
    }
    scope = scope.parent;
  }
  return undefined;
}

/** Builds the chain entry of a middleware expression (arrays are flattened by the caller). */
export function chainEntry(node: ts.Expression, imports: ImportResolver): ChainEntry {
  const { names, modules, label } = describe(node, imports);
  const roles = new Set<MiddlewareRole>();
  for (const name of names) for (const role of rolesOfName(name)) roles.add(role);
  for (const module of modules) for (const role of rolesOfModule(module)) roles.add(role);
  // An inline function checking the caller: (req, res, next) => req.isAuthenticated() ? next() : res.sendStatus(401)
  const value = skipOuterExpressions(node);
  if ((ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && readsPrincipal(value)) roles.add('auth');
  return { node, label, roles };
}

function entriesOf(nodes: readonly ts.Expression[], imports: ImportResolver): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (const node of nodes) {
    const value = skipOuterExpressions(node);
    if (ts.isArrayLiteralExpression(value)) out.push(...entriesOf(value.elements.filter((e) => !ts.isSpreadElement(e)), imports));
    else if (ts.isSpreadElement(value)) continue;
    else out.push(chainEntry(value, imports));
  }
  return out;
}

/** Expressions that name the authenticated caller: `req.user`, `req.auth`, `req.session.userId`, `ctx.state.user`, `req.isAuthenticated()`. */
const PRINCIPAL = /\b(?:req|request)\s*\.\s*(?:user|auth|session\s*\.\s*user\w*|isAuthenticated\s*\(|oidc\s*\.\s*user)\b|\bctx\s*\.\s*state\s*\.\s*(?:user|auth)\b/;

/** Whether a function reads the authenticated caller (set by authentication middleware somewhere). */
export function readsPrincipal(fn: ts.Node): boolean {
  return PRINCIPAL.test(fn.getText());
}

function pathText(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isTemplateExpression(value)) return value.getText().slice(1, -1);
  if (ts.isArrayLiteralExpression(value)) {
    const first = value.elements[0];
    return first === undefined ? undefined : pathText(first);
  }
  if (ts.isRegularExpressionLiteral(value)) return value.text;
  return undefined;
}

function isPathLike(node: ts.Expression | undefined): boolean {
  return pathText(node) !== undefined;
}

/** Joins a mount prefix and a path: `/api/` + `patients/:id` → `/api/patients/:id`. */
export function joinPath(prefix: string, path: string): string {
  const parts = [prefix, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter((p) => p !== '');
  return `/${parts.join('/')}`;
}

/** What a variable is bound to: a framework factory (`express()`, `Router()`, `Fastify()`, `new Koa()`, `NestFactory.create()`). */
function factoryOf(initializer: ts.Expression, imports: ImportResolver): { framework: Framework; app: boolean } | undefined {
  const value = skipOuterExpressions(initializer);
  if (!ts.isCallExpression(value) && !ts.isNewExpression(value)) return undefined;
  const callee = skipOuterExpressions(value.expression);
  // Cheap first test (this runs on every call of a file): the callee's last name, or `require('m')(…)`.
  const lastName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (lastName === undefined ? !ts.isCallExpression(callee) : !imports.name(lastName) && !FACTORY_NAMES.has(lastName)) return undefined;
  const path = pathOf(callee);
  if (path.join('.') === 'NestFactory.create') return { framework: 'nest', app: true };
  const origin = imports.resolve(callee);
  const last = path[path.length - 1] ?? '';
  if (origin !== undefined) {
    const whole = origin.name === '*' || origin.name === 'default';
    if (origin.module === 'express') return whole ? { framework: 'express', app: true } : origin.name === 'Router' ? { framework: 'express', app: false } : undefined;
    if (origin.module === 'fastify') return whole || origin.name === 'fastify' || origin.name === 'Fastify' ? { framework: 'fastify', app: true } : undefined;
    if (origin.module === 'koa') return whole ? { framework: 'koa', app: true } : undefined;
    if (origin.module === '@koa/router' || origin.module === 'koa-router') return { framework: 'koa', app: false };
    return undefined;
  }
  if (ts.isIdentifier(callee)) {
    if (callee.text === 'express') return { framework: 'express', app: true };
    if (/^fastify$/i.test(callee.text)) return { framework: 'fastify', app: true };
    if (callee.text === 'Koa' && ts.isNewExpression(value)) return { framework: 'koa', app: true };
    if (callee.text === 'Router') return { framework: ts.isNewExpression(value) ? 'koa' : 'express', app: false };
  }
  if (last === 'Router' && path[0] === 'express') return { framework: 'express', app: false };
  return undefined;
}

/** The function a handler argument denotes, in this file. */
function handlerOf(node: ts.Expression, sourceFile: ts.SourceFile, depth = 0): { fn?: ts.SignatureDeclaration; name?: string } {
  const value = skipOuterExpressions(node);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
    return value.name !== undefined ? { fn: value, name: value.name.text } : { fn: value };
  }
  if (ts.isIdentifier(value)) {
    const fn = functionNamed(sourceFile, value.text);
    return fn === undefined ? { name: value.text } : { fn, name: value.text };
  }
  if (ts.isPropertyAccessExpression(value)) {
    const name = value.name.text;
    const fn = methodNamed(sourceFile, name);
    return fn === undefined ? { name } : { fn, name };
  }
  if (ts.isCallExpression(value) && depth < 2) {
    // asyncHandler(async (req, res) => …), catchAsync(getPatient), controller.get.bind(controller)
    const callee = skipOuterExpressions(value.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind') return handlerOf(callee.expression, sourceFile, depth + 1);
    for (const argument of value.arguments) {
      const inner = handlerOf(argument, sourceFile, depth + 1);
      if (inner.fn !== undefined) return inner;
    }
  }
  return {};
}

function functionNamed(sourceFile: ts.SourceFile, name: string): ts.SignatureDeclaration | undefined {
  for (const statement of sourceFile.statements) {
    const target = ts.isExportAssignment(statement) ? undefined : statement;
    if (target === undefined) continue;
    if (ts.isFunctionDeclaration(target) && target.name?.text === name && target.body !== undefined) return target;
    if (ts.isVariableStatement(target)) {
      for (const declaration of target.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name || declaration.initializer === undefined) continue;
        const init = skipOuterExpressions(declaration.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
        if (ts.isCallExpression(init)) return handlerOf(init, sourceFile, 1).fn;
      }
    }
  }
  return undefined;
}

function methodNamed(sourceFile: ts.SourceFile, name: string): ts.SignatureDeclaration | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (ts.isMethodDeclaration(member) && propertyNameOf(member.name) === name && member.body !== undefined) return member;
      if (ts.isPropertyDeclaration(member) && propertyNameOf(member.name) === name && member.initializer !== undefined) {
        const init = skipOuterExpressions(member.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
      }
    }
  }
  return undefined;
}

function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

/** `@Name(args)` → name and arguments; `@Name` → name, no arguments. */
export function decoratorCall(decorator: ts.Decorator): { name: string; args: readonly ts.Expression[] } | undefined {
  const expression = decorator.expression;
  const callee = ts.isCallExpression(expression) ? expression.expression : expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return undefined;
  return { name, args: ts.isCallExpression(expression) ? expression.arguments : [] };
}

/** Chain entries of a Nest class or method's decorators: guards, pipes, interceptors, throttling. */
function nestDecoratorEntries(node: ts.Node, imports: ImportResolver): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (const decorator of decoratorsOf(node)) {
    const call = decoratorCall(decorator);
    if (call === undefined) continue;
    if (call.name === 'UseGuards' || call.name === 'UsePipes' || call.name === 'UseInterceptors') {
      const entries = entriesOf(call.args, imports);
      for (const entry of entries) {
        // A guard authenticates unless its name says it does something else (ThrottlerGuard).
        const roles = new Set(entry.roles);
        if (call.name === 'UseGuards' && roles.size === 0) roles.add('auth');
        if (call.name === 'UsePipes' && roles.size === 0 && /Pipe$/.test(entry.label)) roles.add('validation');
        out.push({ ...entry, roles });
      }
    } else if (call.name === 'Throttle') {
      out.push({ node: decorator, label: '@Throttle', roles: new Set(['rate-limit']) });
    } else if (call.name === 'Roles' || call.name === 'Permissions' || call.name === 'RequirePermissions') {
      // Metadata for a RolesGuard: authorization is declared on the route.
      out.push({ node: decorator, label: `@${call.name}`, roles: new Set(['auth']) });
    }
  }
  return out;
}

interface Collected {
  readonly routes: Array<{ receiver: string; framework: Framework; method: string; path: string; node: ts.Node; pos: number; own: ChainEntry[]; handler: ts.Expression | undefined }>;
  readonly uses: Use[];
  readonly apps: AppCreation[];
  readonly nestGlobal: ChainEntry[];
}

// Syntax kinds read once (`ts.SyntaxKind` members are getters): the model is built over every node of a file.
const VARIABLE_DECLARATION = ts.SyntaxKind.VariableDeclaration;
const IDENTIFIER = ts.SyntaxKind.Identifier;
const CALL_EXPRESSION = ts.SyntaxKind.CallExpression;
const NEW_EXPRESSION = ts.SyntaxKind.NewExpression;
const CLASS_DECLARATION = ts.SyntaxKind.ClassDeclaration;
const OBJECT_LITERAL_EXPRESSION = ts.SyntaxKind.ObjectLiteralExpression;
const forEachChild = ts.forEachChild;
const PARENTHESIZED_EXPRESSION = ts.SyntaxKind.ParenthesizedExpression;
const AWAIT_EXPRESSION = ts.SyntaxKind.AwaitExpression;
const AS_EXPRESSION = ts.SyntaxKind.AsExpression;

/** Builds the route model of a file. */
export function buildRouteModel(sourceFile: ts.SourceFile): RouteModel {
  const imports = importResolverFor(sourceFile);
  const bound = new Map<string, { framework: Framework; app: boolean }>();
  const collected: Collected = { routes: [], uses: [], apps: [], nestGlobal: [] };
  const text = sourceFile.text;
  // Module names are string literals, which the parser lists with the file's names: a file without
  // the name cannot import it, and its text is not searched.
  const names = identifiersOf(sourceFile);
  const mayImport = (modules: readonly string[]): boolean => names === undefined || hasAny(names, modules);
  const defaultFramework: Framework =
    mayImport(['fastify']) && /from\s+['"]fastify['"]|require\(\s*['"]fastify['"]\s*\)/.test(text)
      ? 'fastify'
      : mayImport(KOA_MODULES) && /from\s+['"](?:koa|@koa\/router|koa-router)['"]|require\(\s*['"](?:koa|@koa\/router|koa-router)['"]\s*\)/.test(text)
        ? 'koa'
        : 'express';

  const frameworkOf = (receiver: string): Framework => {
    const known = bound.get(receiver);
    if (known !== undefined) return known.framework;
    if (receiver === 'fastify' || receiver === 'instance') return 'fastify';
    return defaultFramework;
  };
  const isReceiver = (name: string): boolean => bound.has(name) || RECEIVER_NAMES.has(name) || RECEIVER_SUFFIX.test(name);
  // A file that imports a server framework registers routes; elsewhere (`api.post('/login', credentials)` in a
  // browser client) only a receiver bound to a framework factory, or an inline handler function, makes a route.
  const serverFile = (names === undefined || hasServerModule(names)) && SERVER_IMPORT.test(text);
  const isHandlerArgument = (receiver: string, node: ts.Expression | undefined): boolean => {
    if (node === undefined) return false;
    const value = skipOuterExpressions(node);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return true;
    if (!serverFile && !bound.has(receiver)) return false;
    return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isCallExpression(value);
  };

  // Dispatches on `node.kind` against constants read once (`ts.is*` and `ts.SyntaxKind` are getters on
  // TypeScript's module object): this runs on every node of every file that may declare routes.
  const visit = (node: ts.Node): void => {
    const kind = node.kind;
    if (kind === VARIABLE_DECLARATION) {
      const declaration = node as ts.VariableDeclaration;
      if (declaration.name.kind === IDENTIFIER && declaration.initializer !== undefined) {
        const factory = factoryOf(declaration.initializer, imports);
        if (factory !== undefined) {
          bound.set(declaration.name.text, factory);
          if (factory.app) addApp(factory.framework, declaration.initializer, declaration.name.text);
        }
      }
    } else if ((kind === CALL_EXPRESSION || kind === NEW_EXPRESSION) && parentSkipping(node).kind !== VARIABLE_DECLARATION) {
      const factory = factoryOf(node as ts.CallExpression | ts.NewExpression, imports);
      if (factory?.app === true && node.parent.kind !== CALL_EXPRESSION) addApp(factory.framework, node as ts.CallExpression | ts.NewExpression, undefined);
    }
    if (kind === CALL_EXPRESSION) callOf(node as ts.CallExpression);
    else if (kind === CLASS_DECLARATION) nestController(node as ts.ClassDeclaration);
    else if (kind === OBJECT_LITERAL_EXPRESSION) nestProvider(node as ts.ObjectLiteralExpression);
  };

  const addApp = (framework: Framework, node: ts.Expression, name: string | undefined): void => {
    const value = skipOuterExpressions(node);
    let options: ts.ObjectLiteralExpression | undefined;
    if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
      const first = value.arguments?.[0];
      if (first !== undefined && ts.isObjectLiteralExpression(skipOuterExpressions(first))) options = skipOuterExpressions(first) as ts.ObjectLiteralExpression;
      const second = value.arguments?.[1];
      if (framework === 'nest' && second !== undefined && ts.isObjectLiteralExpression(skipOuterExpressions(second))) options = skipOuterExpressions(second) as ts.ObjectLiteralExpression;
    }
    collected.apps.push({ framework, node: value, ...(name !== undefined ? { name } : {}), ...(options !== undefined ? { options } : {}) });
  };

  const callOf = (call: ts.CallExpression): void => {
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    if (!HTTP_METHODS.has(method) && !MODEL_METHODS.has(method)) return;
    const target = skipOuterExpressions(callee.expression);
    if (ts.isCallExpression(target) && HTTP_METHODS.has(method)) {
      routeChain(call, method);
      return;
    }
    if (!ts.isIdentifier(target) || !isReceiver(target.text)) return;
    const receiver = target.text;
    const framework = frameworkOf(receiver);
    const args = call.arguments;
    if (HTTP_METHODS.has(method) && args.length >= 2 && isPathLike(args[0]) && isHandlerArgument(receiver, args[args.length - 1])) {
      const rest = args.slice(1);
      let own: ts.Expression[] = rest.slice(0, -1);
      const own2: ChainEntry[] = [];
      if (framework === 'fastify' || (rest.length >= 2 && ts.isObjectLiteralExpression(skipOuterExpressions(rest[0] as ts.Expression)))) {
        const first = skipOuterExpressions(rest[0] as ts.Expression);
        if (ts.isObjectLiteralExpression(first)) {
          own = rest.slice(1, -1);
          own2.push(...fastifyOptions(first));
        }
      }
      const handler = rest[rest.length - 1];
      collected.routes.push({
        receiver, framework, method: method === 'del' ? 'DELETE' : method.toUpperCase(), path: pathText(args[0]) ?? '?', node: call, pos: call.getStart(sourceFile),
        own: [...own2, ...entriesOf(own, imports)], handler,
      });
      return;
    }
    if (method === 'route' && args.length === 1) {
      const options = skipOuterExpressions(args[0] as ts.Expression);
      if (!ts.isObjectLiteralExpression(options)) return;
      const methodValue = propertyValue(options, 'method');
      const url = propertyValue(options, 'url') ?? propertyValue(options, 'path');
      const handler = propertyValue(options, 'handler');
      if (handler === undefined) return;
      const methods = methodValue === undefined ? ['ALL'] : ts.isArrayLiteralExpression(methodValue) ? methodValue.elements.map((e) => pathText(e)?.toUpperCase() ?? '?') : [pathText(methodValue)?.toUpperCase() ?? '?'];
      collected.routes.push({
        receiver, framework: 'fastify', method: methods.join('|'), path: pathText(url) ?? '?', node: call, pos: call.getStart(sourceFile), own: fastifyOptions(options), handler,
      });
      return;
    }
    if (method === 'use' || method === 'register' || method === 'addHook' || method === 'useGlobalGuards' || method === 'useGlobalPipes' || method === 'useGlobalInterceptors') {
      useOf(call, receiver, method, framework);
    }
  };

  /** `app.route('/p').get(mw, h).post(h2)`: called on the outer call of each method. */
  const routeChain = (call: ts.CallExpression, method: string): void => {
    let inner = skipOuterExpressions((call.expression as ts.PropertyAccessExpression).expression);
    for (let guard = 0; guard < 12 && ts.isCallExpression(inner); guard++) {
      const callee = skipOuterExpressions(inner.expression);
      if (!ts.isPropertyAccessExpression(callee)) return;
      if (callee.name.text === 'route') {
        const base = skipOuterExpressions(callee.expression);
        if (!ts.isIdentifier(base) || !isReceiver(base.text) || !isPathLike(inner.arguments[0])) return;
        const args = call.arguments;
        if (args.length === 0) return;
        collected.routes.push({
          receiver: base.text, framework: frameworkOf(base.text), method: method.toUpperCase(), path: pathText(inner.arguments[0]) ?? '?', node: call, pos: call.getStart(sourceFile),
          own: entriesOf(args.slice(0, -1), imports), handler: args[args.length - 1],
        });
        return;
      }
      if (!HTTP_METHODS.has(callee.name.text)) return;
      inner = skipOuterExpressions(callee.expression);
    }
  };

  const fastifyOptions = (options: ts.ObjectLiteralExpression): ChainEntry[] => {
    const out: ChainEntry[] = [];
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name) ?? '';
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      if (FASTIFY_HOOKS.has(key)) out.push(...entriesOf([value], imports));
      else if (key === 'schema') out.push({ node: property, label: 'schema', roles: new Set(['validation']) });
      else if (key === 'config' || key === 'rateLimit') {
        const config = skipOuterExpressions(value);
        if (key === 'rateLimit' || (ts.isObjectLiteralExpression(config) && propertyValue(config, 'rateLimit') !== undefined)) {
          out.push({ node: property, label: 'config.rateLimit', roles: new Set(['rate-limit']) });
        }
      }
    }
    return out;
  };

  const useOf = (call: ts.CallExpression, receiver: string, method: string, framework: Framework): void => {
    const args = [...call.arguments];
    let prefix: string | undefined;
    const entries: ChainEntry[] = [];
    const mounts: string[] = [];
    const names: string[] = [];
    if (method === 'addHook') {
      const hook = pathText(args[0]);
      const fn = args[1];
      if (hook === undefined || fn === undefined) return;
      if (!FASTIFY_HOOKS.has(hook) && !FASTIFY_LATE_HOOKS.has(hook)) return;
      const entry = chainEntry(fn, imports);
      // Only early hooks protect routes; late hooks can only log.
      const roles = FASTIFY_HOOKS.has(hook) ? new Set(entry.roles) : new Set([...entry.roles].filter((r) => r === 'logging'));
      entries.push({ ...entry, roles });
    } else if (method === 'register') {
      const plugin = args[0];
      if (plugin === undefined) return;
      const options = args[1] === undefined ? undefined : skipOuterExpressions(args[1]);
      const entry = chainEntry(plugin, imports);
      const roles = new Set(entry.roles);
      if (options !== undefined && ts.isObjectLiteralExpression(options)) {
        const global = propertyValue(options, 'global');
        if (global !== undefined && global.kind === ts.SyntaxKind.FalseKeyword) roles.delete('rate-limit');
        const p = pathText(propertyValue(options, 'prefix'));
        if (p !== undefined) prefix = p;
      }
      const pluginValue = skipOuterExpressions(plugin);
      if (ts.isIdentifier(pluginValue)) names.push(pluginValue.text);
      entries.push({ ...entry, roles });
    } else {
      if (isPathLike(args[0]) && method === 'use') prefix = pathText(args.shift());
      for (const argument of args) {
        const value = skipOuterExpressions(argument);
        // koa: app.use(router.routes()), app.use(router.allowedMethods())
        if (ts.isCallExpression(value)) {
          const callee = skipOuterExpressions(value.expression);
          if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'routes' || callee.name.text === 'middleware') && ts.isIdentifier(skipOuterExpressions(callee.expression))) {
            const name = (skipOuterExpressions(callee.expression) as ts.Identifier).text;
            if (bound.has(name)) mounts.push(name);
            else names.push(name);
            continue;
          }
          if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'allowedMethods') continue;
        }
        if (ts.isIdentifier(value) && bound.has(value.text) && bound.get(value.text)?.app === false) {
          mounts.push(value.text);
          continue;
        }
        const entry = chainEntry(argument, imports);
        const roles = new Set(entry.roles);
        if (method === 'useGlobalGuards' && roles.size === 0) roles.add('auth');
        if (method === 'useGlobalPipes' && roles.size === 0 && /Pipe\b/.test(entry.label)) roles.add('validation');
        // An identifier may be a router of another file: its name tells what it serves.
        if (ts.isIdentifier(value) && method === 'use') names.push(value.text);
        entries.push({ ...entry, roles });
      }
    }
    const ordered = framework === 'express' || framework === 'koa';
    collected.uses.push({ receiver, node: call, ...(prefix !== undefined ? { prefix } : {}), entries, mounts, names, ordered: ordered && method === 'use' });
  };

  const nestProvider = (object: ts.ObjectLiteralExpression): void => {
    const provide = propertyValue(object, 'provide');
    if (provide === undefined || !ts.isIdentifier(provide)) return;
    const token = provide.text;
    if (token !== 'APP_GUARD' && token !== 'APP_PIPE' && token !== 'APP_INTERCEPTOR') return;
    const value = propertyValue(object, 'useClass') ?? propertyValue(object, 'useValue') ?? propertyValue(object, 'useExisting');
    if (value === undefined) return;
    const entry = chainEntry(value, imports);
    const roles = new Set(entry.roles);
    if (token === 'APP_GUARD' && roles.size === 0) roles.add('auth');
    if (token === 'APP_PIPE' && roles.size === 0) roles.add('validation');
    collected.nestGlobal.push({ ...entry, roles });
  };

  const nestController = (cls: ts.ClassDeclaration): void => {
    const controller = decoratorsOf(cls).map(decoratorCall).find((d) => d?.name === 'Controller');
    if (controller === undefined) return;
    const first = controller.args[0];
    let prefix = '';
    if (first !== undefined) {
      const value = skipOuterExpressions(first);
      prefix = ts.isObjectLiteralExpression(value) ? (pathText(propertyValue(value, 'path')) ?? '') : (pathText(value) ?? '?');
    }
    const classEntries = nestDecoratorEntries(cls, imports);
    const name = cls.name?.text ?? 'controller';
    for (const member of cls.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      for (const decorator of decoratorsOf(member)) {
        const call = decoratorCall(decorator);
        const method = call === undefined ? undefined : NEST_METHODS.get(call.name);
        if (call === undefined || method === undefined) continue;
        const path = call.args.length === 0 ? '' : (pathText(call.args[0]) ?? '?');
        collected.routes.push({
          receiver: name, framework: 'nest', method, path: joinPath(prefix, path), node: decorator, pos: decorator.getStart(sourceFile),
          own: [...classEntries, ...nestDecoratorEntries(member, imports)], handler: undefined,
        });
        const route = collected.routes[collected.routes.length - 1];
        if (route !== undefined) nestHandlers.set(route, member);
        break;
      }
    }
  };
  const nestHandlers = new Map<Collected['routes'][number], ts.MethodDeclaration>();

  // Every node in pre-order (the engine's list of this file when it is the one being analysed).
  for (const node of fileNodes(sourceFile)) visit(node);

  // File-wide Nest conventions: @Public() means a global auth guard, @SkipThrottle() a global throttler.
  const decoratorNames = new Set<string>();
  const collectDecorators = (node: ts.Node): void => {
    if (ts.isDecorator(node)) {
      const call = decoratorCall(node);
      if (call !== undefined) decoratorNames.add(call.name);
    }
    ts.forEachChild(node, collectDecorators);
  };
  if (collected.routes.some((r) => r.framework === 'nest')) collectDecorators(sourceFile);
  const nestGlobal = [...collected.nestGlobal];
  for (const use of collected.uses) {
    if (/^useGlobal/.test(lastMethod(use.node))) nestGlobal.push(...use.entries);
  }

  const usesOf = (receiver: string): Use[] => collected.uses.filter((u) => u.receiver === receiver);
  /** Whether a `use` with a mount prefix applies to a path (`/api` applies to `/api/patients`, not to `/apiary`). */
  const underPrefix = (prefix: string | undefined, path: string): boolean => {
    if (prefix === undefined || path.includes('?') || prefix.includes('*')) return true;
    const p = joinPath(prefix, '');
    return p === '/' || path === p || path.startsWith(`${p}/`);
  };
  /**
   * The chain a receiver's route at `pos` with `path` (relative to the receiver) gets from outside the route:
   * the receiver's `use`s (before it when order matters, under their prefix), and, for a router of this file
   * mounted elsewhere, the chain of each mount point plus the middleware listed in the mount call.
   */
  const inherited = (receiver: string, pos: number, path: string, depth: number): ChainEntry[] => {
    const out: ChainEntry[] = [];
    if (depth > 6) return out;
    for (const mount of collected.uses) {
      if (!mount.mounts.includes(receiver)) continue;
      const outerPath = joinPath(mount.prefix ?? '', path);
      // The mount call itself is one of the parent's uses at that position: its middleware comes with it.
      out.push(...inherited(mount.receiver, mount.node.getStart(sourceFile), outerPath, depth + 1));
    }
    for (const use of usesOf(receiver)) {
      if (use.ordered && use.node.getStart(sourceFile) > pos) continue;
      if (!underPrefix(use.prefix, path)) continue;
      out.push(...use.entries);
    }
    return out;
  };

  const routes: Route[] = collected.routes.map((raw) => {
    let handler: ts.SignatureDeclaration | undefined;
    let handlerName: string | undefined;
    if (raw.framework === 'nest') {
      const member = nestHandlers.get(raw);
      handler = member;
      handlerName = member === undefined ? undefined : propertyNameOf(member.name);
    } else if (raw.handler !== undefined) {
      const found = handlerOf(raw.handler, sourceFile);
      handler = found.fn;
      handlerName = found.name;
    }
    const chain = raw.framework === 'nest' ? [...nestGlobal, ...raw.own] : [...inherited(raw.receiver, raw.pos, raw.path, 0), ...raw.own];
    if (raw.framework === 'nest') {
      if ([...decoratorNames].some((d) => PUBLIC_DECORATORS.has(d))) {
        const isPublic = handler !== undefined && decoratorsOf(handler).some((d) => PUBLIC_DECORATORS.has(decoratorCall(d)?.name ?? ''));
        if (!isPublic) chain.unshift({ node: raw.node, label: 'global guard (@Public() convention)', roles: new Set(['auth']) });
      }
      if ([...decoratorNames].some((d) => SKIP_THROTTLE_DECORATORS.has(d))) {
        chain.unshift({ node: raw.node, label: 'global throttler (@SkipThrottle() convention)', roles: new Set(['rate-limit']) });
      }
    }
    return {
      framework: raw.framework,
      method: raw.method,
      path: raw.path,
      node: raw.node,
      receiver: raw.receiver,
      chain,
      ...(handler !== undefined ? { handler } : {}),
      ...(handlerName !== undefined ? { handlerName } : {}),
    };
  });
  // Source order; the routes of one `app.route(p).get(…).put(…)` chain share a start and are ordered by end.
  routes.sort((a, b) => a.node.getStart(sourceFile) - b.node.getStart(sourceFile) || a.node.getEnd() - b.node.getEnd());
  return { routes, apps: collected.apps, uses: collected.uses, nestGlobals: nestGlobal };
}

function lastMethod(call: ts.CallExpression): string {
  const callee = skipOuterExpressions(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

function parentSkipping(node: ts.Node): ts.Node {
  let parent = node.parent;
  while (parent !== undefined && (parent.kind === PARENTHESIZED_EXPRESSION || parent.kind === AWAIT_EXPRESSION || parent.kind === AS_EXPRESSION)) parent = parent.parent;
  return parent ?? node;
}

function propertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameOf(property.name) === name) return skipOuterExpressions(property.initializer);
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

/** Imports or requires of server frameworks and their routers. */
const SERVER_IMPORT = /(?:from\s+|require\(\s*)['"](?:express|fastify|koa|@koa\/router|koa-router|@nestjs\/[\w-]+|fastify-plugin|hono|restify)['"]/;
/** The modules of {@link SERVER_IMPORT}, as names a file must have for it to match. */
const SERVER_MODULES: ReadonlySet<string> = new Set(['express', 'fastify', 'koa', '@koa/router', 'koa-router', 'fastify-plugin', 'hono', 'restify']);
function hasServerModule(names: ReadonlyMap<string, string>): boolean {
  for (const name of names.keys()) if (SERVER_MODULES.has(name) || name.startsWith('@nestjs/')) return true;
  return false;
}
const KOA_MODULES: readonly string[] = ['koa', '@koa/router', 'koa-router'];

/** Cheap test: could this file register routes or create an app? */
const ROUTE_HINT = /\.(?:get|post|put|patch|delete|del|all|route|use|register|addHook)\s*\(|@(?:Get|Post|Put|Patch|Delete|All|Controller)\s*\(|NestFactory|express\s*\(|[Ff]astify\s*\(|new\s+Koa\b/;

let lastFile: ts.SourceFile | undefined;
let lastModel: RouteModel | undefined;
const EMPTY: RouteModel = { routes: [], apps: [], uses: [], nestGlobals: [] };

/**
 * The route model of a file, shared by every rule that asks during one
 * analysis (one entry is kept, as for the import resolver).
 */
export function routeModelFor(sourceFile: ts.SourceFile): RouteModel {
  if (sourceFile !== lastFile || lastModel === undefined) {
    lastModel = ROUTE_HINT.test(sourceFile.text) ? buildRouteModel(sourceFile) : EMPTY;
    lastFile = sourceFile;
  }
  return lastModel;
}

/** Whether any entry of a chain has a role. */
export function chainHas(chain: readonly ChainEntry[], role: MiddlewareRole): boolean {
  return chain.some((entry) => entry.roles.has(role));
}

/** How messages name a route: `GET /patients/:id`. */
export function routeLabel(route: Route): string {
  return `${route.method} ${route.path}`;
}

/**
 * The lists {@link nodesOf} made for the handlers of the file of the last route
 * model: several rules walk the same handlers at the end of a file. Dropped when
 * the route model moves to another file (or, for callers without a route model,
 * past {@link HANDLER_NODES_LIMIT} handlers), so no old AST is kept.
 */
const handlerNodes = new Map<ts.SignatureDeclaration, readonly ts.Node[]>();
let handlerNodesFile: ts.SourceFile | undefined;
const HANDLER_NODES_LIMIT = 10_000;

/** Every node inside a handler (its body, nested functions included), depth first, in source order. */
export function nodesOf(handler: ts.SignatureDeclaration): readonly ts.Node[] {
  if (handlerNodesFile !== lastFile || handlerNodes.size > HANDLER_NODES_LIMIT) {
    handlerNodes.clear();
    handlerNodesFile = lastFile;
  }
  const known = handlerNodes.get(handler);
  if (known !== undefined) return known;
  const out: ts.Node[] = [];
  const body = (handler as ts.FunctionLikeDeclaration).body;
  if (body !== undefined) {
    const walk = (node: ts.Node): void => {
      out.push(node);
      forEachChild(node, walk);
    };
    walk(body);
  }
  handlerNodes.set(handler, out);
  return out;
}

/** The words of a route path, parameters without their `Id` suffix: `/patients/:patientId/labs` → patients, patient, labs. */
export function pathWords(path: string): string[] {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    const cleaned = segment.replace(/^:/, '').replace(/[?*+()]/g, '').replace(/^\{|\}$/g, '');
    if (cleaned === '' || /^\$\{/.test(cleaned)) continue;
    const withoutId = segment.startsWith(':') ? cleaned.replace(/_?(?:id|Id|ID|uuid|Uuid)$/, '') : cleaned;
    if (withoutId !== '') out.push(withoutId);
  }
  return out;
}

/** Roots of values a client sends or the response objects: names read off them are not data the handler exposes. */
const REQUEST_ROOTS: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'res', 'response', 'reply', 'event', 'next', 'body', 'params', 'query']);
/** Suffixes of receiver names that are not part of the data's name: `patientRepository`, `this.patientsService`. */
const RECEIVER_NAME_SUFFIX = /[_-]?(?:repository|repo|model|collection|dao|table|entity|store|service|svc|client|api)$/i;

/** What data a handler touches, by name. */
export interface TouchedData {
  readonly categories: readonly DataCategory[];
  /** Where the categories come from, first ones first: `Patient.findById`, `path /patients/:id`, `diagnosis`. */
  readonly evidence: readonly string[];
}

function receiverName(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  if (ts.isCallExpression(value)) {
    // db.collection('patients'), knex('patients'), getRepository(Patient)
    const argument = value.arguments[0] === undefined ? undefined : skipOuterExpressions(value.arguments[0]);
    if (argument !== undefined && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument) || ts.isIdentifier(argument))) return argument.text;
    return undefined;
  }
  if (ts.isIdentifier(value)) return value.text;
  if (ts.isPropertyAccessExpression(value)) return value.name.text;
  return undefined;
}

/**
 * The personal data a route handles, by name: the words of its path
 * (`/patients/:patientId`; credential words there name an operation, not data), the models, repositories and services its handler
 * calls (`Patient.findById`, `this.labResultsRepository.find`,
 * `patientService.get`), and the properties it reads off values that are not
 * the request or the response (`appointment.diagnosis`). Names read off the
 * request (`req.body.email`) are what the client sends, not what it gets.
 */
export function touchedData(route: Route, classify: (name: string) => DataCategory[]): TouchedData {
  const found = new Set<DataCategory>();
  const evidence: string[] = [];
  const add = (categories: readonly DataCategory[], why: string): void => {
    if (categories.length === 0) return;
    for (const category of categories) found.add(category);
    if (!evidence.includes(why)) evidence.push(why);
  };
  const words = pathWords(route.path);
  // Credential words in a path name an operation (`/auth/otp`, `/push-token`), not data the route serves.
  for (const word of words) add(classify(word).filter((c) => c !== 'credentials'), `path ${route.path}`);
  if (route.handler !== undefined) {
    for (const node of nodesOf(route.handler)) {
      if (ts.isCallExpression(node)) {
        const callee = skipOuterExpressions(node.expression);
        if (!ts.isPropertyAccessExpression(callee)) continue;
        const receiver = skipOuterExpressions(callee.expression);
        const root = rootIdentifier(receiver);
        if (root !== undefined && REQUEST_ROOTS.has(root.text)) continue;
        const name = receiverName(receiver);
        if (name === undefined) continue;
        const stripped = name.replace(RECEIVER_NAME_SUFFIX, '');
        if (stripped === '') continue;
        const method = callee.name.text;
        const database = QUERY_METHODS.has(method) || WRITE_METHODS.has(method);
        if (!database && !isRecordName(stripped)) continue;
        add(classify(stripped), `${name}.${method}`);
      } else if (ts.isPropertyAccessExpression(node) && !ts.isCallExpression(node.parent)) {
        const root = rootIdentifier(node.expression);
        if (root === undefined || REQUEST_ROOTS.has(root.text) || node.expression.kind === ts.SyntaxKind.ThisKeyword) continue;
        add(classify(node.name.text), node.name.text);
      }
    }
  }
  return { categories: DATA_CATEGORIES.filter((c) => found.has(c)), evidence };
}

/** The route whose handler contains a node (the innermost function that is a route handler), if any. */
export function enclosingRoute(node: ts.Node, model: RouteModel): Route | undefined {
  if (model.routes.length === 0) return undefined;
  for (let current: ts.Node | undefined = node.parent; current !== undefined; current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    const route = model.routes.find((r) => r.handler === current);
    if (route !== undefined) return route;
  }
  return undefined;
}

/** The receivers whose routes an app serves: the app itself and the routers of this file it mounts, recursively. */
export function receiversOf(app: AppCreation, model: RouteModel): Set<string> {
  const out = new Set<string>();
  if (app.name === undefined) return out;
  const pending = [app.name];
  while (pending.length > 0) {
    const receiver = pending.pop() as string;
    if (out.has(receiver)) continue;
    out.add(receiver);
    for (const use of model.uses) if (use.receiver === receiver) pending.push(...use.mounts);
  }
  return out;
}

/** Whether a Nest route is marked public on purpose (`@Public()`, `@AllowAnonymous()`, `@SkipAuth()`). */
export function isMarkedPublic(route: Route): boolean {
  const handler = route.handler;
  if (route.framework !== 'nest' || handler === undefined) return false;
  return decoratorsOf(handler).some((d) => PUBLIC_DECORATORS.has(decoratorCall(d)?.name ?? ''));
}

/** The prefix a router of this file is mounted at (`app.use('/labs', labs)` → `/labs`), following nested mounts. */
export function mountPrefixOf(receiver: string, model: RouteModel, depth = 0): string {
  if (depth > 6) return '';
  const mount = model.uses.find((use) => use.mounts.includes(receiver));
  if (mount === undefined) return '';
  return joinPath(mountPrefixOf(mount.receiver, model, depth + 1), mount.prefix ?? '');
}
