import { routeWithoutAuthentication } from '../../src/rules/route-without-authentication.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(routeWithoutAuthentication, {
  valid: [
    { name: 'Express route with passport.authenticate', code: "router.get('/patients/:id', passport.authenticate('jwt'), async (req, res) => {\n  res.json(await Patient.findById(req.params.id).select('name'));\n});" },
    { name: 'app-level auth before the route', code: "app.use(requireAuth);\napp.get('/patients/:id', async (req, res) => {\n  res.json(await Patient.findById(req.params.id).select('name'));\n});" },
    { name: 'role check on the route', code: "router.delete('/diagnoses/:id', requireRole('clinician'), async (req, res) => {\n  await Diagnosis.deleteOne({ _id: req.params.id });\n  res.sendStatus(204);\n});" },
    { name: 'express-jwt as a const', code: "import { expressjwt } from 'express-jwt';\nconst checkJwt = expressjwt({ secret: 's', algorithms: ['HS256'] });\nrouter.get('/patients', checkJwt, async (_req, res) => {\n  res.json({ n: await Patient.countDocuments() });\n});" },
    { name: 'middleware imported from a local auth module', code: "import { gate } from './auth/gate';\nrouter.get('/patients', gate, async (_req, res) => {\n  res.json({ n: await Patient.countDocuments() });\n});" },
    { name: 'router mounted behind authentication in the same file', code: "const patients = express.Router();\npatients.get('/:id', async (req, res) => {\n  res.json(await Patient.findById(req.params.id).select('name'));\n});\napp.use('/patients', ensureLoggedIn(), patients);" },
    { name: 'handler checks the principal', code: "router.get('/patients/mine', async (req, res) => {\n  if (!req.user) return res.sendStatus(401);\n  return res.json(await Patient.find({ owner: req.user.id }).select('name'));\n});" },
    { name: 'handler verifies a token itself', code: "router.get('/patients/:id', async (req, res) => {\n  jwt.verify(String(req.headers.authorization), key);\n  res.json(await Patient.findById(req.params.id).select('name'));\n});" },
    { name: 'health probe', code: "app.get('/api/health', async (_req, res) => {\n  res.json({ patients: await Patient.estimatedDocumentCount() });\n});" },
    { name: 'login and signup are public', code: "router.post('/auth/login', async (req, res) => {\n  res.json(await User.findOne({ email: String(req.body.email) }).select('id'));\n});\nrouter.post('/signup', async (req, res) => {\n  res.json(await User.create({ email: String(req.body.email) }));\n});" },
    { name: 'a route that handles no personal data', code: "router.get('/clinics/:id/opening-hours', async (req, res) => {\n  res.json(await Clinic.findById(req.params.id).select('hours'));\n});" },
    { name: 'Fastify onRequest authenticate', code: "fastify.get('/patients/:id', { onRequest: [fastify.authenticate] }, async (request) => Patient.findByPk(request.params.id, { attributes: ['id'] }));" },
    { name: 'Fastify preHandler hook on the instance', code: "fastify.addHook('preHandler', verifyJwt);\nfastify.get('/patients/:id', async (request) => Patient.findByPk(request.params.id, { attributes: ['id'] }));" },
    { name: 'Nest guard on the class', code: "@Controller('patients')\n@UseGuards(AuthGuard('jwt'))\nexport class PatientsController {\n  @Get(':id')\n  find(@Param('id') id: string) {\n    return this.patientsService.find(id);\n  }\n}" },
    { name: 'Nest global guard in the same file', code: "@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n@Controller('patients')\nexport class PatientsController {\n  @Get(':id')\n  find(@Param('id') id: string) {\n    return this.patientsService.find(id);\n  }\n}" },
    { name: 'Nest @Public() convention: a global guard protects the others; the marked one is public on purpose', code: "@Controller('patients')\nexport class PatientsController {\n  @Public()\n  @Get('count')\n  count() {\n    return this.stats.count();\n  }\n  @Get(':id')\n  find(@Param('id') id: string) {\n    return this.patientsService.find(id);\n  }\n}" },
    { name: 'webhook with a signature check', code: "router.post('/webhooks/lab', async (req, res) => {\n  verifySignature(req.headers['x-signature'], req.rawBody);\n  await LabResult.create({ code: String(req.body.code) });\n  res.sendStatus(204);\n});" },
    { name: 'a browser API client is not a route', code: "export const getPatient = (id) => api.get('/patients/' + id, { headers });\nexport const listPatients = () => api.get('/patients', { params: { page: 1 } });" },
  ],
  invalid: [
    {
      name: 'Express route reading a patient with no middleware',
      code: "router.get('/patients/:id', async (req, res) => {\n  const patient = await Patient.findById(req.params.id).select('name');\n  res.json({ name: patient?.name });\n});",
      findings: [
        {
          message: 'GET /patients/:id handles health data (path /patients/:id, Patient.findById) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 3,
          snippet: "router.get('/patients/:id', async (req, res) => {",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'auth installed after the route does not cover it',
      code: "app.get('/lab-results/:patientId', async (req, res) => {\n  res.json({ n: await LabResult.countDocuments({ patient: req.params.patientId }) });\n});\napp.use(passport.authenticate('session'));",
      findings: [
        {
          message: 'GET /lab-results/:patientId handles health data (path /lab-results/:patientId, LabResult.countDocuments) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 3,
          snippet: "app.get('/lab-results/:patientId', async (req, res) => {",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'app.route chain',
      code: "app.route('/prescriptions/:id').put(async (req, res) => {\n  await Prescription.updateOne({ _id: req.params.id }, { dose: String(req.body.dose) });\n  res.sendStatus(204);\n});",
      findings: [
        {
          message: 'PUT /prescriptions/:id handles health data (path /prescriptions/:id, Prescription.updateOne) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 3,
          snippet: "app.route('/prescriptions/:id').put(async (req, res) => {",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'webhook without a signature check',
      code: "router.post('/webhooks/lab', async (req, res) => {\n  await LabResult.create({ code: String(req.body.code) });\n  res.sendStatus(204);\n});",
      findings: [
        {
          message: 'POST /webhooks/lab handles health data (LabResult.create) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 3,
          snippet: "router.post('/webhooks/lab', async (req, res) => {",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Fastify route',
      code: "import Fastify from 'fastify';\nconst server = Fastify();\nserver.get('/patients/:id', async (request) => Patient.findByPk(request.params.id, { attributes: ['id'] }));",
      findings: [
        {
          message: 'GET /patients/:id handles health data (path /patients/:id, Patient.findByPk) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 108,
          snippet: "server.get('/patients/:id', async (request) => Patient.findByPk(request.params.id, { attributes: ['id'] }))",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Koa router with a named handler of the file',
      code: "import Router from '@koa/router';\nconst router = new Router();\nasync function listMedications(ctx) {\n  ctx.body = await db('medications').where({ patient_id: ctx.params.id }).select('name');\n}\nrouter.get('/patients/:id/medications', listMedications);",
      findings: [
        {
          message: 'GET /patients/:id/medications handles health data (path /patients/:id/medications) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 57,
          snippet: "router.get('/patients/:id/medications', listMedications)",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Nest controller without guards',
      code: "@Controller('patients')\nexport class PatientsController {\n  @Get(':id/allergies')\n  allergies(@Param('id') id: string) {\n    return this.allergyRepository.find({ where: { patientId: id } });\n  }\n}",
      findings: [
        {
          message: 'GET /patients/:id/allergies handles health data (path /patients/:id/allergies, allergyRepository.find) with no authentication or authorization in front of its handler: add auth middleware or a guard',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 24,
          snippet: "@Get(':id/allergies')",
          dataCategories: ['health'],
        },
      ],
    },
  ],
});
