/**
 * EVD-CODE-050: a web application started or exported without security
 * headers, or with helmet's HSTS or CSP turned off.
 *
 * Applications: Express `express()`, Fastify `fastify()` / `Fastify()`, Koa
 * `new Koa()`, NestJS `NestFactory.create(…)` — the callee imported from the
 * framework (or, when the file does not import it, spelled like it).
 * An application counts when this file starts it (`app.listen(…)`,
 * `http.createServer(app)`, `express().listen(…)`) or exports it
 * (`export default app`, `export const app = …`, `module.exports = app`,
 * `export { app }`). It is reported when the file installs no
 * security-headers middleware: no helmet (`helmet()`, `helmet.hsts()`, …),
 * `@fastify/helmet` / `fastify-helmet` (`register(helmet)`), `koa-helmet`,
 * lusca, and no `setHeader`/`set`/`header` of `Content-Security-Policy` or
 * `Strict-Transport-Security`. Not reported when the app is handed to
 * another function of the project (`configureSecurity(app)`): the headers
 * may be installed there (other files are not read).
 * Also reported: `helmet({ hsts: false })`, `strictTransportSecurity: false`,
 * `contentSecurityPolicy: false` (constant false), in `helmet(…)` or in the
 * options of a registered helmet plugin.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, propertyNameOf, receiverOf, rootName } from '../engine/code/values.js';
import { constantBoolean, isStaticCall, maskedReporter } from '../engine/code/web-auth.js';

type Framework = 'Express' | 'Fastify' | 'Koa' | 'NestJS';

const HINTS = ['express', 'fastify', 'Fastify', 'Koa', 'NestFactory'];
const HEADER_MODULES: ReadonlySet<string> = new Set(['helmet', 'koa-helmet', '@fastify/helmet', 'fastify-helmet', 'lusca']);
const HEADER_NAMES = new Set(['helmet', 'lusca']);
const SECURITY_HEADERS: ReadonlySet<string> = new Set(['content-security-policy', 'strict-transport-security']);
const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'set', 'header', 'append', 'appendHeader', 'writeHead']);
const DISABLEABLE: Readonly<Record<string, string>> = {
  hsts: 'HSTS (Strict-Transport-Security)',
  strictTransportSecurity: 'HSTS (Strict-Transport-Security)',
  contentSecurityPolicy: 'Content-Security-Policy',
};
/** Calls that take the app without configuring its middleware: servers, API docs, test clients. */
const NEUTRAL_CALLS: ReadonlySet<string> = new Set(['createServer', 'createSecureServer', 'setup', 'createDocument', 'request', 'supertest', 'serverless', 'listen']);

/**
 * Whether a header-setting call sets CSP or HSTS: `res.setHeader('Content-Security-Policy', …)`,
 * or an object of headers (`res.set({ … })`, `res.writeHead(200, { … })`).
 */
function setsSecurityHeader(call: ts.CallExpression): boolean {
  const first = call.arguments[0];
  const header = first === undefined ? undefined : constantString(first);
  if (header !== undefined) return SECURITY_HEADERS.has(header.toLowerCase());
  for (const argument of call.arguments) {
    const object = skipOuterExpressions(argument);
    if (!ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      const key = property.name === undefined ? undefined : propertyNameOf(property.name);
      if (key !== undefined && SECURITY_HEADERS.has(key.toLowerCase())) return true;
    }
  }
  return false;
}

interface App {
  readonly node: ts.Node;
  readonly framework: Framework;
  /** The variable it is stored in, if any. */
  readonly name: string | undefined;
  /** Started or exported by the creating expression itself (`express().listen()`, `export default express()`). */
  readonly direct: 'started' | 'exported' | undefined;
}

export const missingSecurityHeaders = defineRule({
  meta: {
    id: 'EVD-CODE-050',
    slug: 'missing-security-headers',
    title: 'Web application without security headers',
    description:
      'An Express, Fastify, Koa or NestJS application is created and started (or exported) in a file that installs no ' +
      'security-headers middleware (helmet, @fastify/helmet, koa-helmet, lusca) and sets no Content-Security-Policy or ' +
      'Strict-Transport-Security header; or helmet is configured with HSTS or CSP turned off. Without HSTS a ' +
      'first request over plain HTTP can be intercepted and the session taken; without CSP an injected script runs ' +
      'with full access to the page. Apps handed to another function of the project are not reported (the headers ' +
      'may be set there).',
    severity: 'medium',
    remediation:
      'Install helmet before the routes: `app.use(helmet())` (Express, NestJS), `await app.register(helmet)` ' +
      '(Fastify), `app.use(helmet())` from koa-helmet (Koa); keep its HSTS and CSP defaults on, tightening the CSP ' +
      'directives instead of disabling it.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(a)(1)', '164.312(d)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Without HSTS, ePHI and session cookies can travel over downgraded plain-HTTP connections (164.312(e)(1)); without CSP, injected scripts act with the user\'s session and access (164.312(a)(1), 164.312(d)).',
      gdpr:
        'Browser-side protections left off weaken the confidentiality of the processing systems (Art.32(1)(b)); enabling them by default is data protection by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/693.html',
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://helmetjs.github.io/',
      'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS);
    const usesHelmet = relevant || hasAnyIdentifier(sourceFile, ['helmet']);
    const imports = importResolverFor(sourceFile);
    const apps: App[] = [];
    const started = new Set<string>();
    const exported = new Set<string>();
    const handedOff = new Set<string>();
    let headersInstalled = false;

    /** The module a name or member chain comes from, if imported. */
    const moduleOf = (node: ts.Expression): string | undefined => {
      const value = skipOuterExpressions(node);
      const origin = ts.isIdentifier(value) ? imports.name(value.text) : imports.resolve(value);
      return origin?.module;
    };

    // A header module is named in the file (its import, `require`, or the `helmet`/`lusca` identifier), unless
    // spelled with escapes; without any of these no call can install one, and the import look-ups are skipped.
    const text = sourceFile.text;
    const mayNameHeaderModule = text.includes('helmet') || text.includes('lusca') || text.includes('\\u') || text.includes('\\x');

    /** Whether an expression is a security-headers module (or something taken from one). */
    const isHeaderModule = (node: ts.Expression): boolean => {
      if (!mayNameHeaderModule) return false;
      const value = skipOuterExpressions(node);
      const module = moduleOf(value);
      if (module !== undefined) return HEADER_MODULES.has(module);
      const root = rootName(value);
      return root !== undefined && HEADER_NAMES.has(root) && imports.name(root) === undefined;
    };

    const frameworkOf = (node: ts.CallExpression | ts.NewExpression): Framework | undefined => {
      if (ts.isCallExpression(node) && isStaticCall(node, 'NestFactory', ['create'])) return 'NestJS';
      const callee = skipOuterExpressions(node.expression);
      if (!ts.isIdentifier(callee)) return undefined;
      const origin = imports.name(callee.text);
      const module = origin === undefined ? callee.text.toLowerCase() : origin.name === '*' || origin.name === 'fastify' ? origin.module : undefined;
      if (ts.isNewExpression(node)) return module === 'koa' ? 'Koa' : undefined;
      if (module === 'express') return 'Express';
      if (module === 'fastify') return 'Fastify';
      return undefined;
    };

    /** Records an app creation: its variable, and whether the creation itself is started or exported. */
    const recordApp = (node: ts.CallExpression | ts.NewExpression, framework: Framework): void => {
      let holder: ts.Node = node;
      while (holder.parent !== undefined && (ts.isAwaitExpression(holder.parent) || ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent))) {
        holder = holder.parent;
      }
      const parent = holder.parent;
      let name: string | undefined;
      let direct: App['direct'];
      if (parent !== undefined && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
        name = parent.name.text;
        const statement = parent.parent.parent;
        if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true) direct = 'exported';
      } else if (parent !== undefined && ts.isExportAssignment(parent)) {
        direct = 'exported';
      } else if (parent !== undefined && ts.isBinaryExpression(parent) && parent.right === holder && isModuleExports(parent.left)) {
        direct = 'exported';
      } else if (parent !== undefined && ts.isPropertyAccessExpression(parent) && parent.name.text === 'listen') {
        direct = 'started';
      }
      apps.push({ node, framework, name, direct });
    };

    const isModuleExports = (node: ts.Expression): boolean => {
      const root = rootName(node);
      const text = node.getText(sourceFile);
      return root === 'exports' || text === 'module.exports' || text.startsWith('module.exports.');
    };

    const visitCall = (node: ts.CallExpression): void => {
      const name = calleeName(node);
      // Security headers installed by a module or by hand.
      const calleeIsHeaderModule = isHeaderModule(node.expression);
      if (calleeIsHeaderModule || node.arguments.some((a) => ts.isIdentifier(skipOuterExpressions(a)) && isHeaderModule(a))) {
        headersInstalled = true;
      }
      if (name !== undefined && HEADER_SETTERS.has(name) && receiverOf(node) !== undefined && setsSecurityHeader(node)) headersInstalled = true;
      // Apps started, or handed to other code.
      if (name === 'listen') {
        const receiver = receiverOf(node);
        const root = receiver === undefined ? undefined : skipOuterExpressions(receiver);
        if (root !== undefined && ts.isIdentifier(root)) started.add(root.text);
      }
      for (const argument of node.arguments) {
        const value = skipOuterExpressions(argument);
        if (!ts.isIdentifier(value)) continue;
        if (name !== undefined && NEUTRAL_CALLS.has(name)) {
          if (name === 'createServer' || name === 'createSecureServer') started.add(value.text);
        } else if (receiverOf(node) === undefined || rootName(node.expression) !== value.text) {
          handedOff.add(value.text);
        }
      }
      const framework = frameworkOf(node);
      if (framework !== undefined) recordApp(node, framework);
      // helmet({ hsts: false }) / register(helmet, { contentSecurityPolicy: false })
      const optionsIndex = calleeIsHeaderModule ? 0 : name === 'register' && node.arguments[0] !== undefined && isHeaderModule(node.arguments[0]) ? 1 : -1;
      const options = optionsIndex < 0 ? undefined : node.arguments[optionsIndex];
      if (options !== undefined && ts.isObjectLiteralExpression(skipOuterExpressions(options))) {
        for (const property of (skipOuterExpressions(options) as ts.ObjectLiteralExpression).properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const key = propertyNameOf(property.name);
          const header = key === undefined ? undefined : DISABLEABLE[key];
          if (header !== undefined && constantBoolean(property.initializer) === false) {
            reportMasked({ node: property, message: `helmet is configured with ${header} turned off (${key}: false): keep it on and tune its options instead` });
          }
        }
      }
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (usesHelmet) visitCall(node);
      },
      [ts.SyntaxKind.NewExpression](node) {
        if (!relevant) return;
        const framework = frameworkOf(node);
        if (framework !== undefined) recordApp(node, framework);
      },
      [ts.SyntaxKind.ExportAssignment](node) {
        const value = skipOuterExpressions((node as ts.ExportAssignment).expression);
        if (ts.isIdentifier(value)) exported.add(value.text);
      },
      [ts.SyntaxKind.ExportSpecifier](node) {
        const specifier = node as ts.ExportSpecifier;
        exported.add((specifier.propertyName ?? specifier.name).text);
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isModuleExports(node.left)) return;
        const value = skipOuterExpressions(node.right);
        if (ts.isIdentifier(value)) exported.add(value.text);
        if (ts.isObjectLiteralExpression(value)) {
          for (const property of value.properties) {
            if (ts.isShorthandPropertyAssignment(property)) exported.add(property.name.text);
            else if (ts.isPropertyAssignment(property) && ts.isIdentifier(skipOuterExpressions(property.initializer))) {
              exported.add((skipOuterExpressions(property.initializer) as ts.Identifier).text);
            }
          }
        }
      },
      exit() {
        if (headersInstalled) return;
        for (const app of apps) {
          const name = app.name;
          const how = name !== undefined && started.has(name) ? 'started' : (app.direct ?? (name !== undefined && exported.has(name) ? 'exported' : undefined));
          if (how === undefined || (name !== undefined && handedOff.has(name))) continue;
          reportMasked({
            node: app.node,
            message: `${app.framework} app is ${how} without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes`,
          });
        }
      },
    };
  },
});
