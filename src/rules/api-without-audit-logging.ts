/**
 * EVD-CODE-048: an API that serves health data and records no access to it —
 * no request or audit logging installed on the application.
 *
 * Looked at: each application a file creates (`express()`, `Fastify()`,
 * `new Koa()`, `NestFactory.create(…)`; see routes.ts). It serves health data
 * when, in the same file:
 * - a route registered on it, or on a router of the file it mounts, handles
 *   data the classifier calls health (`touchedData`: path words, models and
 *   repositories called, fields read); or
 * - it mounts a router or plugin from another file whose name or mount prefix
 *   names health data (`app.use('/api/patients', patientsRouter)`,
 *   `fastify.register(labResultRoutes)`).
 * It is reported, at the creation, when nothing in the file installs request
 * or audit logging: morgan, pino-http, express-winston, express-pino-logger,
 * koa-logger, Fastify's `logger` option, a Nest interceptor named *Logging* or
 * *Audit* (`useGlobalInterceptors`, `APP_INTERCEPTOR`), or any middleware or
 * hook whose name says audit, request log or access log.
 *
 * Limits: one file. A Nest app's controllers live in other files, so a Nest
 * app is only judged on what its own file shows; routers mounted from other
 * files are judged by their names only.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { joinPath, mountPrefixOf, pathWords, receiversOf, routeLabel, routeModelFor, touchedData, type AppCreation, type RouteModel, type Use } from '../engine/code/routes.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { propertyNameOf } from '../engine/code/values.js';

const FRAMEWORK_LABELS = { express: 'Express', fastify: 'Fastify', koa: 'Koa', nest: 'NestJS' } as const;
/** Suffixes of router names that are not part of what they serve: `patientsRouter`, `labRoutes`. */
const ROUTER_SUFFIX = /[_-]?(?:router|routes|route|controller|module|plugin|api|handlers?)$/i;

/** The function (or file) an app is created in: its registrations live there. */
function scopeOf(node: ts.Node): ts.Node {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (ts.isFunctionLike(current) || ts.isSourceFile(current)) return current;
  }
  return node.getSourceFile();
}

/** Whether a node lies inside a scope. */
function inside(node: ts.Node, scope: ts.Node): boolean {
  return node.pos >= scope.pos && node.end <= scope.end;
}

/** The registrations that belong to an app: on its receivers (itself, routers it mounts), in the scope it is created in. */
function usesOf(app: AppCreation, model: RouteModel, receivers: ReadonlySet<string>): Use[] {
  const scope = scopeOf(app.node);
  return model.uses.filter((use) => receivers.has(use.receiver) && (inside(use.node, scope) || ts.isSourceFile(scopeOf(use.node))));
}

/** Whether an app installs request or audit logging. */
function hasRequestLogging(app: AppCreation, uses: readonly Use[], model: RouteModel): boolean {
  if (app.framework === 'fastify' && app.options !== undefined) {
    for (const property of app.options.properties) {
      if (!ts.isPropertyAssignment(property) || propertyNameOf(property.name) !== 'logger') continue;
      const value = skipOuterExpressions(property.initializer);
      if (value.kind !== ts.SyntaxKind.FalseKeyword) return true;
    }
  }
  if (uses.some((use) => use.entries.some((entry) => entry.roles.has('logging')))) return true;
  return model.nestGlobals.some((entry) => entry.roles.has('logging') && inside(entry.node, scopeOf(app.node)));
}

export const apiWithoutAuditLogging = defineRule({
  meta: {
    id: 'EVD-CODE-048',
    slug: 'api-without-audit-logging',
    title: 'API serving health data without request or audit logging',
    description:
      'A file creates an Express, Fastify, Koa or NestJS application that serves health data — routes of the file, or ' +
      'routers it mounts whose names or prefixes name health data (patients, lab results, prescriptions) — and installs ' +
      'no request or audit logging: no morgan, pino-http, express-winston, koa-logger, Fastify `logger` option, ' +
      'Logging/Audit interceptor or audit middleware. Nobody can tell afterwards who read or changed which records. ' +
      'The analysis is per file: routers from other files are judged by their names, and logging installed in another ' +
      'file is not seen.',
    severity: 'medium',
    remediation:
      'Install request logging on the app before the routes (`app.use(pinoHttp())`, `app.use(morgan("combined"))`, ' +
      '`Fastify({ logger: true })`, a Nest `LoggingInterceptor`), recording who (user id), what (method, route, record ' +
      'id), when and the outcome — without request bodies — and keep the logs where they cannot be altered.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
      gdpr: ['Art.32(1)(d)', 'Art.5(2)'],
    },
    rationale: {
      hipaa:
        'Audit controls must record activity in systems that contain ePHI (164.312(b)) so that information system activity can be reviewed (164.308(a)(1)(ii)(D)).',
      gdpr:
        'A record of access is needed to test the effectiveness of security measures (Art.32(1)(d)) and to demonstrate compliance (Art.5(2)).',
    },
    references: [
      'https://www.hhs.gov/hipaa/for-professionals/security/guidance/index.html',
      'https://cwe.mitre.org/data/definitions/778.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
    ],
  },
  create(context) {
    return {
      exit() {
        const model = routeModelFor(context.sourceFile);
        for (const app of model.apps) {
          const receivers = receiversOf(app, model);
          const uses = usesOf(app, model, receivers);
          if (hasRequestLogging(app, uses, model)) continue;
          const served: string[] = [];
          for (const route of model.routes) {
            const mine = app.framework === 'nest' ? route.framework === 'nest' : receivers.has(route.receiver);
            if (!mine) continue;
            if (!touchedData(route, context.classify).categories.includes('health')) continue;
            const prefix = mountPrefixOf(route.receiver, model);
            served.push(prefix === '' || prefix === '/' ? routeLabel(route) : `${route.method} ${joinPath(prefix, route.path)}`);
          }
          for (const use of uses) {
            for (const name of use.names) {
              const stripped = name.replace(ROUTER_SUFFIX, '');
              if (stripped !== '' && context.classify(stripped).includes('health')) served.push(`router ${name}`);
            }
            if (use.prefix !== undefined && pathWords(use.prefix).some((w) => context.classify(w).includes('health'))) served.push(`mount ${use.prefix}`);
          }
          if (served.length === 0) continue;
          const unique = [...new Set(served)];
          const listed = unique.slice(0, 3).join(', ') + (unique.length > 3 ? `, and ${unique.length - 3} more` : '');
          const name = app.name === undefined ? '' : ` (${app.name})`;
          context.report({
            node: app.node,
            message: `${FRAMEWORK_LABELS[app.framework]} app${name} serves health data (${listed}) but installs no request or audit logging (morgan, pino-http, an audit middleware or interceptor): access to ePHI is not recorded`,
            dataCategories: ['health'],
          });
        }
      },
    };
  },
});
