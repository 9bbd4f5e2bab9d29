import { hardcodedSecretToken } from '../../src/rules/hardcoded-secret-token.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(hardcodedSecretToken, {
  valid: [
    { name: 'the AWS documentation key', code: 'const accessKeyId = \'AKIAIOSFODNN7EXAMPLE\';' },
    { name: 'a placeholder token', code: 'const token = \'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\';' },
    { name: 'a Stripe test key', code: 'const stripe = new Stripe(\'sk_test_ReGsaL1dvnyzv0ZzyA0xIfl4\');' },
    { name: 'an environment variable', code: 'const key = process.env.OPENAI_API_KEY;' },
    { name: 'a public key', code: 'const pub = `-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----`;' },
    { name: 'a URL whose password is a placeholder', code: 'const url = \'postgres://app:password@db.acme-health.com/records\';' },
    { name: 'a URL to a local database', code: 'const url = \'postgres://postgres:postgres@localhost:5432/dev\';' },
    { name: '40 characters that are not named for an AWS secret', code: 'const checksum = \'k2lsNaWQrZzhB4GZqT8hqt0pmpsLww0sAO+DGpUx\';' },
  ],
  invalid: [
    {
      name: 'an AWS access key id in an object',
      code: 'export const credentials = { accessKeyId: \'AKIAZYMLOPIFQYF7M2NX\', region: \'eu-west-1\' };',
      findings: [
        {
          message: 'AWS access key ID hard-coded in the source (AKIA****): revoke it and load it from a secret manager',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 65,
          snippet: 'accessKeyId: \'AKIA****\'',
        },
      ],
    },
    {
      name: 'an AWS secret access key by its name',
      code: 'const AWS_SECRET_ACCESS_KEY = \'k2lsNaWQrZzhB4GZqT8hqt0pmpsLww0sAO+DGpUx\';',
      findings: [
        {
          message: 'AWS secret access key hard-coded in the source (****): revoke it and load it from a secret manager',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 73,
          snippet: 'AWS_SECRET_ACCESS_KEY = \'****\'',
        },
      ],
    },
    {
      name: 'a GitHub token inside a template',
      code: 'const headers = { Authorization: `token ghp_0y3RnjDQl2Kvf8THRXfEuzcrJaBnx7IfDH5m` };',
      findings: [
        {
          message: 'GitHub token hard-coded in the source (ghp_****): revoke it and load it from a secret manager',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 82,
          snippet: 'Authorization: `token ghp_****`',
        },
      ],
    },
    {
      name: 'a Stripe live key passed to a constructor',
      filename: 'src/billing.js',
      code: 'const stripe = new Stripe(\'sk_live_MDdwin86TkVYCM7l8GQlchbkER0A\');',
      findings: [
        {
          message: 'Stripe live secret key hard-coded in the source (sk_live_****): revoke it and load it from a secret manager',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 65,
          snippet: '\'sk_live_****\'',
        },
      ],
    },
    {
      name: 'a password in a connection URL',
      code: 'const url = \'postgres://reporting:W9x!2kPq@reports.acme-health.com/reports\';',
      findings: [
        {
          message: 'Password in a URL hard-coded in the source (****): revoke it and load it from a secret manager',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 76,
          snippet: 'url = \'postgres://reporting:****@reports.acme-health.com/reports\'',
        },
      ],
    },
  ],
});
