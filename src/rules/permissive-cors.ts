/**
 * EVD-CODE-051: CORS that lets any web site make credentialed requests.
 *
 * Configurations judged (an options object literal, directly or through a
 * `const`):
 * - the `cors` package / `@koa/cors` (`cors({ … })`), `@fastify/cors`
 *   (`fastify.register(cors, { … })`), NestJS `app.enableCors({ … })` and
 *   `NestFactory.create(AppModule, { cors: { … } })`;
 * - manual headers: `res.setHeader` / `res.set` / `res.header` /
 *   `reply.header` / `ctx.set` of `Access-Control-Allow-Origin` to the
 *   request's own origin (`req.headers.origin`, `req.get('origin')`,
 *   `ctx.get('Origin')`, `request.headers.origin`) or `'*'`, in a function
 *   that also sets `Access-Control-Allow-Credentials` to `true`.
 * Reported when credentials are allowed (`credentials: true`) and the origin
 * is any origin: `'*'` (or a list containing it), `true` (the cors packages
 * reflect the request's origin), or a function that allows every origin
 * (`(origin, cb) => cb(null, true)`, `() => true`). Another site can then
 * read responses made with the user's cookies.
 * Not reported (documented decision): any-origin CORS without credentials
 * (`cors()`, `origin: '*'`): browsers send no cookies or auth headers, which
 * is how public APIs work; and origin functions that look the origin up.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { memberPath, skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, objectProperty, receiverOf } from '../engine/code/values.js';
import { constantBoolean, constantStrings, enclosingFunction, forEachDescendant, isStaticCall, maskedReporter, optionsOf } from '../engine/code/web-auth.js';

const HINTS = ['cors', 'enableCors', 'Access-Control-Allow-Origin', 'NestFactory'];
const CORS_MODULES: ReadonlySet<string> = new Set(['cors', '@koa/cors', 'koa-cors', 'kcors', '@fastify/cors', 'fastify-cors']);
const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'set', 'header', 'append', 'appendHeader']);

/** Why an origin setting allows any origin, or undefined. */
function anyOrigin(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return "'*' (the default)";
  const value = skipOuterExpressions(node);
  if (constantString(value) === '*') return "'*'";
  if (constantStrings(value)?.includes('*') === true) return "a list containing '*'";
  if (constantBoolean(value) === true) return 'true (reflects any request origin)';
  if ((ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && allowsEverything(value)) return 'a function that allows every origin';
  return undefined;
}

/** Whether an origin callback always allows: `(o, cb) => cb(null, true)`, `() => true`, `async () => '*'`, or a body whose every exit does so. */
function allowsEverything(fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  const callback = fn.parameters[1]?.name;
  const callbackName = callback !== undefined && ts.isIdentifier(callback) ? callback.text : undefined;
  const isAllow = (expression: ts.Expression): boolean => {
    const value = skipOuterExpressions(expression);
    if (constantBoolean(value) === true || constantString(value) === '*' || isRequestOrigin(value)) return true;
    const origin = fn.parameters[0]?.name;
    if (origin !== undefined && ts.isIdentifier(origin) && ts.isIdentifier(value) && value.text === origin.text) return true; // the origin echoed back
    if (callbackName !== undefined && ts.isCallExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === callbackName) {
      const allowed = value.arguments[1];
      return allowed !== undefined && isAllow(allowed);
    }
    return false;
  };
  if (!ts.isBlock(fn.body)) return isAllow(fn.body);
  const statements = fn.body.statements;
  if (statements.length !== 1) return false;
  const only = statements[0];
  if (only === undefined) return false;
  if (ts.isReturnStatement(only)) return only.expression !== undefined && isAllow(only.expression);
  return ts.isExpressionStatement(only) && isAllow(only.expression);
}

/** Whether an expression reads the request's Origin header. */
function isRequestOrigin(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (ts.isBinaryExpression(value) && (value.operatorToken.kind === ts.SyntaxKind.BarBarToken || value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    return isRequestOrigin(value.left);
  }
  const path = memberPath(value);
  if (path !== undefined) {
    const last = path[path.length - 1]?.toLowerCase();
    return last === 'origin' && path.some((segment) => segment === 'headers' || segment === 'header');
  }
  if (ts.isCallExpression(value)) {
    const name = calleeName(value);
    const first = value.arguments[0];
    return (name === 'get' || name === 'header' || name === 'getHeader') && first !== undefined && constantString(first)?.toLowerCase() === 'origin';
  }
  return false;
}

/** The header name and value of a header-setting call, or undefined. */
function headerSet(call: ts.CallExpression): { name: string; value: ts.Expression } | undefined {
  const name = calleeName(call);
  if (name === undefined || !HEADER_SETTERS.has(name) || receiverOf(call) === undefined) return undefined;
  const [header, value] = call.arguments;
  if (header === undefined || value === undefined) return undefined;
  const text = constantString(header);
  return text === undefined ? undefined : { name: text.toLowerCase(), value };
}

export const permissiveCors = defineRule({
  meta: {
    id: 'EVD-CODE-051',
    slug: 'permissive-cors',
    title: 'CORS allows any origin with credentials',
    description:
      "The CORS configuration accepts every origin (`'*'`, `origin: true`, an origin function that always allows, or " +
      'the Origin request header echoed back) and also allows credentials. Any web site the user visits can then send ' +
      "requests with the user's cookies and read the responses: patient data included. Any-origin CORS without " +
      'credentials is not reported (public APIs); origin functions that check a list are not judged.',
    severity: 'high',
    remediation:
      "List the origins that may call the API (`origin: ['https://portal.example-health.com']`) or check them against an " +
      'allow-list in the origin function; never combine credentials with a reflected or wildcard origin.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.312(d)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        "Credentialed cross-origin reads from any site bypass the application's access control (164.312(a)(1)) and hand ePHI to third-party pages (164.312(e)(1)) under the user's authenticated identity (164.312(d)).",
      gdpr:
        'Letting any site read authenticated responses breaks the confidentiality of processing systems (Art.32(1)(b)); restrictive CORS is the secure default (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/942.html',
      'https://cwe.mitre.org/data/definitions/346.html',
      'https://github.com/expressjs/cors#configuration-options',
      'https://portswigger.net/web-security/cors',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS) || /access-control-allow-origin/i.test(sourceFile.text);
    const imports = importResolverFor(sourceFile);

    const isCorsModule = (node: ts.Expression | undefined): boolean => {
      if (node === undefined) return false;
      const value = skipOuterExpressions(node);
      const origin = ts.isIdentifier(value) ? imports.name(value.text) : imports.resolve(value);
      return origin !== undefined && CORS_MODULES.has(origin.module);
    };

    /** Reports an options object that allows credentials from any origin. */
    const checkOptions = (node: ts.Node, options: ts.Expression | undefined, where: string): void => {
      const state = optionsOf(options);
      if (state.kind !== 'literal') return;
      if (constantBoolean(objectProperty(state.object, 'credentials')) !== true) return;
      const origin = objectProperty(state.object, 'origin');
      if (origin === undefined && state.object.properties.some((p) => ts.isSpreadAssignment(p))) return;
      const why = anyOrigin(origin);
      if (why === undefined) return;
      reportMasked({ node, message: `${where} allows credentials from any origin (origin is ${why}): any site can read authenticated responses; list the allowed origins` });
    };

    /** Manual headers: the request origin (or '*') as Allow-Origin in a function that also allows credentials. */
    const checkManual = (call: ts.CallExpression, value: ts.Expression): void => {
      const reflected = isRequestOrigin(value);
      if (!reflected && constantString(value) !== '*') return;
      const scope: ts.Node = enclosingFunction(call) ?? sourceFile;
      let credentials = false;
      forEachDescendant(scope, (node) => {
        if (credentials || !ts.isCallExpression(node)) return;
        const header = headerSet(node);
        if (header?.name !== 'access-control-allow-credentials') return;
        credentials = constantString(header.value) === 'true' || constantBoolean(header.value) === true;
      });
      if (!credentials) return;
      reportMasked({
        node: call,
        message: `Access-Control-Allow-Origin is set to ${reflected ? 'the request\'s own Origin header' : "'*'"} together with Access-Control-Allow-Credentials: true: any site can read authenticated responses; check the origin against an allow-list`,
      });
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === 'enableCors') {
          checkOptions(node, node.arguments[0], 'enableCors()');
          return;
        }
        if (name === 'register' && isCorsModule(node.arguments[0])) {
          checkOptions(node, node.arguments[1], '@fastify/cors');
          return;
        }
        if (isStaticCall(node, 'NestFactory', ['create'])) {
          const options = optionsOf(node.arguments[1]);
          if (options.kind === 'literal') checkOptions(node, objectProperty(options.object, 'cors'), 'NestFactory.create() cors');
          return;
        }
        if (name !== undefined && isCorsModule(node.expression)) {
          checkOptions(node, node.arguments[0], `${name}()`);
          return;
        }
        const header = headerSet(node);
        if (header?.name === 'access-control-allow-origin') checkManual(node, header.value);
      },
    };
  },
});
