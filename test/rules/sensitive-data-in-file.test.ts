import { sensitiveDataInFile } from '../../src/rules/sensitive-data-in-file.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(sensitiveDataInFile, {
  valid: [
    { name: 'encrypted content', code: "fs.writeFileSync('patients.enc', encrypt(JSON.stringify(patients)));" },
    { name: 'a count', code: "fs.writeFileSync('patients.count', String(patients.length));" },
    { name: 'configuration', code: "fs.writeFileSync('config.json', JSON.stringify(config));" },
    { name: 'a token kept by a CLI (credentials are out of scope)', code: "fs.writeFileSync(tokenPath, token, { mode: 0o600 });" },
    { name: 'ids in an audit stream', code: "const out = fs.createWriteStream('audit.log');\nout.write(`${event.userId} ${event.action}\\n`);" },
    { name: 'not a file: a response write', code: 'res.write(JSON.stringify(patient));' },
  ],
  invalid: [
    {
      name: 'an export built in a local',
      code: "import { writeFile } from 'node:fs/promises';\nconst csv = patients.map((p) => `${p.id},${p.diagnosis}`).join('\\n');\nawait writeFile('export.csv', csv);",
      findings: [
        {
          message: 'Health data (diagnosis) written to a file by writeFile without encryption',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 35,
          snippet: "writeFile('export.csv', csv)",
          dataCategories: ['health'],
        },
      ],
    },
    {
      name: 'a request body dumped to disk',
      code: "const fs = require('fs');\nfs.writeFileSync(`dumps/${Date.now()}.json`, JSON.stringify(req.body));",
      filename: 'src/dump.cjs',
      findings: [
        {
          message: 'Personal data (request body) written to a file by fs.writeFileSync without encryption',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 71,
          snippet: 'fs.writeFileSync(`dumps/${Date.now()}.json`, JSON.stringify(req.body))',
          dataCategories: ['personal'],
        },
      ],
    },
    {
      name: 'a write stream',
      code: "import { createWriteStream } from 'fs';\nconst out = createWriteStream('contacts.txt');\nout.write(`${user.email}\\n`);",
      filename: 'src/contacts.mjs',
      findings: [
        {
          message: 'Contact data (email) written to a file by out.write without encryption',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          snippet: 'out.write(`${user.email}\\n`)',
          dataCategories: ['contact'],
        },
      ],
    },
    {
      name: 'fs.promises through a module alias',
      code: "import * as nodeFs from 'node:fs';\nawait nodeFs.promises.appendFile('history.jsonl', JSON.stringify(patient));",
      findings: [
        {
          message: 'Health data (patient) written to a file by nodeFs.promises.appendFile without encryption',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 75,
          snippet: "nodeFs.promises.appendFile('history.jsonl', JSON.stringify(patient))",
          dataCategories: ['health'],
        },
      ],
    },
  ],
});
