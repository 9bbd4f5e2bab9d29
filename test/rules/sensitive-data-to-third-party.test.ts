import { sensitiveDataToThirdParty } from '../../src/rules/sensitive-data-to-third-party.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataToThirdParty, {
  valid: [
    { name: 'opaque ids to analytics', code: "analytics.track({ userId: user.id, event: 'Booked', properties: { specialty: visit.specialty } });" },
    { name: 'an error object alone to Sentry', code: "import * as Sentry from '@sentry/node';\nSentry.captureException(err);" },
    { name: 'Sentry user by id', code: 'Sentry.setUser({ id: user.id });' },
    { name: 'email recipients are not content', code: "transporter.sendMail({ to: patient.email, cc: doctor.email, subject: 'Reminder', text: `Hi ${patient.firstName}` });" },
    { name: 'a one-time code by SMS', code: "const sms = twilio(sid, token);\nsms.messages.create({ to: patient.phoneNumber, from, body: `Code ${otp}` });" },
    { name: 'billing data to a payment processor', code: "const stripe = new Stripe(key);\nstripe.customers.create({ email: user.email, name: user.fullName, address: user.billingAddress });" },
    { name: 'a de-identified prompt', code: "const openai = new OpenAI();\nopenai.chat.completions.create({ messages: [{ role: 'user', content: deidentify(visit.notes) }] });" },
    { name: 'the API key header of a vendor call', code: "fetch('https://api.openai.com/v1/models', { headers: { Authorization: `Bearer ${apiKey}` } });" },
    { name: 'an internal API is not a third party', code: "axios.post('/api/patients', { ssn: patient.ssn });" },
    { name: 'a messages.create of an unknown client', code: "client.messages.create({ body: patient.diagnosis });" },
    { name: 'not an SDK: a local analytics helper', code: "track('booked', { diagnosis: visit.diagnosis });" },
  ],
  invalid: [
    {
      name: 'Sentry namespace import, contact data in setUser',
      code: "import * as Sentry from '@sentry/node';\nSentry.setUser({ id: user.id, email: user.email });",
      findings: [
        {
          message: 'Contact data (email) sent to Sentry (error tracking) by Sentry.setUser',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 51,
          snippet: 'Sentry.setUser({ id: user.id, email: user.email })',
          dataCategories: ['contact'],
        },
      ],
    },
    {
      name: 'Sentry under another name, named import',
      code: "import { captureMessage as report } from '@sentry/browser';\nreport(`lookup failed for ${patient.ssn}`);",
      findings: [
        {
          message: 'Government identifier (ssn) sent to Sentry (error tracking) by report',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          snippet: 'report(`lookup failed for ${patient.ssn}`)',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'email content: health data beside the recipient',
      code: "const transporter = nodemailer.createTransport({});\ntransporter.sendMail({ to: patient.email, subject: 'Results', text: `Diagnosis: ${visit.diagnosis}` });",
      findings: [
        {
          message: 'Health data (diagnosis) sent to an SMTP server (email/SMS) by transporter.sendMail',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 103,
          snippet: "transporter.sendMail({ to: patient.email, subject: 'Results', text: `Diagnosis: ${visit.diagnosis}` })",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'an LLM client created by a factory in another scope, whole record in the prompt',
      code: "import Anthropic from '@anthropic-ai/sdk';\nconst llm = new Anthropic();\nexport async function review(patient) {\n  return llm.messages.create({ max_tokens: 300, messages: [{ role: 'user', content: JSON.stringify(patient) }] });\n}",
      filename: 'src/review.js',
      findings: [
        {
          message: 'Health data (patient) sent to Anthropic (LLM API) by llm.messages.create',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 114,
          snippet: "llm.messages.create({ max_tokens: 300, messages: [{ role: 'user', content: JSON.stringify(patient) }] })",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'payments: health data in metadata is not billing data',
      code: "const stripe = require('stripe')(key);\nstripe.paymentIntents.create({ amount, metadata: { email: user.email, diagnosis: visit.diagnosis } });",
      filename: 'src/billing.cjs',
      findings: [
        {
          message: 'Health data (diagnosis) sent to Stripe (payments) by stripe.paymentIntents.create',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 102,
          snippet: 'stripe.paymentIntents.create({ amount, metadata: { email: user.email, diagnosis: visit.diagnosis } })',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'a plain HTTP call to a vendor host',
      code: "await fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ traits: { phone: user.phone } }) });",
      findings: [
        {
          message: 'Contact data (phone) sent to Segment (analytics) by fetch',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 127,
          snippet: "fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ traits: { phone: user.phone } }) })",
          dataCategories: ['contact'],
        },
      ],
    },
  ],
});
