import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSource } from '../../src/engine/code/index.js';
import { sensitiveDataInLogs } from '../../src/rules/sensitive-data-in-logs.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataInLogs, {
  valid: [
    { name: 'a string literal is prose, not data', code: "console.log('patient created');" },
    { name: 'sensitive words inside a string literal', code: "logger.info('The patient diagnosis and SSN were stored');" },
    { name: 'opaque ids: patient.id and patientId', code: "logger.info('patient created', patient.id, patientId);" },
    { name: 'an id in a template literal', code: 'logger.info(`patient ${patientId} created`);' },
    { name: 'a person noun as key with an id value', code: "logger.info('login', { user: user.id, patient: patientId });" },
    { name: 'ids, counts and totals in an object', code: 'logger.info({ patientId: patient.id, count: patients.length, total: invoice.total });' },
    { name: 'redaction wrappers', code: 'logger.info(redact(patient.ssn), mask(user.email), hash(user.password));' },
    { name: 'a digest chain is a redaction', code: "logger.info('digest', crypto.createHash('sha256').update(user.email).digest('hex'));" },
    { name: 'a local initialised from a redaction call is clean whatever its name', code: 'const ssn = maskSsn(patient.ssn);\nlogger.info(ssn);' },
    { name: 'booleans and comparisons about the data', code: 'console.log(!!patient.ssn, typeof user.email, patient.ssn === undefined);' },
    { name: 'a key does not make a boolean value sensitive', code: 'logger.info({ hasDiagnosis: Boolean(patient.diagnosis), isEmailVerified: user.isEmailVerified });' },
    { name: 'not a sink: metrics', code: 'metrics.increment(patient.ssn);' },
    { name: 'not a logger sink: responses (a later sink kind)', code: 'res.json(patient);' },
    { name: 'not a logger: Math.log', code: 'Math.log(patient.age);' },
    { name: 'names that only look sensitive', code: 'logger.info(tokenizer.next(), file.name, bucketName, passwordPolicyUrl);' },
    { name: 'user name and username are account handles', code: "logger.info('user', user.name, username);" },
    { name: 'a bare log() not created by a logger factory', code: 'log(patient);' },
    { name: 'an unknown receiver', code: 'analytics.info(patient);' },
    { name: 'documented limit: no flow across function boundaries', code: 'const data = patient.ssn;\nfunction later() {\n  logger.info(data);\n}' },
    { name: 'pagination and LLM token counts are not credentials', code: "logger.info('pages', { nextPageToken, maxTokens });" },
    { name: 'server.address() is not a postal address', code: 'logger.info(`listening on ${server.address().port}`);' },
  ],
  invalid: [
    {
      name: 'template literal with a member chain',
      code: 'logger.info(`created ${patient.ssn}`);',
      findings: [
        {
          message: 'Government identifier (ssn) written to a log by logger.info',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 38,
          snippet: 'logger.info(`created ${patient.ssn}`)',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'whole request body',
      code: "app.post('/intake', (req, res) => {\n  console.log('intake', req.body);\n});",
      findings: [
        {
          message: 'Personal data (request body) written to a log by console.log',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 34,
          snippet: "console.log('intake', req.body)",
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'object literal values and keys, this.logger',
      code: "class Visits {\n  close(user, patient) {\n    this.logger.warn('closing', { email: user.email, diagnosis: patient.diagnosis });\n  }\n}",
      findings: [
        {
          message: 'Health data (diagnosis) and contact data (email) written to a log by this.logger.warn',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 85,
          snippet: "this.logger.warn('closing', { email: user.email, diagnosis: patient.diagnosis })",
          dataCategories: ['health', 'contact'],
        },
      ],
    },
    {
      name: 'destructured local',
      code: 'const { ssn } = patient;\nlog.info(ssn);',
      findings: [
        {
          message: 'Government identifier (ssn) written to a log by log.info',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 14,
          snippet: 'log.info(ssn)',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'local initialised from a template literal',
      code: 'function f(p) {\n  const msg = `Patient ${p.diagnosis}`;\n  logger.info(msg);\n}',
      findings: [
        {
          message: 'Health data (diagnosis) written to a log by logger.info',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          snippet: 'logger.info(msg)',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'variable from winston.createLogger',
      code: "const audit = winston.createLogger({ level: 'info' });\naudit.info('charge', { cardNumber: card.number });",
      findings: [
        {
          message: 'Financial data (card.number, cardNumber) written to a log by audit.info',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 50,
          snippet: "audit.info('charge', { cardNumber: card.number })",
          dataCategories: ['financial'],
        },
      ],
    },
    {
      name: 'debug function from require',
      filename: 'src/worker.js',
      code: "const dbg = require('debug')('app:db');\ndbg('loaded %o', user.dateOfBirth);",
      findings: [
        {
          message: 'Personal data (dateOfBirth) written to a log by dbg',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          snippet: "dbg('loaded %o', user.dateOfBirth)",
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'multi-line call',
      code: "logger.info(\n  'admitted',\n  patient.mrn,\n);",
      findings: [
        {
          message: 'Health data (mrn) written to a log by logger.info',
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 2,
          snippet: 'logger.info(',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'JSON.stringify of a spread',
      code: 'console.log(JSON.stringify({ ...patient }));',
      findings: [
        {
          message: 'Health data (patient) written to a log by console.log',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          snippet: 'console.log(JSON.stringify({ ...patient }))',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'more than three names in a category',
      code: 'logger.info(p.firstName, p.lastName, p.fullName, p.dob);',
      findings: [
        {
          message: 'Personal data (firstName, lastName, fullName, …) written to a log by logger.info',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 56,
          snippet: 'logger.info(p.firstName, p.lastName, p.fullName, p.dob)',
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'pino child logger',
      code: "const log = pino();\nconst child = log.child({ svc: 'auth' });\nchild.error(err, { password });",
      findings: [
        {
          message: 'Credentials (password) written to a log by child.error',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 31,
          snippet: 'child.error(err, { password })',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'fastify logger in JavaScript',
      filename: 'src/routes.mjs',
      code: 'fastify.log.warn({ ip: req.ip, geo: lookup(req.ip).location, faceId: body.faceId });',
      findings: [
        {
          message: 'Location data (geo) and biometric data (faceId) written to a log by fastify.log.warn',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 84,
          snippet: 'fastify.log.warn({ ip: req.ip, geo: lookup(req.ip).location, faceId: body.faceId })',
          dataCategories: ['location', 'biometric'],
        },
      ],
    },
    {
      name: 'map over records',
      code: 'logger.debug(results.map((r) => r.genotype));',
      findings: [
        {
          message: 'Genetic data (genotype) written to a log by logger.debug',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
          snippet: 'logger.debug(results.map((r) => r.genotype))',
          dataCategories: ['genetic'],
        },
      ],
    },
    {
      name: 'several categories in category order',
      code: 'logger.info({ phone: c.phone, ssn: c.ssn, bloodType: c.bloodType, iban: c.iban });',
      findings: [
        {
          message: 'Health data (bloodType), government identifier (ssn), contact data (phone) and financial data (iban) written to a log by logger.info',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 82,
          snippet: 'logger.info({ phone: c.phone, ssn: c.ssn, bloodType: c.bloodType, iban: c.iban })',
          dataCategories: ['health', 'government-id', 'contact', 'financial'],
        },
      ],
    },
    {
      name: 'JSX file',
      filename: 'src/form.tsx',
      code: "export const Form = ({ patient }) => {\n  console.log('render', patient);\n  return <div>{patient.id}</div>;\n};",
      findings: [
        {
          message: 'Health data (patient) written to a log by console.log',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 33,
          snippet: "console.log('render', patient)",
          dataCategories: ['health'],
        },
      ],
    },
  ],
});

describe('EVD-CODE-001 with classifier options', () => {
  test('extraNames adds a name and ignoreNames removes one', () => {
    const code = 'logger.info(visit.visitReason, patient.mrn);';
    const result = analyzeSource({ path: 'src/a.ts', text: code }, [sensitiveDataInLogs], {
      classifier: { extraNames: { health: ['visitReason'] }, ignoreNames: ['mrn'] },
    });
    assert.deepEqual(
      result.findings.map((f) => [f.message, f.dataCategories]),
      [['Health data (visitReason) written to a log by logger.info', ['health']]],
    );
  });
});
