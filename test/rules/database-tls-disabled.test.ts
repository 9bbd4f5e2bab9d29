import { databaseTlsDisabled } from '../../src/rules/database-tls-disabled.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(databaseTlsDisabled, {
  valid: [
    { name: 'sslmode=verify-full', code: 'const url = \'postgres://app@db.acme-health.com/records?sslmode=verify-full\';' },
    { name: 'localhost', code: 'const url = \'postgres://app@localhost/records?sslmode=disable\';' },
    { name: 'ssl options object', code: 'new Pool({ host: \'db.acme-health.com\', database: \'records\', ssl: { ca } });' },
    { name: 'ssl: false in a local database config', code: 'new Pool({ host: \'127.0.0.1\', database: \'records\', ssl: false });' },
    { name: 'ssl: false in something that is not a database config', code: 'const flags = { ssl: false, beta: true };' },
    { name: 'a URL with ssl=false that is not a database', code: 'const docs = \'https://docs.acme-health.com/?ssl=false\';' },
  ],
  invalid: [
    {
      name: 'sslmode=disable',
      code: 'export const DATABASE_URL = \'postgresql://app@db.acme-health.com:5432/records?sslmode=disable\';',
      findings: [
        {
          message: 'Database connection string with TLS disabled (sslmode=disable): traffic to the database is not encrypted',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 95,
          snippet: '\'postgresql://app@db.acme-health.com:5432/records?sslmode=disable\'',
        },
      ],
    },
    {
      name: 'ssl: false with a database host',
      code: 'export const pool = new Pool({ host: \'db.acme-health.com\', database: \'records\', ssl: false });',
      findings: [
        {
          message: 'Database connection with TLS disabled (ssl: false): traffic to the database is not encrypted',
          line: 1,
          column: 81,
          endLine: 1,
          endColumn: 91,
          snippet: 'ssl: false',
        },
      ],
    },
    {
      name: 'a driver call',
      code: 'new MongoClient(uri, { tls: false });',
      findings: [
        {
          message: 'Database connection with TLS disabled (tls: false): traffic to the database is not encrypted',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 34,
          snippet: 'tls: false',
        },
      ],
    },
    {
      name: 'the password of a URL is masked',
      code: 'const url = \'mysql://app:Q7f!r2Lx9@db.acme-health.com/records?ssl=false\';',
      findings: [
        {
          message: 'Database connection string with TLS disabled (ssl=false): traffic to the database is not encrypted',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 73,
          snippet: '\'mysql://app:****@db.acme-health.com/records?ssl=false\'',
        },
      ],
    },
  ],
});
