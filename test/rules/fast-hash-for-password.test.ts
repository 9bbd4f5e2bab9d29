import { fastHashForPassword } from '../../src/rules/fast-hash-for-password.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(fastHashForPassword, {
  valid: [
    { name: 'argon2', code: 'await argon2.hash(user.password);' },
    { name: 'a reset token hashed with SHA-256', code: 'crypto.createHash(\'sha256\').update(resetToken).digest(\'hex\');' },
    { name: 'an API key fingerprint', code: 'crypto.createHash(\'sha256\').update(apiKey).digest(\'hex\');' },
    { name: 'an email address', code: 'crypto.createHash(\'sha256\').update(user.email).digest(\'hex\');' },
    { name: 'update() of something that is not a hash', code: 'repository.update(user.password);' },
    { name: 'a boolean about the password', code: 'crypto.createHash(\'sha256\').update(String(hasPassword)).digest(\'hex\');' },
  ],
  invalid: [
    {
      name: 'sha256 of a password',
      code: 'const hashed = crypto.createHash(\'sha256\').update(body.password).digest(\'hex\');',
      findings: [
        {
          message: 'Password (password) hashed with a fast sha256 hash: use Argon2id, scrypt, bcrypt or PBKDF2 with a high work factor',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 65,
          snippet: 'crypto.createHash(\'sha256\').update(body.password)',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'salted, in a later update()',
      code: 'crypto.createHash(\'sha512\').update(salt).update(`${password}`).digest(\'hex\');',
      findings: [
        {
          message: 'Password (password) hashed with a fast sha512 hash: use Argon2id, scrypt, bcrypt or PBKDF2 with a high work factor',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 63,
          snippet: 'crypto.createHash(\'sha512\').update(salt).update(`${password}`)',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a hash object in a const',
      code: 'const h = crypto.createHmac(\'sha256\', pepper);\nh.update(req.body.newPassword);',
      findings: [
        {
          message: 'Password (newPassword) hashed with a fast sha256 HMAC: use Argon2id, scrypt, bcrypt or PBKDF2 with a high work factor',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          snippet: 'h.update(req.body.newPassword)',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'crypto-js',
      code: 'const digest = CryptoJS.SHA256(form.passphrase).toString();',
      findings: [
        {
          message: 'Password (passphrase) hashed with a fast SHA256 hash (crypto-js): use Argon2id, scrypt, bcrypt or PBKDF2 with a high work factor',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 48,
          snippet: 'CryptoJS.SHA256(form.passphrase)',
          dataCategories: ['credentials'],
        },
      ],
    },
  ],
});
