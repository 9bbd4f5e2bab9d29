import { missingSecurityHeaders } from '../../src/rules/missing-security-headers.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(missingSecurityHeaders, {
  valid: [
    { name: 'Express with helmet', code: 'import express from \'express\';\nimport helmet from \'helmet\';\nconst app = express();\napp.use(helmet());\napp.listen(3000);' },
    { name: 'Express with helmet parts', code: 'const express = require(\'express\');\nconst helmet = require(\'helmet\');\nconst app = express();\napp.use(helmet.hsts({ maxAge: 31536000 }));\napp.use(helmet.contentSecurityPolicy());\nmodule.exports = app;' },
    { name: 'Fastify with @fastify/helmet', code: 'import Fastify from \'fastify\';\nimport helmet from \'@fastify/helmet\';\nconst app = Fastify({ logger: true });\nawait app.register(helmet);\nawait app.listen({ port: 3000 });' },
    { name: 'Koa with koa-helmet', code: 'import Koa from \'koa\';\nimport helmet from \'koa-helmet\';\nconst app = new Koa();\napp.use(helmet());\nexport default app;' },
    { name: 'NestJS with helmet', code: 'import { NestFactory } from \'@nestjs/core\';\nimport helmet from \'helmet\';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(helmet());\n  await app.listen(3000);\n}' },
    { name: 'headers set by hand', code: 'import express from \'express\';\nconst app = express();\napp.use((req, res, next) => {\n  res.setHeader(\'Strict-Transport-Security\', \'max-age=63072000; includeSubDomains\');\n  res.setHeader(\'Content-Security-Policy\', "default-src \'self\'");\n  next();\n});\napp.listen(8080);' },
    { name: 'headers set as an object', code: 'const express = require(\'express\');\nconst app = express();\napp.use((req, res, next) => {\n  res.set({ \'Strict-Transport-Security\': \'max-age=63072000\' });\n  next();\n});\nmodule.exports = app;' },
    { name: 'NestJS on Fastify with @fastify/helmet', code: 'import { NestFactory } from \'@nestjs/core\';\nimport helmet from \'@fastify/helmet\';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule, new FastifyAdapter());\n  await app.register(helmet);\n  await app.listen(3000);\n}' },
    { name: 'lusca', code: 'import express from \'express\';\nimport lusca from \'lusca\';\nconst app = express();\napp.use(lusca({ csp: { policy: { \'default-src\': "\'self\'" } }, hsts: { maxAge: 31536000 } }));\napp.listen(8080);' },
    { name: 'an app neither started nor exported', code: 'import express from \'express\';\nconst app = express();\napp.get(\'/health\', (req, res) => res.send(\'ok\'));' },
    { name: 'an app handed to a setup function of the project', code: 'import express from \'express\';\nimport { configureSecurity } from \'./security\';\nconst app = express();\nconfigureSecurity(app);\napp.listen(3000);' },
    { name: 'a router, not an app', code: 'import { Router } from \'express\';\nexport const router = Router();' },
    { name: 'helmet with its defaults tuned', code: 'import helmet from \'helmet\';\napp.use(helmet({ contentSecurityPolicy: { directives: { \'img-src\': ["\'self\'", \'data:\'] } }, crossOriginEmbedderPolicy: false }));' },
  ],
  invalid: [
    {
      name: 'Express started without helmet',
      code: 'import express from \'express\';\nconst app = express();\napp.use(express.json());\napp.listen(3000);',
      findings: [
        {
          message: 'Express app is started without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
          snippet: 'express()',
        },
      ],
    },
    {
      name: 'Express exported without helmet (CommonJS)',
      code: 'const express = require(\'express\');\nconst app = express();\napp.get(\'/\', (req, res) => res.send(\'ok\'));\nmodule.exports = app;',
      findings: [
        {
          message: 'Express app is exported without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
          snippet: 'express()',
        },
      ],
    },
    {
      name: 'Express behind http.createServer',
      code: 'import express from \'express\';\nimport http from \'node:http\';\nconst app = express();\nhttp.createServer(app).listen(8080);',
      findings: [
        {
          message: 'Express app is started without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 22,
          snippet: 'express()',
        },
      ],
    },
    {
      name: 'Fastify without helmet',
      code: 'import fastify from \'fastify\';\nconst server = fastify();\nserver.get(\'/\', async () => \'ok\');\nawait server.listen({ port: 3000 });',
      findings: [
        {
          message: 'Fastify app is started without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 25,
          snippet: 'fastify()',
        },
      ],
    },
    {
      name: 'Koa exported without helmet',
      code: 'import Koa from \'koa\';\nexport const app = new Koa();',
      findings: [
        {
          message: 'Koa app is exported without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 29,
          snippet: 'new Koa()',
        },
      ],
    },
    {
      name: 'NestJS without helmet',
      code: 'import { NestFactory } from \'@nestjs/core\';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.enableCors({ origin: [\'https://portal.example-health.com\'] });\n  await app.listen(3000);\n}',
      findings: [
        {
          message: 'NestJS app is started without security headers: no helmet (or Content-Security-Policy / Strict-Transport-Security) in this file; install helmet before the routes',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 50,
          snippet: 'NestFactory.create(AppModule)',
        },
      ],
    },
    {
      name: 'helmet with HSTS and CSP off',
      code: 'import express from \'express\';\nimport helmet from \'helmet\';\nconst app = express();\napp.use(helmet({\n  contentSecurityPolicy: false,\n  hsts: false,\n}));\napp.listen(3000);',
      findings: [
        {
          message: 'helmet is configured with Content-Security-Policy turned off (contentSecurityPolicy: false): keep it on and tune its options instead',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 31,
          snippet: 'contentSecurityPolicy: false',
        },
        {
          message: 'helmet is configured with HSTS (Strict-Transport-Security) turned off (hsts: false): keep it on and tune its options instead',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 14,
          snippet: 'hsts: false',
        },
      ],
    },
    {
      name: '@fastify/helmet with CSP off',
      code: 'import Fastify from \'fastify\';\nimport helmet from \'@fastify/helmet\';\nconst app = Fastify();\nawait app.register(helmet, { contentSecurityPolicy: false });\nawait app.listen({ port: 3000 });',
      findings: [
        {
          message: 'helmet is configured with Content-Security-Policy turned off (contentSecurityPolicy: false): keep it on and tune its options instead',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 58,
          snippet: 'contentSecurityPolicy: false',
        },
      ],
    },
  ],
});
