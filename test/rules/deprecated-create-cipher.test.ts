import { deprecatedCreateCipher } from '../../src/rules/deprecated-create-cipher.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(deprecatedCreateCipher, {
  valid: [
    { name: 'createCipheriv', code: 'crypto.createCipheriv(\'aes-256-gcm\', key, iv);' },
    { name: 'node-forge createCipher takes an IV in start()', code: 'forge.cipher.createCipher(\'AES-CBC\', key);' },
    { name: 'a method of another object', code: 'toolkit.createCipher(\'aes\');' },
    { name: 'a bare createCipher that is not imported from crypto', code: 'createCipher(\'aes-256-cbc\', key);' },
  ],
  invalid: [
    {
      name: 'crypto.createCipher',
      code: 'const cipher = crypto.createCipher(\'aes-256-cbc\', passphrase);',
      findings: [
        {
          message: 'createCipher() derives the key and IV from a password with MD5 and reuses the IV for every message; use createCipheriv with a random IV',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 62,
          snippet: 'crypto.createCipher(\'aes-256-cbc\', passphrase)',
        },
      ],
    },
    {
      name: 'imported createDecipher',
      code: 'import { createDecipher } from \'node:crypto\';\nexport const open = (p: string, s: string) => createDecipher(\'aes192\', p).update(s, \'hex\', \'utf8\');',
      findings: [
        {
          message: 'createDecipher() derives the key and IV from a password with MD5 and reuses the IV for every message; use createCipheriv with a random IV',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 74,
          snippet: 'createDecipher(\'aes192\', p)',
        },
      ],
    },
    {
      name: 'with a weak algorithm',
      filename: 'src/legacy.js',
      code: 'const c = require(\'crypto\').createCipher(\'des\', secret);',
      findings: [
        {
          message: 'createCipher() derives the key and IV from a password with MD5 and reuses the IV for every message (and \'des\': DES is a broken cipher); use createCipheriv with a random IV',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 56,
          snippet: 'require(\'crypto\').createCipher(\'des\', secret)',
        },
      ],
    },
  ],
});
