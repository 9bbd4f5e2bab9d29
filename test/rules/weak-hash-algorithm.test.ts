import { weakHashAlgorithm } from '../../src/rules/weak-hash-algorithm.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(weakHashAlgorithm, {
  valid: [
    { name: 'SHA-256', code: 'crypto.createHash(\'sha256\').update(data).digest(\'hex\');' },
    { name: 'HMAC-SHA1 (TOTP) is not a plain hash', code: 'crypto.createHmac(\'sha1\', key).update(counter).digest();' },
    { name: 'an algorithm chosen at run time', code: 'crypto.createHash(algorithm);' },
    { name: 'a cache key named for its use', code: 'const cacheKey = crypto.createHash(\'md5\').update(url).digest(\'hex\');' },
    { name: 'a Gravatar URL', code: 'const avatarUrl = `https://www.gravatar.com/avatar/${crypto.createHash(\'md5\').update(email).digest(\'hex\')}`;' },
    { name: 'an ETag returned by a function named for it', filename: 'src/etag.js', code: 'function etagFor(body) { return crypto.createHash(\'sha1\').update(body).digest(\'base64\'); }' },
    { name: 'a password is EVD-CODE-021, not this rule', code: 'crypto.createHash(\'md5\').update(user.password).digest(\'hex\');' },
    { name: 'hash() of another module', code: 'const h = hasher.hash(\'md5\', data);' },
    { name: 'an unrelated md5 function not imported from a package', code: 'md5(content);' },
  ],
  invalid: [
    {
      name: 'createHash md5 in a chain',
      code: 'const checksum = crypto.createHash(\'md5\').update(file).digest(\'hex\');',
      findings: [
        {
          message: 'Weak hash algorithm MD5 (createHash(\'md5\')): collisions are practical; use SHA-256 or stronger, or bcrypt/scrypt/Argon2 for passwords',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 42,
          snippet: 'crypto.createHash(\'md5\')',
        },
      ],
    },
    {
      name: 'a constant algorithm',
      code: 'const ALG = \'sha1\';\nexport const digest = (b: Buffer) => createHash(ALG).update(b).digest();',
      findings: [
        {
          message: 'Weak hash algorithm SHA-1 (createHash(\'sha1\')): collisions are practical; use SHA-256 or stronger, or bcrypt/scrypt/Argon2 for passwords',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 53,
          snippet: 'createHash(ALG)',
        },
      ],
    },
    {
      name: 'the md5 package',
      code: 'import md5 from \'md5\';\nexport const id = md5(record.mrn);',
      findings: [
        {
          message: 'Weak hash algorithm MD5 (md5 package): collisions are practical; use SHA-256 or stronger, or bcrypt/scrypt/Argon2 for passwords',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 34,
          snippet: 'md5(record.mrn)',
        },
      ],
    },
    {
      name: 'crypto-js',
      filename: 'src/hash.cjs',
      code: 'const CryptoJS = require(\'crypto-js\');\nmodule.exports = (text) => CryptoJS.SHA1(text).toString();',
      findings: [
        {
          message: 'Weak hash algorithm SHA-1 (CryptoJS.SHA1()): collisions are practical; use SHA-256 or stronger, or bcrypt/scrypt/Argon2 for passwords',
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 47,
          snippet: 'CryptoJS.SHA1(text)',
        },
      ],
    },
  ],
});
