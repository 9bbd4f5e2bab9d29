import { requestInputWithoutValidation } from '../../src/rules/request-input-without-validation.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(requestInputWithoutValidation, {
  valid: [
    { name: 'zod parse in the handler', code: "router.post('/allergies', async (req, res) => {\n  const input = allergySchema.parse(req.body);\n  res.json(await Allergy.create(input));\n});" },
    { name: 'safeParse in the handler', code: "router.post('/allergies', async (req, res) => {\n  const result = AllergyInput.safeParse(req.body);\n  if (!result.success) return res.sendStatus(400);\n  return res.json(await Allergy.create({ substance: req.body.substance }));\n});" },
    { name: 'Joi validate in the handler', code: "router.put('/visits/:id', async (req, res) => {\n  const { error } = visitSchema.validate(req.body);\n  if (error) return res.sendStatus(400);\n  await Visit.updateOne({ _id: req.params.id }, { notes: req.body.notes });\n  return res.sendStatus(204);\n});" },
    { name: 'celebrate in the chain', code: "router.post('/visits', celebrate({ body: visitBody }), async (req, res) => {\n  res.json(await Visit.create({ notes: req.body.notes }));\n});" },
    { name: 'express-validator chain and validationResult', code: "router.post('/visits', body('notes').isString(), async (req, res) => {\n  if (!validationResult(req).isEmpty()) return res.sendStatus(400);\n  return res.json(await Visit.create({ notes: req.body.notes }));\n});" },
    { name: 'router-level validation middleware', code: "router.use(validateRequest(openApiSpec));\nrouter.post('/visits', async (req, res) => {\n  res.json(await Visit.create({ notes: req.body.notes }));\n});" },
    { name: 'cast field by field', code: "router.put('/contact', async (req, res) => {\n  await Patient.updateOne({ _id: req.params.id }, { email: String(req.body.email), age: Number(req.body.age) });\n  res.sendStatus(204);\n});" },
    { name: 'route parameters only', code: "router.get('/patients/:id', async (req, res) => {\n  res.json({ found: Boolean(await Patient.exists({ _id: req.params.id })) });\n});" },
    { name: 'input used for something else', code: "router.post('/search', async (req, res) => {\n  metrics.increment('search', req.body.kind);\n  res.sendStatus(204);\n});" },
    { name: 'Fastify route schema', code: "fastify.post('/visits', { schema: { body: visitJsonSchema } }, async (request) => Visit.create({ notes: request.body.notes }));" },
    { name: 'Nest DTO class parameter', code: "@Controller('visits')\nexport class VisitsController {\n  @Post()\n  create(@Body() dto: CreateVisitDto) {\n    return this.visits.save({ notes: dto.notes });\n  }\n}" },
    { name: 'Nest UsePipes ValidationPipe', code: "@Controller('visits')\n@UsePipes(new ValidationPipe({ whitelist: true }))\nexport class VisitsController {\n  @Post('search')\n  search(@Body() filter: Record<string, unknown>) {\n    return this.visits.find({ where: filter });\n  }\n}" },
  ],
  invalid: [
    {
      name: 'body field into a Mongoose update',
      code: "router.put('/patients/:id/insurance', async (req, res) => {\n  await Patient.updateOne({ _id: req.params.id }, { insurance: req.body.insurance });\n  res.sendStatus(204);\n});",
      findings: [
        {
          message: 'PUT /patients/:id/insurance passes request input (req.body.insurance) to Patient.updateOne without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 3,
          snippet: "router.put('/patients/:id/insurance', async (req, res) => {",
        },
      ],
    },
    {
      name: 'query object as a filter',
      code: "router.get('/visits', async (req, res) => {\n  const visits = await Visit.find(req.query).select('date');\n  res.json({ total: visits.length });\n});",
      findings: [
        {
          message: 'GET /visits passes request input (req.query) to Visit.find without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 3,
          snippet: "router.get('/visits', async (req, res) => {",
        },
      ],
    },
    {
      name: 'body bound to a local, written with new Model',
      code: "router.post('/visits', async (req, res) => {\n  const input = req.body;\n  const visit = new Visit({ notes: input.notes, patient: input.patient });\n  await visit.save();\n  res.status(201).json({ id: visit.id });\n});",
      findings: [
        {
          message: 'POST /visits passes request input (req.body.notes) to new Visit without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 1,
          column: 1,
          endLine: 6,
          endColumn: 3,
          snippet: "router.post('/visits', async (req, res) => {",
        },
      ],
    },
    {
      name: 'body echoed in the response',
      code: "router.post('/preview', (req, res) => {\n  res.status(200).json({ preview: req.body.letter });\n});",
      findings: [
        {
          message: 'POST /preview passes request input (req.body.letter) to the response (res.status(200).json) without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 3,
          snippet: "router.post('/preview', (req, res) => {",
        },
      ],
    },
    {
      name: 'Koa ctx.request.body',
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.post('/notes', async (ctx) => {\n  await db('notes').insert({ text: ctx.request.body.text });\n  ctx.status = 201;\n});",
      findings: [
        {
          message: "POST /notes passes request input (ctx.request.body.text) to db('notes').insert without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result",
          line: 3,
          column: 1,
          endLine: 6,
          endColumn: 3,
          snippet: "router.post('/notes', async (ctx) => {",
        },
      ],
    },
    {
      name: 'Fastify request.body without a schema',
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/notes', async (request, reply) => {\n  await prisma.note.create({ data: { text: request.body.text } });\n  return reply.code(201).send();\n});",
      findings: [
        {
          message: 'POST /notes passes request input (request.body.text) to prisma.note.create without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 3,
          column: 1,
          endLine: 6,
          endColumn: 3,
          snippet: "app.post('/notes', async (request, reply) => {",
        },
      ],
    },
    {
      name: 'Nest untyped body returned',
      code: "@Controller('notes')\nexport class NotesController {\n  @Post('echo')\n  echo(@Body() body: any) {\n    return body;\n  }\n}",
      findings: [
        {
          message: 'POST /notes/echo passes request input (@Body() body) to the response without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 16,
          snippet: "@Post('echo')",
        },
      ],
    },
  ],
});
