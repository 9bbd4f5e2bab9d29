import { staticInitializationVector } from '../../src/rules/static-initialization-vector.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(staticInitializationVector, {
  valid: [
    { name: 'a random IV', code: 'const iv = crypto.randomBytes(16);\ncrypto.createCipheriv(\'aes-256-cbc\', key, iv);' },
    { name: 'a buffer filled with random bytes after it is created', code: 'const iv = new Uint8Array(12);\ncrypto.getRandomValues(iv);\ncrypto.subtle.encrypt({ name: \'AES-GCM\', iv }, key, data);' },
    { name: 'a counter nonce', code: 'const nonce = Buffer.alloc(12);\nnonce.writeUInt32BE(counter, 8);\ncrypto.createCipheriv(\'aes-256-gcm\', key, nonce);' },
    { name: 'no IV for ECB or RC4', code: 'crypto.createCipheriv(\'rc4\', key, \'\');\ncrypto.createCipheriv(\'aes-128-ecb\', key, null);' },
    { name: 'decipher (the IV comes with the ciphertext)', code: 'crypto.createDecipheriv(\'aes-256-cbc\', key, Buffer.alloc(16));' },
    { name: 'an IV parameter', code: 'function seal(key: Buffer, iv: Buffer) { return crypto.createCipheriv(\'aes-256-gcm\', key, iv); }' },
  ],
  invalid: [
    {
      name: 'Buffer.alloc(16)',
      code: 'const c = crypto.createCipheriv(\'aes-256-cbc\', key, Buffer.alloc(16));',
      findings: [
        {
          message: 'Constant IV passed to createCipheriv(): Buffer.alloc(16) (all zeros); use crypto.randomBytes() for every message',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 70,
          snippet: 'crypto.createCipheriv(\'aes-256-cbc\', key, Buffer.alloc(16))',
        },
      ],
    },
    {
      name: 'a module constant',
      code: 'const IV = Buffer.from(\'000102030405060708090a0b0c0d0e0f\', \'hex\');\nexport const seal = (k: Buffer) => crypto.createCipheriv(\'aes-256-ctr\', k, IV);',
      findings: [
        {
          message: 'Constant IV passed to createCipheriv(): IV = Buffer.from(<constant string>); use crypto.randomBytes() for every message',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 79,
          snippet: 'crypto.createCipheriv(\'aes-256-ctr\', k, IV)',
        },
      ],
    },
    {
      name: 'a string literal',
      code: 'crypto.createCipheriv(\'aes-128-cbc\', key, \'abcdefghijklmnop\');',
      findings: [
        {
          message: 'Constant IV passed to createCipheriv(): a string literal; use crypto.randomBytes() for every message',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 62,
          snippet: 'crypto.createCipheriv(\'aes-128-cbc\', key, \'abcdefghijklmnop\')',
        },
      ],
    },
    {
      name: 'WebCrypto',
      code: 'const IV = new Uint8Array(12);\nexport const seal = (k: CryptoKey, d: BufferSource) => crypto.subtle.encrypt({ name: \'AES-GCM\', iv: IV }, k, d);',
      findings: [
        {
          message: 'Constant IV passed to crypto.subtle.encrypt(): IV = new Uint8Array(12) (all zeros); use crypto.getRandomValues() for every message',
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 112,
          snippet: 'crypto.subtle.encrypt({ name: \'AES-GCM\', iv: IV }, k, d)',
        },
      ],
    },
  ],
});
