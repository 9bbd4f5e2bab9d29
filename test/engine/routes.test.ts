// The route model (src/engine/code/routes.ts): routes, chains, apps and the
// middleware-role heuristic, asserted as whole summaries per framework.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ts } from '../../src/engine/code/typescript.js';
import { classifyName } from '../../src/engine/code/data-classifier.js';
import { buildRouteModel, pathWords, rolesOfName, touchedData, type RouteModel } from '../../src/engine/code/routes.js';

function model(code: string): { model: RouteModel; sourceFile: ts.SourceFile } {
  const sourceFile = ts.createSourceFile('src/example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return { model: buildRouteModel(sourceFile), sourceFile };
}

/** `METHOD path [receiver] handler: chain-label{roles}, …` for each route. */
function summary(code: string): string[] {
  const { model: m } = model(code);
  return m.routes.map((r) => {
    const chain = r.chain.map((e) => `${e.label}{${[...e.roles].sort().join('+')}}`).join(', ');
    return `${r.framework} ${r.method} ${r.path} [${r.receiver}] ${r.handlerName ?? (r.handler !== undefined ? 'inline' : '-')}: ${chain}`;
  });
}

describe('route model: Express', () => {
  test('route middleware, app-level use in order, prefixes, mounts of routers of the file', () => {
    const code = [
      "import express from 'express';",
      "import passport from 'passport';",
      "import { requireRole } from './middleware/permissions';",
      'const app = express();',
      'const admin = express.Router();',
      "app.get('/early', (req, res) => res.end());",
      "app.use(passport.authenticate('session'));",
      "app.use('/admin', requireRole('admin'));",
      "app.get('/patients/:id', getPatient);",
      "admin.get('/audit', (req, res) => res.end());",
      "app.use('/admin', checkJwt, admin);",
      "app.route('/records/:id').get(limiter, (req, res) => res.end()).put((req, res) => res.end());",
      'function getPatient(req, res) { res.end(); }',
    ].join('\n');
    assert.deepEqual(summary(code), [
      'express GET /early [app] inline: ',
      'express GET /patients/:id [app] getPatient: passport.authenticate{auth}',
      'express GET /audit [admin] inline: passport.authenticate{auth}, requireRole{auth}, checkJwt{auth}',
      'express GET /records/:id [app] inline: passport.authenticate{auth}, limiter{rate-limit}',
      'express PUT /records/:id [app] inline: passport.authenticate{auth}',
    ]);
  });

  test('apps, uses and mounts', () => {
    const { model: m } = model(
      "import express from 'express';\nimport morgan from 'morgan';\nexport const app = express();\nconst api = express.Router();\napp.use(morgan('tiny'));\napp.use('/api/patients', api);\napp.use('/legacy', patientsRouter);",
    );
    assert.deepEqual(m.apps.map((a) => `${a.framework} ${a.name}`), ['express app']);
    assert.deepEqual(
      m.uses.map((u) => `${u.receiver} ${u.prefix ?? '-'} [${u.entries.map((e) => `${e.label}{${[...e.roles].join('+')}}`).join(', ')}] mounts=${u.mounts.join(',')} names=${u.names.join(',')}`),
      ['app - [morgan{logging}] mounts= names=', 'app /api/patients [] mounts=api names=', 'app /legacy [patientsRouter{}] mounts= names=patientsRouter'],
    );
  });

  test('a browser API client is not a route table', () => {
    assert.deepEqual(summary("export const login = (credentials) => api.post('/login', credentials);\nexport const list = () => api.get('/patients', { params });"), []);
  });
});

describe('route model: Fastify, Koa, NestJS', () => {
  test('Fastify route options, route(), hooks and plugins (order does not matter)', () => {
    const code = [
      "import Fastify from 'fastify';",
      "import rateLimit from '@fastify/rate-limit';",
      'const server = Fastify({ logger: true });',
      "server.get('/a', { onRequest: [server.authenticate], schema: { body } }, async () => ({}));",
      "server.route({ method: ['POST', 'PUT'], url: '/b', preHandler: verifyJwt, config: { rateLimit: { max: 1 } }, handler: async () => ({}) });",
      "server.addHook('onResponse', auditHook);",
      'server.register(rateLimit, { global: false });',
    ].join('\n');
    assert.deepEqual(summary(code), [
      'fastify GET /a [server] inline: auditHook{logging}, rateLimit{}, server.authenticate{auth}, schema{validation}',
      'fastify POST|PUT /b [server] inline: auditHook{logging}, rateLimit{}, verifyJwt{auth}, config.rateLimit{rate-limit}',
    ]);
  });

  test('Koa routers mounted with routes()', () => {
    const code = [
      "import Koa from 'koa';",
      "import Router from '@koa/router';",
      "import jwt from 'koa-jwt';",
      'const app = new Koa();',
      'const router = new Router();',
      "app.use(jwt({ secret: 's' }));",
      "router.post('/login', async (ctx) => { ctx.body = 1; });",
      'app.use(router.routes());',
    ].join('\n');
    assert.deepEqual(summary(code), ['koa POST /login [router] inline: jwt{auth}']);
  });

  test('Nest controllers: prefixes, class and method guards, same-file globals, @Public convention', () => {
    const code = [
      "@Module({ providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }] })",
      'export class AppModule {}',
      "@Controller('patients')",
      "@UseGuards(AuthGuard('jwt'))",
      'export class PatientsController {',
      "  @Get(':id')",
      '  find(@Param() id: string) { return id; }',
      "  @Post()",
      '  @UsePipes(new ValidationPipe())',
      '  create(@Body() dto: CreateDto) { return dto; }',
      '}',
      '@Controller()',
      'export class OpenController {',
      '  @Public()',
      "  @Get('health')",
      '  health() { return 1; }',
      '}',
    ].join('\n');
    assert.deepEqual(summary(code), [
      'nest GET /patients/:id [PatientsController] find: global guard (@Public() convention){auth}, ThrottlerGuard{rate-limit}, AuthGuard{auth}',
      'nest POST /patients [PatientsController] create: global guard (@Public() convention){auth}, ThrottlerGuard{rate-limit}, AuthGuard{auth}, ValidationPipe{validation}',
      'nest GET /health [OpenController] health: ThrottlerGuard{rate-limit}',
    ]);
  });
});

describe('middleware roles by name', () => {
  test('authentication, authorization, rate limiting, validation, logging', () => {
    const roles = (name: string): string => [...rolesOfName(name)].sort().join('+');
    assert.deepEqual(
      ['requireAuth', 'isAuthenticated', 'ensureLoggedIn', 'verifyToken', 'checkJwt', 'requireRole', 'checkPermissions', 'can', 'JwtAuthGuard', 'requiresAuth'].map(roles),
      ['auth', 'auth', 'auth', 'auth', 'auth', 'auth', 'auth', 'auth', 'auth', 'auth'],
    );
    assert.deepEqual(['loginLimiter', 'rateLimit', 'RateLimit', 'slowDown', 'ThrottlerGuard'].map(roles), ['rate-limit', 'rate-limit', 'rate-limit', 'rate-limit', 'rate-limit']);
    assert.deepEqual(['validateBody', 'celebrate', 'ValidationPipe', 'checkSchema'].map(roles), ['validation', 'validation', 'validation', 'validation']);
    assert.deepEqual(['requestLog', 'accessLogger', 'auditTrail', 'LoggingInterceptor', 'morgan'].map(roles), ['logging', 'logging', 'logging', 'logging', 'logging']);
    assert.deepEqual(['json', 'helmet', 'cors', 'errorHandler', 'bodyLimit', 'session', 'compression'].map(roles), ['', '', '', '', '', '', '']);
  });
});

describe('what a route touches', () => {
  test('path words without Id suffixes', () => {
    assert.deepEqual(pathWords('/api/patients/:patientId/lab-results/:id'), ['api', 'patients', 'patient', 'lab-results']);
  });

  test('models, repositories, services and fields; not what the request carries', () => {
    const { model: m } = model(
      [
        "import express from 'express';",
        'const router = express.Router();',
        "router.post('/visits/:id/close', async (req, res) => {",
        '  const visit = await Visit.findById(req.params.id);',
        '  visit.diagnosis = String(req.body.diagnosis);',
        '  await this.patientRepository.save(visit);',
        '  res.json({ email: req.body.email });',
        '});',
      ].join('\n'),
    );
    const route = m.routes[0];
    assert.ok(route !== undefined);
    assert.deepEqual(touchedData(route, (name) => classifyName(name)), { categories: ['health'], evidence: ['diagnosis', 'patientRepository.save'] });
  });
});
