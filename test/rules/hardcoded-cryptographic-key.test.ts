import { hardcodedCryptographicKey } from '../../src/rules/hardcoded-cryptographic-key.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(hardcodedCryptographicKey, {
  valid: [
    { name: 'a key from the environment', code: 'crypto.createCipheriv(\'aes-256-gcm\', Buffer.from(process.env.DATA_KEY!, \'hex\'), iv);' },
    { name: 'a key parameter', code: 'export const mac = (key: Buffer, body: string) => crypto.createHmac(\'sha256\', key).update(body).digest(\'hex\');' },
    { name: 'jwt.sign with a secret from config', code: 'jwt.sign(payload, config.jwtSecret);' },
    { name: 'session secret from the environment', code: 'app.use(session({ secret: process.env.SESSION_SECRET!, resave: false }));' },
    { name: 'sign() of another object', code: 'document.sign(payload, \'visible-signature\');' },
    { name: 'an empty key', code: 'crypto.createHmac(\'sha256\', \'\');' },
    { name: 'a registration form is not a key option', code: 'authService.register({ email, password: \'x\' });' },
  ],
  invalid: [
    {
      name: 'jwt.sign with a literal',
      code: 'const token = jwt.sign({ sub: user.id }, \'my-jwt-secret\', { expiresIn: \'1h\' });',
      findings: [
        {
          message: 'Hard-coded key passed to jwt.sign() (a literal): load it from a key manager or secret store',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 79,
          snippet: 'jwt.sign({ sub: user.id }, \'****\', { expiresIn: \'1h\' })',
        },
      ],
    },
    {
      name: 'a constant key buffer',
      code: 'const KEY = Buffer.from(\'00112233445566778899aabbccddeeff\', \'hex\');\nexport const seal = (iv: Buffer) => crypto.createCipheriv(\'aes-128-gcm\', KEY, iv);',
      findings: [
        {
          message: 'Hard-coded key passed to createCipheriv() (the constant KEY, line 1): load it from a key manager or secret store',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 82,
          snippet: 'crypto.createCipheriv(\'aes-128-gcm\', KEY, iv)',
        },
      ],
    },
    {
      name: 'an environment fallback',
      code: 'jwt.verify(token, process.env.JWT_SECRET ?? \'fallback-secret\');',
      findings: [
        {
          message: 'Hard-coded key passed to jwt.verify() (a fallback for process.env.JWT_SECRET): load it from a key manager or secret store',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 63,
          snippet: 'jwt.verify(token, process.env.JWT_SECRET ?? \'****\')',
        },
      ],
    },
    {
      name: 'express-session',
      code: 'app.use(session({ secret: \'keyboard cat\', resave: false }));',
      findings: [
        {
          message: 'Hard-coded key passed to session({ secret }) (a literal): load it from a key manager or secret store',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 41,
          snippet: 'secret: \'****\'',
        },
      ],
    },
    {
      name: 'cookie-session keys',
      code: 'app.use(cookieSession({ name: \'sid\', keys: [\'k1-secret\', \'k2-secret\'] }));',
      findings: [
        {
          message: 'Hard-coded key passed to cookieSession({ keys }) (string literals): load it from a key manager or secret store',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 70,
          snippet: 'keys: [\'****\', \'****\']',
        },
      ],
    },
  ],
});
