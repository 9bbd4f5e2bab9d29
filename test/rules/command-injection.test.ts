import { commandInjection } from '../../src/rules/command-injection.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(commandInjection, {
  valid: [
    { name: 'execFile with an argument array', code: 'import { execFile } from \'child_process\';\nexecFile(\'convert\', [req.body.file, \'out.pdf\']);' },
    { name: 'spawn without a shell', code: 'import { spawn } from \'node:child_process\';\nspawn(\'tar\', [\'czf\', `${dir}.tgz`, dir]);' },
    { name: 'a constant command', code: 'import { exec } from \'child_process\';\nexec(\'git rev-parse HEAD\');' },
    { name: 'a quoted argument', code: 'import { exec } from \'child_process\';\nimport { quote } from \'shell-quote\';\nexec(`convert ${quote([file])} out.pdf`);' },
    { name: 'a command passed in', code: 'import { exec } from \'child_process\';\nexport const run = (command: string) => exec(command);' },
    { name: 'RegExp#exec', code: 'const m = pattern.exec(`${input}`);' },
    { name: 'an exec that is not imported from child_process', code: 'db.exec(`VACUUM ${table}`);' },
  ],
  invalid: [
    {
      name: 'exec with request input',
      filename: 'src/ping.js',
      code: 'const { exec } = require(\'child_process\');\napp.get(\'/ping\', (req, res) => exec(`ping -c 1 ${req.query.host}`));',
      findings: [
        {
          message: 'Shell command built from request input (req.query.host) run by exec(): use execFile/spawn with an argument array and no shell',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 67,
          snippet: 'exec(`ping -c 1 ${req.query.host}`)',
        },
      ],
    },
    {
      name: 'execSync with concatenation',
      code: 'import * as cp from \'child_process\';\nexport const dump = (table: string) => cp.execSync(\'pg_dump -t \' + table + \' records\');',
      findings: [
        {
          message: 'Shell command built from a dynamic value (table) run by execSync(): use execFile/spawn with an argument array and no shell',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 87,
          snippet: 'cp.execSync(\'pg_dump -t \' + table + \' records\')',
        },
      ],
    },
    {
      name: 'promisified exec',
      code: 'import { exec } from \'node:child_process\';\nimport { promisify } from \'node:util\';\nconst run = promisify(exec);\nexport const archive = (dir: string) => run(`tar czf ${dir}.tgz ${dir}`);',
      findings: [
        {
          message: 'Shell command built from a dynamic value (dir) run by exec(): use execFile/spawn with an argument array and no shell',
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 73,
          snippet: 'run(`tar czf ${dir}.tgz ${dir}`)',
        },
      ],
    },
    {
      name: 'spawn with shell: true',
      code: 'import { spawn } from \'child_process\';\nexport const grep = (term: string) => spawn(`grep -r ${term} /var/log`, { shell: true });',
      findings: [
        {
          message: 'Shell command built from a dynamic value (term) run by spawn() with shell: true: drop the shell option and pass arguments as an array',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 89,
          snippet: 'spawn(`grep -r ${term} /var/log`, { shell: true })',
        },
      ],
    },
  ],
});
