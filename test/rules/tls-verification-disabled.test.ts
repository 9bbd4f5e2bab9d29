import { tlsVerificationDisabled } from '../../src/rules/tls-verification-disabled.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(tlsVerificationDisabled, {
  valid: [
    { name: 'rejectUnauthorized: true', code: 'new https.Agent({ rejectUnauthorized: true });' },
    { name: 'a computed value is not reported', code: "new https.Agent({ rejectUnauthorized: process.env.TLS_INSECURE !== 'true' });" },
    { name: '0 and null do not disable verification in Node (only the literal false does)', code: 'new https.Agent({ rejectUnauthorized: 0, strictSSL: null });' },
    { name: 'the word in a comment', code: '// rejectUnauthorized: false is only for the local stub\nnew https.Agent({ ca });' },
    { name: 'the words in a string', code: "const hint = 'set rejectUnauthorized: false to test';" },
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED set to 1', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';" },
    { name: 'deleting the variable', code: 'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;' },
    { name: 'reading the variable', code: "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();" },
    { name: 'the default checkServerIdentity', code: 'tls.connect({ checkServerIdentity: tls.checkServerIdentity });' },
    { name: 'a checkServerIdentity with an expression body that may fail', code: 'tls.connect({ checkServerIdentity: (host, cert) => verifyPin(host, cert) });' },
    { name: 'a pinning checkServerIdentity', code: "tls.connect({\n  checkServerIdentity(host, cert) {\n    if (cert.fingerprint256 !== PIN) return new Error('pin mismatch');\n    return undefined;\n  },\n});" },
    { name: 'a checkServerIdentity that throws', code: 'tls.connect({ checkServerIdentity(host, cert) { throw new Error(host); } });' },
    { name: 'a type, not a value', code: 'interface Options { rejectUnauthorized: false }' },
    { name: 'insecure: true is not precise enough to report', code: 'const client = makeClient({ insecure: true });' },
    { name: 'documented limit: destructuring defaults', code: 'const { rejectUnauthorized = false } = options;' },
    { name: 'documented limit: class field initialisers', code: 'class Agent { rejectUnauthorized = false; }' },
  ],
  invalid: [
    {
      name: 'rejectUnauthorized: false in new https.Agent',
      code: 'const agent = new https.Agent({ rejectUnauthorized: false });',
      findings: [
        {
          message: 'TLS certificate verification disabled: rejectUnauthorized is false',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 58,
          snippet: 'rejectUnauthorized: false',
        },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED set to the string 0',
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      findings: [
        {
          message: "TLS certificate verification disabled: NODE_TLS_REJECT_UNAUTHORIZED is set to '0'",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 47,
          snippet: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
        },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED set to the number 0 with bracket access',
      filename: 'src/setup.js',
      code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;",
      findings: [
        {
          message: "TLS certificate verification disabled: NODE_TLS_REJECT_UNAUTHORIZED is set to '0'",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 48,
          snippet: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0",
        },
      ],
    },
    {
      name: 'the global agent',
      code: 'if (dev) {\n  https.globalAgent.options.rejectUnauthorized = false;\n}',
      findings: [
        {
          message: 'TLS certificate verification disabled: rejectUnauthorized is false',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 55,
          snippet: 'https.globalAgent.options.rejectUnauthorized = false',
        },
      ],
    },
    {
      name: 'checkServerIdentity returning undefined',
      code: 'tls.connect({ host, port, checkServerIdentity: () => undefined });',
      findings: [
        {
          message: 'TLS server identity check disabled: checkServerIdentity accepts every certificate',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 63,
          snippet: 'checkServerIdentity: () => undefined',
        },
      ],
    },
    {
      name: 'checkServerIdentity as an empty method',
      filename: 'src/socket.mjs',
      code: 'tls.connect({ host, port, checkServerIdentity() {} });',
      findings: [
        {
          message: 'TLS server identity check disabled: checkServerIdentity accepts every certificate',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 51,
          snippet: 'checkServerIdentity() {}',
        },
      ],
    },
    {
      name: 'checkServerIdentity that only logs (multi-line)',
      code: 'tls.connect({\n  checkServerIdentity: (host, cert) => {\n    log(host, cert.subject);\n  },\n});',
      findings: [
        {
          message: 'TLS server identity check disabled: checkServerIdentity accepts every certificate',
          line: 2,
          column: 3,
          endLine: 4,
          endColumn: 4,
          snippet: 'checkServerIdentity: (host, cert) => {',
        },
      ],
    },
    {
      name: 'strictSSL: false in request options',
      filename: 'src/legacy.cjs',
      code: 'request({ url, json: true, strictSSL: false }, done);',
      findings: [
        {
          message: 'TLS certificate verification disabled: strictSSL is false',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 44,
          snippet: 'strictSSL: false',
        },
      ],
    },
    {
      name: 'superagent disableTLSCerts()',
      code: 'const res = await superagent.get(url).disableTLSCerts();',
      findings: [
        {
          message: 'TLS certificate verification disabled: disableTLSCerts() accepts every certificate',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 56,
          snippet: 'superagent.get(url).disableTLSCerts()',
        },
      ],
    },
    {
      name: 'a minified constant false',
      code: 'axios.create({ httpsAgent: new Agent({ rejectUnauthorized: !1 }) });',
      findings: [
        {
          message: 'TLS certificate verification disabled: rejectUnauthorized is false',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 62,
          snippet: 'rejectUnauthorized: !1',
        },
      ],
    },
    {
      name: 'a child process environment',
      code: "spawn('node', ['job.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      findings: [
        {
          message: "TLS certificate verification disabled: NODE_TLS_REJECT_UNAUTHORIZED is set to '0'",
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 85,
          snippet: "NODE_TLS_REJECT_UNAUTHORIZED: '0'",
        },
      ],
    },
    {
      name: 'a quoted key',
      code: "got(url, { https: { 'rejectUnauthorized': false } });",
      findings: [
        {
          message: 'TLS certificate verification disabled: rejectUnauthorized is false',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 48,
          snippet: "'rejectUnauthorized': false",
        },
      ],
    },
  ],
});
