import type { Argv } from 'yargs';
import { FRAMEWORKS } from '../../checks/metadata.js';
import { UsageError } from '../../errors.js';
import { listControls, loadConfiguredFrameworks } from '../../index.js';
import { splitList, writeOutput } from '../output.js';

interface ControlsArgs {
  framework?: string[];
  format: string;
  config?: string;
}

export const controlsCommand = {
  command: 'controls',
  describe: 'List the controls of the HIPAA and GDPR catalogs (and of custom frameworks in the config) with the checks that map to each',
  builder: (yargs: Argv) =>
    yargs
      .option('framework', { describe: `frameworks, comma-separated (${FRAMEWORKS.join(', ')} or a custom framework of the config); default: all`, type: 'string', array: true })
      .option('format', { alias: 'f', describe: 'output format', choices: ['text', 'json'], default: 'text' })
      .option('config', { alias: 'c', describe: 'config file whose customFrameworks to list too (default: .evident.yml in the current folder)', type: 'string' }),
  handler: async (argv: ControlsArgs): Promise<number> => {
    const wanted = splitList(argv.framework);
    // The config is found as scan finds it when scanning the current folder.
    const custom = await loadConfiguredFrameworks({ configPath: argv.config });
    const available: string[] = [...FRAMEWORKS, ...custom.map((c) => c.framework.framework)];
    for (const fw of wanted) {
      if (!available.includes(fw)) throw new UsageError(`unknown framework ${fw}`, `choose from: ${available.join(', ')}`);
    }
    const ids = wanted.length > 0 ? available.filter((f) => wanted.includes(f)) : available;
    const { frameworks, controls } = await listControls(ids, undefined, custom);
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
