import type { Argv } from 'yargs';
import { listChecks } from '../../index.js';
import { writeOutput } from '../output.js';

interface ChecksArgs {
  format: string;
}

export const checksCommand = {
  command: 'checks',
  describe: 'List every check (Rego and source-code rules) with its severity and controls',
  builder: (yargs: Argv) => yargs.option('format', { alias: 'f', describe: 'output format', choices: ['text', 'json'], default: 'text' }),
  handler: async (argv: ChecksArgs): Promise<number> => {
    const checks = await listChecks();
    if (argv.format === 'json') {
      writeOutput(`${JSON.stringify(checks, null, 2)}\n`, undefined);
      return 0;
    }
    const lines: string[] = [];
    for (const c of checks) {
      lines.push(`${c.id.padEnd(13)} ${c.severity.padEnd(8)} ${c.selector.input.padEnd(10)} ${c.title}`);
      for (const fw of ['hipaa', 'gdpr'] as const) {
        const ids = c.controls[fw];
        if (ids) lines.push(`${' '.repeat(14)}${fw.toUpperCase()} ${ids.join(', ')}`);
      }
    }
    lines.push('', `${checks.length} checks. Details: docs/rules/<id>.md`);
    writeOutput(`${lines.join('\n')}\n`, undefined);
    return 0;
  },
};
