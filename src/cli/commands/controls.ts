import type { Argv } from 'yargs';
import { FRAMEWORKS, type FrameworkId } from '../../checks/metadata.js';
import { UsageError } from '../../errors.js';
import { listControls } from '../../index.js';
import { splitList, writeOutput } from '../output.js';

interface ControlsArgs {
  framework?: string[];
  format: string;
}

export const controlsCommand = {
  command: 'controls',
  describe: 'List the controls of the HIPAA and GDPR catalogs with the checks that map to each',
  builder: (yargs: Argv) =>
    yargs
      .option('framework', { describe: `frameworks, comma-separated (${FRAMEWORKS.join(', ')}); default: all`, type: 'string', array: true })
      .option('format', { alias: 'f', describe: 'output format', choices: ['text', 'json'], default: 'text' }),
  handler: async (argv: ControlsArgs): Promise<number> => {
    const wanted = splitList(argv.framework);
    for (const fw of wanted) {
      if (!(FRAMEWORKS as readonly string[]).includes(fw)) throw new UsageError(`unknown framework ${fw}`, `choose from: ${FRAMEWORKS.join(', ')}`);
    }
    const ids = (wanted.length > 0 ? FRAMEWORKS.filter((f) => wanted.includes(f)) : [...FRAMEWORKS]) as FrameworkId[];
    const { frameworks, controls } = await listControls(ids);
    if (argv.format === 'json') {
      writeOutput(`${JSON.stringify(controls, null, 2)}\n`, undefined);
      return 0;
    }
    const lines: string[] = [];
    for (const framework of frameworks) {
      lines.push(`${framework.title} (${framework.version})`);
      for (const group of framework.groups) {
        lines.push(`  ${group.id} ${group.title}`);
        for (const c of controls.filter((x) => x.framework === framework.framework && x.group === group.id)) {
          const req = c.requirement ? ` ${c.requirement}` : '';
          const checks = c.checks.length > 0 ? `  [${c.checks.join(', ')}]` : '';
          lines.push(`    ${c.id.padEnd(22)} ${c.kind.padEnd(9)}${req.padEnd(12)} ${c.title}${checks}`);
        }
      }
      lines.push('');
    }
    writeOutput(`${lines.join('\n')}`, undefined);
    return 0;
  },
};
