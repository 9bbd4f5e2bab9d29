import { massAssignment } from '../../src/rules/mass-assignment.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(massAssignment, {
  valid: [
    { name: 'picked fields', code: 'await Patient.create({ firstName: req.body.firstName, lastName: req.body.lastName });' },
    { name: 'destructured fields', code: 'const { phone, address } = req.body;\nawait Patient.findByIdAndUpdate(req.params.id, { phone, address });' },
    { name: 'validated with a schema first', code: 'const data = patientSchema.parse(req.body);\nawait Patient.create(data);' },
    { name: 'lodash pick', code: "await User.update(pick(req.body, ['displayName']), { where: { id } });" },
    { name: 'filter argument is not the values', code: 'await Patient.updateOne(req.body, { $set: { seen: true } });' },
    { name: 'a copy, not a record', code: 'const copy = Object.assign({}, req.body);\nres.json({ keys: Object.keys(copy) });' },
    { name: 'Map.set with two arguments', code: 'cache.set(req.body, Date.now());\nlookup.set(key, req.body);' },
    { name: 'Nest DTO class', code: "@Controller('users')\nexport class UsersController {\n  @Post()\n  create(@Body() dto: CreateUserDto) {\n    return this.users.save(dto);\n  }\n}" },
    { name: 'Nest single body field', code: "@Controller('users')\nexport class UsersController {\n  @Post()\n  create(@Body('name') name: string) {\n    return this.users.save({ name });\n  }\n}" },
    { name: 'celebrate in the route chain', code: "router.post('/users', celebrate({ body: userBody }), async (req, res) => {\n  res.json(await User.create(req.body));\n});" },
    { name: 'a plain function parameter named body', code: 'export function save(body) {\n  return Patient.create(body);\n}' },
  ],
  invalid: [
    {
      name: 'Model.create(req.body)',
      code: 'export async function register(req, res) {\n  const user = await User.create(req.body);\n  res.json({ id: user.id });\n}',
      findings: [
        {
          message: 'Whole request body (req.body) written by User.create(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 43,
          snippet: 'User.create(req.body)',
        },
      ],
    },
    {
      name: 'spread into findByIdAndUpdate',
      code: 'await Patient.findByIdAndUpdate(req.params.id, { ...req.body, updatedAt: new Date() });',
      findings: [
        {
          message: 'Whole request body (...req.body) written by Patient.findByIdAndUpdate(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 87,
          snippet: 'Patient.findByIdAndUpdate(req.params.id, { ...req.body, updatedAt: new Date() })',
        },
      ],
    },
    {
      name: '$set of the body',
      code: 'await Patient.updateOne({ _id: id }, { $set: req.body });',
      findings: [
        {
          message: 'Whole request body (req.body) written by Patient.updateOne(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 57,
          snippet: 'Patient.updateOne({ _id: id }, { $set: req.body })',
        },
      ],
    },
    {
      name: 'new Model of a local bound to the body',
      code: 'const payload = req.body;\nconst consent = new Consent(payload);',
      findings: [
        {
          message: 'Whole request body (req.body) written by new Consent(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 37,
          snippet: 'new Consent(payload)',
        },
      ],
    },
    {
      name: 'Object.assign into a document',
      code: 'const patient = await Patient.findById(id);\nObject.assign(patient, req.body);\nawait patient.save();',
      findings: [
        {
          message: 'Whole request body (req.body) written by Object.assign(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 33,
          snippet: 'Object.assign(patient, req.body)',
        },
      ],
    },
    {
      name: 'Sequelize update with values first',
      code: 'await User.update(req.body, { where: { id: req.params.id } });',
      findings: [
        {
          message: 'Whole request body (req.body) written by User.update(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 62,
          snippet: 'User.update(req.body, { where: { id: req.params.id } })',
        },
      ],
    },
    {
      name: 'rest of a destructured body',
      code: 'const { id, ...changes } = req.body;\nawait User.update(changes, { where: { id } });',
      findings: [
        {
          message: 'Whole request body (req.body) written by User.update(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 46,
          snippet: 'User.update(changes, { where: { id } })',
        },
      ],
    },
    {
      name: 'Prisma data',
      code: 'await prisma.user.update({ where: { id }, data: req.body });',
      findings: [
        {
          message: 'Whole request body (req.body) written by prisma.user.update(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 60,
          snippet: 'prisma.user.update({ where: { id }, data: req.body })',
        },
      ],
    },
    {
      name: 'Koa ctx.request.body',
      code: "await knex('patients').insert(ctx.request.body);",
      findings: [
        {
          message: "Whole request body (ctx.request.body) written by knex('patients').insert(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys",
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 48,
          snippet: "knex('patients').insert(ctx.request.body)",
        },
      ],
    },
    {
      name: 'TypeORM merge of an untyped Nest body',
      code: "@Controller('patients')\nexport class PatientsController {\n  @Patch(':id')\n  async update(@Param('id') id: string, @Body() changes: Partial<Patient>) {\n    const patient = await this.patients.findOneByOrFail({ id });\n    return this.patients.save(this.patients.merge(patient, changes));\n  }\n}",
      findings: [
        {
          message: 'Whole request body (@Body() changes) written by this.patients.merge(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 68,
          snippet: 'this.patients.merge(patient, changes)',
        },
      ],
    },
    {
      name: 'mongoose doc.set',
      code: 'const doc = await Patient.findById(id);\ndoc.set(req.body);',
      findings: [
        {
          message: 'Whole request body (req.body) written by doc.set(): the client chooses which fields change (role, owner, flags); pick the allowed fields or validate with a schema that strips unknown keys',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 18,
          snippet: 'doc.set(req.body)',
        },
      ],
    },
  ],
});
