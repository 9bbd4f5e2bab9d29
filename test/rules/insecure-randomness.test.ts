import { insecureRandomness } from '../../src/rules/insecure-randomness.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(insecureRandomness, {
  valid: [
    { name: 'crypto.randomBytes for a token', code: 'const resetToken = crypto.randomBytes(32).toString(\'hex\');' },
    { name: 'a shuffle index', code: 'const index = Math.floor(Math.random() * items.length);' },
    { name: 'retry jitter', code: 'const jitter = Math.random() * 250;' },
    { name: 'a React key', filename: 'src/Row.tsx', code: 'const row = <li key={Math.random()}>{label}</li>;' },
    { name: 'a request id (tracing, not security)', code: 'const requestId = Math.random().toString(36).slice(2);' },
    { name: 'a measure named for tokens', code: 'const tokenCount = Math.ceil(Math.random() * 10);' },
    { name: 'a comparison', code: 'if (Math.random() < 0.1) sampleToken();' },
    { name: 'passed to a function', code: 'setPassword(Math.random());' },
  ],
  invalid: [
    {
      name: 'a reset token',
      code: 'user.resetToken = Math.random().toString(36).substring(2);',
      findings: [
        {
          message: 'Math.random() generates resetToken, but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 58,
          snippet: 'user.resetToken = Math.random().toString(36).substring(2)',
        },
      ],
    },
    {
      name: 'an OTP returned by a function',
      code: 'function generateOtp() {\n  return Math.floor(100000 + Math.random() * 900000).toString();\n}',
      findings: [
        {
          message: 'Math.random() generates generateOtp(), but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 65,
          snippet: 'return Math.floor(100000 + Math.random() * 900000).toString();',
        },
      ],
    },
    {
      name: 'characters picked in a loop',
      code: 'let apiKey = \'\';\nfor (let i = 0; i < 32; i++) apiKey += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];',
      findings: [
        {
          message: 'Math.random() generates apiKey, but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 93,
          snippet: 'apiKey += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]',
        },
      ],
    },
    {
      name: 'an object property through Array.from',
      code: 'const invite = { invitationCode: Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)).join(\'\') };',
      findings: [
        {
          message: 'Math.random() generates invitationCode, but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 106,
          snippet: 'invitationCode: Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)).join(\'\')',
        },
      ],
    },
    {
      name: 'a salt',
      code: 'const salt = `${Math.random()}`;',
      findings: [
        {
          message: 'Math.random() generates salt, but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 32,
          snippet: 'salt = `${Math.random()}`',
        },
      ],
    },
  ],
});
