import { permissiveCors } from '../../src/rules/permissive-cors.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(permissiveCors, {
  valid: [
    { name: 'an allow-list with credentials', code: 'import cors from \'cors\';\napp.use(cors({ origin: [\'https://portal.example-health.com\'], credentials: true }));' },
    { name: 'any origin without credentials (public API, documented decision)', code: 'import cors from \'cors\';\napp.use(cors({ origin: \'*\' }));\napp.use(cors());' },
    { name: 'an origin function that checks a list', code: 'import cors from \'cors\';\napp.use(cors({ origin: (origin, cb) => cb(null, ALLOWED.includes(origin)), credentials: true }));' },
    { name: 'NestJS enableCors with a list', code: 'app.enableCors({ origin: [\'https://portal.example-health.com\'], credentials: true });' },
    { name: 'NestJS cors: true (no credentials)', code: 'const app = await NestFactory.create(AppModule, { cors: true });' },
    { name: 'options built elsewhere', code: 'import cors from \'cors\';\napp.use(cors(corsOptions));' },
    { name: 'reflected origin without credentials', code: 'app.use((req, res, next) => {\n  res.setHeader(\'Access-Control-Allow-Origin\', req.headers.origin);\n  next();\n});' },
    { name: 'a checked origin with credentials', code: 'app.use((req, res, next) => {\n  if (ALLOWED.has(req.headers.origin)) res.setHeader(\'Access-Control-Allow-Origin\', ALLOWED_ORIGIN);\n  res.setHeader(\'Access-Control-Allow-Credentials\', \'true\');\n  next();\n});' },
  ],
  invalid: [
    {
      name: 'origin \'*\' with credentials',
      code: 'import cors from \'cors\';\napp.use(cors({ origin: \'*\', credentials: true }));',
      findings: [
        {
          message: 'cors() allows credentials from any origin (origin is \'*\'): any site can read authenticated responses; list the allowed origins',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 49,
          snippet: 'cors({ origin: \'*\', credentials: true })',
        },
      ],
    },
    {
      name: 'origin true (reflects any origin) with credentials',
      code: 'const cors = require(\'cors\');\nconst corsOptions = { origin: true, credentials: true };\napp.use(cors(corsOptions));',
      findings: [
        {
          message: 'cors() allows credentials from any origin (origin is true (reflects any request origin)): any site can read authenticated responses; list the allowed origins',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 26,
          snippet: 'cors(corsOptions)',
        },
      ],
    },
    {
      name: 'an origin callback that always allows',
      code: 'import cors from \'cors\';\napp.use(\n  cors({\n    origin: (origin, callback) => callback(null, true),\n    credentials: true,\n  }),\n);',
      findings: [
        {
          message: 'cors() allows credentials from any origin (origin is a function that allows every origin): any site can read authenticated responses; list the allowed origins',
          line: 3,
          column: 3,
          endLine: 6,
          endColumn: 5,
          snippet: 'cors({',
        },
      ],
    },
    {
      name: '@fastify/cors reflecting the origin',
      code: 'import Fastify from \'fastify\';\nimport cors from \'@fastify/cors\';\nconst app = Fastify();\nawait app.register(cors, { origin: true, credentials: true });',
      findings: [
        {
          message: '@fastify/cors allows credentials from any origin (origin is true (reflects any request origin)): any site can read authenticated responses; list the allowed origins',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 62,
          snippet: 'app.register(cors, { origin: true, credentials: true })',
        },
      ],
    },
    {
      name: 'NestJS enableCors',
      code: 'app.enableCors({ origin: true, credentials: true });',
      findings: [
        {
          message: 'enableCors() allows credentials from any origin (origin is true (reflects any request origin)): any site can read authenticated responses; list the allowed origins',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 52,
          snippet: 'app.enableCors({ origin: true, credentials: true })',
        },
      ],
    },
    {
      name: 'NestFactory.create cors options',
      code: 'const app = await NestFactory.create(AppModule, { cors: { origin: \'*\', credentials: true } });',
      findings: [
        {
          message: 'NestFactory.create() cors allows credentials from any origin (origin is \'*\'): any site can read authenticated responses; list the allowed origins',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 94,
          snippet: 'NestFactory.create(AppModule, { cors: { origin: \'*\', credentials: true } })',
        },
      ],
    },
    {
      name: 'Koa @koa/cors with a function echoing the origin',
      code: 'import cors from \'@koa/cors\';\napp.use(cors({ origin: (ctx) => ctx.get(\'Origin\'), credentials: true }));',
      findings: [
        {
          message: 'cors() allows credentials from any origin (origin is a function that allows every origin): any site can read authenticated responses; list the allowed origins',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 72,
          snippet: 'cors({ origin: (ctx) => ctx.get(\'Origin\'), credentials: true })',
        },
      ],
    },
    {
      name: 'manual reflected origin with credentials',
      code: 'app.use((req, res, next) => {\n  res.setHeader(\'Access-Control-Allow-Origin\', req.headers.origin || \'*\');\n  res.setHeader(\'Access-Control-Allow-Credentials\', \'true\');\n  next();\n});',
      findings: [
        {
          message: 'Access-Control-Allow-Origin is set to the request\'s own Origin header together with Access-Control-Allow-Credentials: true: any site can read authenticated responses; check the origin against an allow-list',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 74,
          snippet: 'res.setHeader(\'Access-Control-Allow-Origin\', req.headers.origin || \'*\')',
        },
      ],
    },
  ],
});
