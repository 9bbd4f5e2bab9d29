import { sensitiveDataInUrl } from '../../src/rules/sensitive-data-in-url.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataInUrl, {
  valid: [
    { name: 'an opaque id in the path', code: 'fetch(`/api/patients/${patient.id}/orders`);' },
    { name: 'data in the body, not the URL', code: "axios.post('/api/patients', { ssn: patient.ssn, dateOfBirth: patient.dateOfBirth });" },
    { name: 'data in fetch options (body), not the URL', code: "fetch('/api/search', { method: 'POST', body: JSON.stringify({ email: user.email }) });" },
    { name: 'pagination params', code: "axios.get('/api/patients', { params: { page, limit: 20 } });" },
    { name: 'request options: only URL keys count', code: "https.request({ host: 'lab.example', path: '/v2/results', headers: { 'x-patient-email': user.email } });" },
    { name: 'a redirect to an id', code: 'res.redirect(303, `/patients/${patient.id}`);' },
    { name: 'a search param with a neutral name and value', code: "url.searchParams.set('page', String(page));" },
    { name: 'URLSearchParams used as a form body', code: "const form = new URLSearchParams({ email: user.email });\nfetch('/login', { method: 'POST', body: form });" },
    { name: 'OAuth state and code', code: 'new URL(`${base}/callback?code=${code}&state=${state}`);' },
    { name: 'not an HTTP client: a map lookup', code: 'cache.get(`patient:${patient.ssn}`);' },
    { name: 'a Request object: only its URL counts', code: "const init = { headers: req.headers, body: req.body };\nfetch(new Request(location, init));" },
  ],
  invalid: [
    {
      name: 'a URL fragment: in browser history, not in server logs',
      code: 'signinUrl.hash = `/verify?token=${token}`;',
      findings: [
        {
          message: 'Credentials (token) put in a URL by signinUrl.hash (a URL fragment is not sent to servers but stays in browser history)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          snippet: 'signinUrl.hash = `/verify?token=${token}`',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a template literal URL',
      code: 'fetch(`/api/patients?ssn=${patient.ssn}`);',
      findings: [
        {
          message: 'Government identifier (ssn) put in a URL by fetch (URLs are kept in access logs, browser history and Referer headers)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          snippet: 'fetch(`/api/patients?ssn=${patient.ssn}`)',
          dataCategories: ['government-id'],
        },
      ],
    },
    {
      name: 'axios instance with params',
      code: "const lab = axios.create({ baseURL });\nlab.get('/results', { params: { mrn: patient.mrn } });",
      findings: [
        {
          message: 'Health data (mrn) put in a URL by lab.get (URLs are kept in access logs, browser history and Referer headers)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 54,
          snippet: "lab.get('/results', { params: { mrn: patient.mrn } })",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'a URL built in a local, then requested',
      code: "import got from 'got';\nasync function f(patient) {\n  const path = `/orders?dob=${encodeURIComponent(patient.dateOfBirth)}`;\n  return got(base + path);\n}",
      filename: 'src/orders.mjs',
      findings: [
        {
          message: 'Personal data (dateOfBirth) put in a URL by got (URLs are kept in access logs, browser history and Referer headers)',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 26,
          snippet: 'got(base + path)',
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'a search parameter named after the data',
      code: "url.searchParams.append('insuranceId', value);",
      findings: [
        {
          message: 'Health data (insuranceId) put in a URL by url.searchParams.append (URLs are kept in access logs, browser history and Referer headers)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 46,
          snippet: "url.searchParams.append('insuranceId', value)",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'a browser navigation by assignment',
      code: 'window.location.href = `/profile?phone=${user.phoneNumber}`;',
      filename: 'src/profile.tsx',
      findings: [
        {
          message: 'Contact data (phoneNumber) put in a URL by window.location.href (URLs are kept in access logs, browser history and Referer headers)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 60,
          snippet: 'window.location.href = `/profile?phone=${user.phoneNumber}`',
          dataCategories: ['contact'],
        },
      ],
    },
    {
      name: 'a redirect with a status',
      code: 'res.status(302).redirect(301, `/welcome?email=${account.email}`);',
      findings: [
        {
          message: 'Contact data (email) put in a URL by res.status(302).redirect (URLs are kept in access logs, browser history and Referer headers)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 65,
          snippet: 'res.status(302).redirect(301, `/welcome?email=${account.email}`)',
          dataCategories: ['contact'],
        },
      ],
    },
  ],
});
