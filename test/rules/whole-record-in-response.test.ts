import { wholeRecordInResponse } from '../../src/rules/whole-record-in-response.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(wholeRecordInResponse, {
  valid: [
    { name: 'a projection in the chain', code: "const patient = await Patient.findById(id).select('firstName lastName');\nres.json(patient);" },
    { name: 'a Mongoose projection argument', code: "const patient = await Patient.findOne({ _id: id }, 'firstName');\nres.json({ patient });" },
    { name: 'an exclusion projection', code: 'const patients = await Patient.find({}, { ssn: 0, diagnosis: 0 });\nres.json(patients);' },
    { name: 'Sequelize attributes', code: "const customer = await Customer.findByPk(id, { attributes: ['id', 'displayName'] });\nres.json(customer);" },
    { name: 'Prisma select', code: 'const users = await prisma.user.findMany({ select: { id: true } });\nres.send({ users });' },
    { name: 'SQL with named columns', code: "const { rows } = await pool.query('SELECT id, display_name FROM users');\nres.json(rows);" },
    { name: 'a mapper', code: 'const patient = await Patient.findById(id);\nres.json(toPatientView(patient));' },
    { name: 'chosen fields', code: 'const patient = await Patient.findById(id);\nres.json({ id: patient.id, name: patient.firstName });' },
    { name: 'a model that names no personal data', code: 'const appointment = await Appointment.findById(id);\nres.json(appointment);' },
    { name: 'a local from a service call is not judged', code: 'const patient = await patientService.get(id);\nres.json(patient);' },
    { name: 'Array.prototype.find is not a query', code: 'const patient = patients.find((p) => p.id === id);\nres.json({ found: Boolean(patient) });' },
    { name: 'a value, not a record', code: 'function f(res, diagnosis) {\n  res.json({ diagnosis });\n}' },
  ],
  invalid: [
    {
      name: 'findById, whole',
      code: "router.get('/patients/:id', async (req, res) => {\n  const patient = await Patient.findById(req.params.id);\n  res.json(patient);\n});",
      findings: [
        {
          message: 'Whole record (patient) from Patient.findById returned to the client by res.json: select or map the fields the client needs',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          snippet: 'res.json(patient)',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'find with lean, inside an object',
      code: 'const patients = await Patient.find({ clinicId }).lean();\nres.status(200).json({ data: patients, total: patients.length });',
      findings: [
        {
          message: 'Whole record (patients) from Patient.find returned to the client by res.status(200).json: select or map the fields the client needs',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 65,
          snippet: 'res.status(200).json({ data: patients, total: patients.length })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'SELECT * rows',
      code: "const { rows } = await pool.query(`SELECT * FROM users WHERE id = ${id}`);\nres.send(rows);",
      findings: [
        {
          message: 'Whole record (rows) from query on users returned to the client by res.send: select or map the fields the client needs',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 15,
          snippet: 'res.send(rows)',
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'a person record whose value is not visible (parameter)',
      code: 'export function sendPatient(reply, patient) {\n  return reply.send(patient);\n}',
      filename: 'src/send.mjs',
      findings: [
        {
          message: 'Whole record (patient) returned to the client by reply.send: select or map the fields the client needs',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 29,
          snippet: 'reply.send(patient)',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'Koa body from Sequelize',
      code: 'const customer = await Customer.findByPk(ctx.params.id);\nctx.body = customer;',
      findings: [
        {
          message: 'Whole record (customer) from Customer.findByPk returned to the client by ctx.body: select or map the fields the client needs',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
          snippet: 'ctx.body = customer',
          dataCategories: ['personal'],
        },
      ],
    },
  ],
});
