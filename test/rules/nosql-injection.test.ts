import { nosqlInjection } from '../../src/rules/nosql-injection.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(nosqlInjection, {
  valid: [
    { name: 'a cast value', code: 'User.findOne({ email: String(req.body.email) });' },
    { name: '$eq', code: 'User.findOne({ email: { $eq: req.body.email } });' },
    { name: 'route parameters are strings', code: 'Patient.findOne({ _id: req.params.id });' },
    { name: 'a validated body', code: 'const input = schema.parse(req.body);\nUser.findOne({ email: input.email });' },
    { name: 'Array#find with a callback', code: 'rows.find((r) => r.id === req.body.id);' },
    { name: 'ORM options', code: 'repo.find({ where: { email: req.body.email } });' },
    { name: 'a constant $where', code: 'Patient.find({ $where: \'this.visits > 10\' });' },
    { name: 'a NestJS DTO', code: 'class Dto { email!: string }\nclass C { find(@Body() dto: Dto) { return this.users.findOne({ email: dto.email }); } }' },
  ],
  invalid: [
    {
      name: 'a body field as a filter value',
      code: 'app.post(\'/login\', async (req, res) => { const user = await User.findOne({ email: req.body.email, password: req.body.password }); });',
      findings: [
        {
          message: 'Request input (req.body.email) used as the value of email in the filter of User.findOne(): a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq',
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 129,
          snippet: 'User.findOne({ email: req.body.email, password: req.body.password })',
        },
      ],
    },
    {
      name: 'the whole query string as a filter',
      code: 'router.get(\'/patients\', (req, res) => Patient.find(req.query).then((p) => res.json(p.length)));',
      findings: [
        {
          message: 'Request input (req.query) used as the filter of Patient.find(): a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 62,
          snippet: 'Patient.find(req.query)',
        },
      ],
    },
    {
      name: 'a destructured body field',
      code: 'const { ward } = req.body;\nPatient.deleteMany({ ward });',
      findings: [
        {
          message: 'Request input (req.body.ward) used as the value of ward in the filter of Patient.deleteMany(): a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          snippet: 'Patient.deleteMany({ ward })',
        },
      ],
    },
    {
      name: 'parsed JSON from the request',
      code: 'const filter = JSON.parse(req.query.filter);\nPatient.find(filter);',
      findings: [
        {
          message: 'Request input (req.query.filter) used as the filter of Patient.find(): a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          snippet: 'Patient.find(filter)',
        },
      ],
    },
    {
      name: '$where built from input',
      code: 'Patient.find({ $where: `this.ward == \'${req.query.ward}\'` });',
      findings: [
        {
          message: '$where built from request input (req.query.ward): server-side JavaScript runs whatever the value contains; use query operators instead',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 58,
          snippet: '$where: `this.ward == \'${req.query.ward}\'`',
        },
      ],
    },
    {
      name: 'an untyped NestJS body',
      code: 'class C { search(@Body() filter: any) { return this.records.find(filter); } }',
      findings: [
        {
          message: 'Request input (@Body() filter) used as the filter of records.find(): a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq',
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 73,
          snippet: 'this.records.find(filter)',
        },
      ],
    },
  ],
});
