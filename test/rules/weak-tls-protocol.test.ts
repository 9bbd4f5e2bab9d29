import { weakTlsProtocol } from '../../src/rules/weak-tls-protocol.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(weakTlsProtocol, {
  valid: [
    { name: 'TLS 1.2', code: 'tls.connect({ host, port, minVersion: \'TLSv1.2\' });' },
    { name: 'negotiated protocol', code: 'https.request({ host, secureProtocol: \'TLS_method\' });' },
    { name: 'excluded weak suites', code: 'tls.createSecureContext({ ciphers: \'HIGH:!aNULL:!MD5:!RC4:!3DES\' });' },
    { name: 'a version from configuration', code: 'tls.connect({ host, minVersion: config.minTls });' },
  ],
  invalid: [
    {
      name: 'minVersion TLSv1',
      code: 'https.createServer({ key, cert, minVersion: \'TLSv1\' });',
      findings: [
        {
          message: 'Weak TLS configuration: minVersion \'TLSv1\' allows a protocol version below TLS 1.2',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 52,
          snippet: 'minVersion: \'TLSv1\'',
        },
      ],
    },
    {
      name: 'SSLv3 method',
      code: 'tls.connect({ host, secureProtocol: \'SSLv3_method\' });',
      findings: [
        {
          message: 'Weak TLS configuration: secureProtocol \'SSLv3_method\' pins a protocol version below TLS 1.2',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 51,
          snippet: 'secureProtocol: \'SSLv3_method\'',
        },
      ],
    },
    {
      name: 'weak ciphers',
      code: 'tls.createSecureContext({ ciphers: \'AES128-SHA:RC4-MD5:EXP-DES-CBC-SHA\' });',
      findings: [
        {
          message: 'Weak TLS configuration: ciphers enable weak suites (RC4-MD5, EXP-DES-CBC-SHA)',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 72,
          snippet: 'ciphers: \'AES128-SHA:RC4-MD5:EXP-DES-CBC-SHA\'',
        },
      ],
    },
    {
      name: 'the default minimum',
      code: 'tls.DEFAULT_MIN_VERSION = \'TLSv1\';',
      findings: [
        {
          message: 'Weak TLS configuration: tls.DEFAULT_MIN_VERSION \'TLSv1\' allows a protocol version below TLS 1.2',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 34,
          snippet: 'tls.DEFAULT_MIN_VERSION = \'TLSv1\'',
        },
      ],
    },
  ],
});
