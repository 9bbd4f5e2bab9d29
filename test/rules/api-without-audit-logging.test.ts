import { apiWithoutAuditLogging } from '../../src/rules/api-without-audit-logging.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(apiWithoutAuditLogging, {
  valid: [
    { name: 'morgan installed', code: "import express from 'express';\nimport morgan from 'morgan';\nconst app = express();\napp.use(morgan('combined'));\napp.use('/patients', patientsRouter);" },
    { name: 'pino-http installed', code: "import express from 'express';\nimport pinoHttp from 'pino-http';\nconst app = express();\napp.use(pinoHttp());\napp.get('/patients/:id', getPatient);" },
    { name: 'an audit middleware by name', code: "import express from 'express';\nconst app = express();\napp.use(auditLog);\napp.use('/api/lab-results', labResults);" },
    { name: 'Fastify logger option', code: "import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\napp.register(patientRoutes, { prefix: '/patients' });" },
    { name: 'Nest logging interceptor', code: "const app = await NestFactory.create(AppModule);\napp.useGlobalInterceptors(new LoggingInterceptor());\n@Controller('patients')\nexport class PatientsController {\n  @Get(':id')\n  find(@Param('id') id: string) {\n    return this.patientsService.find(id);\n  }\n}" },
    { name: 'an app that serves no health data', code: "import express from 'express';\nconst app = express();\napp.use('/billing', billingRouter);\napp.get('/status', (_req, res) => res.json({ ok: true }));" },
    { name: 'a Nest app whose controllers are in other files', code: 'const app = await NestFactory.create(AppModule);\nawait app.listen(3000);' },
  ],
  invalid: [
    {
      name: 'Express app mounting a patients router',
      code: "import express from 'express';\nimport { patientsRouter } from './routes/patients';\nexport const app = express();\napp.use(express.json());\napp.use('/api/patients', requireAuth, patientsRouter);",
      findings: [
        {
          message: 'Express app (app) serves health data (router patientsRouter, mount /api/patients) but installs no request or audit logging (morgan, pino-http, an audit middleware or interceptor): access to ePHI is not recorded',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 29,
          snippet: 'express()',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Express app with a local router of health routes',
      code: "import express from 'express';\nconst app = express();\nconst labs = express.Router();\nlabs.get('/:id', async (req, res) => {\n  res.json(await LabResult.findById(req.params.id).select('code'));\n});\napp.use('/labs', labs);\napp.listen(3000);",
      findings: [
        {
          message: 'Express app (app) serves health data (GET /labs/:id) but installs no request or audit logging (morgan, pino-http, an audit middleware or interceptor): access to ePHI is not recorded',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
          snippet: 'express()',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Fastify with the logger off',
      code: "import Fastify from 'fastify';\nconst server = Fastify({ logger: false });\nserver.register(prescriptionRoutes);",
      findings: [
        {
          message: 'Fastify app (server) serves health data (router prescriptionRoutes) but installs no request or audit logging (morgan, pino-http, an audit middleware or interceptor): access to ePHI is not recorded',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 42,
          snippet: 'Fastify({ logger: false })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Koa app',
      code: "import Koa from 'koa';\nimport Router from '@koa/router';\nconst app = new Koa();\nconst router = new Router();\nrouter.get('/patients/:id/diagnoses', async (ctx) => {\n  ctx.body = await db('diagnoses').where({ patient_id: ctx.params.id }).select('code');\n});\napp.use(router.routes());",
      findings: [
        {
          message: 'Koa app (app) serves health data (GET /patients/:id/diagnoses) but installs no request or audit logging (morgan, pino-http, an audit middleware or interceptor): access to ePHI is not recorded',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 22,
          snippet: 'new Koa()',
          dataCategories: ['health'],
        },
      ],
    },
  ],
});
