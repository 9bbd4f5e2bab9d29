import { sensitiveDataInBrowserStorage } from '../../src/rules/sensitive-data-in-browser-storage.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataInBrowserStorage, {
  valid: [
    { name: 'an opaque id in localStorage', code: "localStorage.setItem('lastPatientId', patient.id);" },
    { name: 'a preference', code: "sessionStorage.setItem('theme', prefs.theme);" },
    { name: 'a server cookie with httpOnly and secure', code: "res.cookie('session', session.token, { httpOnly: true, secure: true, sameSite: 'strict' });" },
    { name: 'cookie options from a const object literal', code: "const OPTS = { httpOnly: true, secure: true };\nres.cookie('session', token, OPTS);" },
    { name: 'cookie options that cannot be judged', code: "res.cookie('session', token, cookieOptions(req));" },
    { name: 'flags hidden behind a spread', code: "res.cookie('session', token, { ...base, maxAge: 60_000 });" },
    { name: 'Koa defaults httpOnly to on', code: "ctx.cookies.set('token', token, { signed: true });" },
    { name: 'a consent cookie set by script', code: "document.cookie = 'consent=yes; path=/; secure';" },
    { name: 'an encrypted value', code: "localStorage.setItem('draft', encrypt(JSON.stringify(patient)));" },
    { name: 'not browser storage: a Map', code: "cache.set('patient', patient);" },
  ],
  invalid: [
    {
      name: 'a whole record in localStorage, key from a const',
      code: "const KEY = 'currentPatient';\nlocalStorage.setItem(KEY, JSON.stringify(patient));",
      findings: [
        {
          message: 'Health data (patient, currentPatient) stored in localStorage by localStorage.setItem (readable by any script on the page, kept after logout)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 51,
          snippet: 'localStorage.setItem(KEY, JSON.stringify(patient))',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'a token by property assignment in sessionStorage',
      code: 'window.sessionStorage.accessToken = auth.accessToken;',
      filename: 'src/auth.js',
      findings: [
        {
          message: 'Credentials (accessToken) stored in sessionStorage by window.sessionStorage.accessToken (readable by any script on the page, kept after logout)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          snippet: 'window.sessionStorage.accessToken = auth.accessToken',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'Express cookie without secure (httpOnly given)',
      code: "res.cookie('refreshToken', tokens.refresh, { httpOnly: true });",
      findings: [
        {
          message: 'Credentials (refresh, refreshToken) stored in a cookie without secure by res.cookie',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 63,
          snippet: "res.cookie('refreshToken', tokens.refresh, { httpOnly: true })",
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'Express cookie without options, after res.status',
      code: "res.status(200).cookie('patientName', patient.fullName).json({ ok: true });",
      findings: [
        {
          message: 'Personal data (fullName, patientName) stored in a cookie without httpOnly and secure by res.status(200).cookie',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 56,
          snippet: "res.status(200).cookie('patientName', patient.fullName)",
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'a cookie set by script, named after the data',
      code: 'document.cookie = `insuranceId=${value}; path=/; secure`;',
      filename: 'src/banner.tsx',
      findings: [
        {
          message: 'Health data (insuranceId) stored in a cookie set by script by document.cookie (script-set cookies cannot be httpOnly)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 57,
          snippet: 'document.cookie = `insuranceId=${value}; path=/; secure`',
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'IndexedDB object store',
      code: "const store = db.transaction('drafts', 'readwrite').objectStore('drafts');\nstore.add({ id, medications: form.medications });",
      findings: [
        {
          message: 'Health data (medications) stored in IndexedDB by store.add (readable by any script on the page, kept after logout)',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 49,
          snippet: 'store.add({ id, medications: form.medications })',
          dataCategories: ['health'],
        },
      ],
    },
  ],
});
