import { weakKeyDerivation } from '../../src/rules/weak-key-derivation.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(weakKeyDerivation, {
  valid: [
    { name: 'bcrypt cost 12', code: 'bcrypt.hash(password, 12);' },
    { name: 'bcrypt cost from configuration', code: 'bcrypt.hash(password, config.saltRounds);' },
    { name: 'PBKDF2 with 600,000 iterations', code: 'crypto.pbkdf2Sync(password, salt, 600_000, 32, \'sha256\');' },
    { name: 'scrypt defaults', code: 'crypto.scryptSync(password, salt, 64);' },
    { name: 'argon2 defaults', code: 'argon2.hash(password);' },
    { name: 'hash() of something else', code: 'cache.hash(key, 4);' },
  ],
  invalid: [
    {
      name: 'bcrypt cost 8 through a constant',
      code: 'const SALT_ROUNDS = 8;\nexport const hash = (pw: string) => bcrypt.hash(pw, SALT_ROUNDS);',
      findings: [
        {
          message: 'bcrypt cost 8 in hash() is below 10: each extra point doubles the guessing work; use 12',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 65,
          snippet: 'bcrypt.hash(pw, SALT_ROUNDS)',
        },
      ],
    },
    {
      name: 'genSaltSync',
      filename: 'src/users.js',
      code: 'const bcrypt = require(\'bcryptjs\');\nconst salt = bcrypt.genSaltSync(5);',
      findings: [
        {
          message: 'bcrypt cost 5 in genSaltSync() is below 10: each extra point doubles the guessing work; use 12',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 35,
          snippet: 'bcrypt.genSaltSync(5)',
        },
      ],
    },
    {
      name: 'PBKDF2 with 1,000 iterations',
      code: 'crypto.pbkdf2(password, salt, 1000, 64, \'sha512\', done);',
      findings: [
        {
          message: 'PBKDF2 with 1,000 iterations (sha512) in pbkdf2() is below 100,000; OWASP recommends 600,000 for SHA-256',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 56,
          snippet: 'crypto.pbkdf2(password, salt, 1000, 64, \'sha512\', done)',
        },
      ],
    },
    {
      name: 'scrypt N=1024',
      code: 'crypto.scrypt(password, salt, 32, { N: 1024 }, done);',
      findings: [
        {
          message: 'scrypt cost N=1,024 in scrypt() is below 16,384 (2^14); use 2^17',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          snippet: 'crypto.scrypt(password, salt, 32, { N: 1024 }, done)',
        },
      ],
    },
    {
      name: 'argon2 with little memory',
      code: 'import argon2 from \'argon2\';\nexport const h = (pw: string) => argon2.hash(pw, { timeCost: 1, memoryCost: 8192 });',
      findings: [
        {
          message: 'Argon2 with memoryCost 8,192 KiB and timeCost 1 is below OWASP\'s minimum (47,104 KiB for t=1); use m=19,456 KiB with t=2 or more',
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 84,
          snippet: 'argon2.hash(pw, { timeCost: 1, memoryCost: 8192 })',
        },
      ],
    },
    {
      name: 'WebCrypto PBKDF2',
      code: 'crypto.subtle.deriveBits({ name: \'PBKDF2\', salt, iterations: 5000, hash: \'SHA-256\' }, material, 256);',
      findings: [
        {
          message: 'PBKDF2 with 5,000 iterations in deriveBits() is below 100,000; OWASP recommends 600,000 for SHA-256',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 85,
          snippet: '{ name: \'PBKDF2\', salt, iterations: 5000, hash: \'SHA-256\' }',
        },
      ],
    },
  ],
});
