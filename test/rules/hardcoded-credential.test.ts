import { hardcodedCredential } from '../../src/rules/hardcoded-credential.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(hardcodedCredential, {
  valid: [
    { name: 'from the environment', code: 'const dbPassword = process.env.DB_PASSWORD;' },
    { name: 'an empty fallback', code: 'const dbPassword = process.env.DB_PASSWORD ?? \'\';' },
    { name: 'placeholders', code: 'const config = { password: \'changeme\', apiKey: \'<your-api-key>\', secret: \'${SECRET}\', token: \'xxxxxxxxxxxx\' };' },
    { name: 'names, not secrets', code: 'const names = { token: \'access_token\', apiKey: \'X-Api-Key\', secret: \'JWT_SECRET\', password: \'Mot de passe\' };' },
    { name: 'opaque heads: URLs, ids, types', code: 'const oauth = { tokenUrl: \'https://login.acme.com/token\', tokenType: \'Bearer\', secretName: \'prod/db/password\', passwordMinLength: \'12\' };' },
    { name: 'low entropy', code: 'const password = \'aaaaaaaaaaaa\';' },
    { name: 'a known format is EVD-CODE-032', code: 'const token = \'ghp_0y3RnjDQl2Kvf8THRXfEuzcrJaBnx7IfDH5m\';' },
    { name: 'not a credential name', code: 'const checksum = \'f3a9c2d71b0e4c5a\';' },
    { name: 'a comparison is not an assignment', code: 'if (password === \'Xk9#mP2$vL7q\') deny();' },
  ],
  invalid: [
    {
      name: 'a password property',
      code: 'export const db = { host: \'db.acme-health.com\', user: \'app\', password: \'Xk9#mP2$vL7q\' };',
      findings: [
        {
          message: 'Hard-coded credential in password (****): load it from a secret manager or the environment',
          line: 1,
          column: 62,
          endLine: 1,
          endColumn: 86,
          snippet: 'password: \'****\'',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a client secret constant',
      code: 'const CLIENT_SECRET = \'c7xU2zXCot2PoPUtg3SUunWZTRTpysCW\';',
      findings: [
        {
          message: 'Hard-coded credential in CLIENT_SECRET (****): load it from a secret manager or the environment',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 57,
          snippet: 'CLIENT_SECRET = \'****\'',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'an environment fallback',
      code: 'const apiKey = process.env.LAB_API_KEY || \'c7xU2zXCot2PoPUtg3SUunWZTRTpysCW\';',
      findings: [
        {
          message: 'Hard-coded credential in apiKey (****): load it from a secret manager or the environment',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 77,
          snippet: 'apiKey = process.env.LAB_API_KEY || \'****\'',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'an assignment to a member',
      filename: 'src/mail.js',
      code: 'transport.auth.pass = \'Xk9#mP2$vL7q\';',
      findings: [
        {
          message: 'Hard-coded credential in pass (****): load it from a secret manager or the environment',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 37,
          snippet: 'transport.auth.pass = \'****\'',
          dataCategories: ['credentials'],
        },
      ],
    },
    {
      name: 'a class field',
      code: 'class Gateway {\n  private readonly apiToken = \'c7xU2zXCot2PoPUtg3SUunWZTRTpysCW\';\n}',
      findings: [
        {
          message: 'Hard-coded credential in apiToken (****): load it from a secret manager or the environment',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 66,
          snippet: 'private readonly apiToken = \'****\';',
          dataCategories: ['credentials'],
        },
      ],
    },
  ],
});
