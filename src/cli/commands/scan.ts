import type { Argv } from 'yargs';
import { FRAMEWORKS, SEVERITIES, type FrameworkId } from '../../checks/metadata.js';
import { UsageError } from '../../errors.js';
import { FORMAT_NAMES, gate, render, scan, type FailOn, type FormatName } from '../../index.js';
import { splitList, useColor, writeOutput } from '../output.js';

interface ScanArgs {
  paths?: string[];
  format: string;
  output?: string;
  framework?: string[];
  'fail-on'?: string;
  config?: string;
}

export const scanCommand = {
  command: 'scan [paths..]',
  describe: 'Scan files and folders (default: the current folder) and report findings and control status',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'files or folders to scan; findings are relative to the folder when one is given', type: 'string', array: true })
      .option('format', { alias: 'f', describe: 'output format', choices: FORMAT_NAMES, default: 'text' })
      .option('output', { alias: 'o', describe: 'write the report to this file instead of stdout', type: 'string' })
      .option('framework', { describe: `frameworks to report on, comma-separated (${FRAMEWORKS.join(', ')}); default: config, else all`, type: 'string', array: true })
      .option('fail-on', { describe: 'exit 1 when an unsuppressed finding has at least this severity; none never fails (default: config, else low)', choices: [...SEVERITIES, 'none'] })
      .option('config', { alias: 'c', describe: 'config file (default: .evident.yml in the scanned folder)', type: 'string' })
      .example('$0 scan examples/clinic', 'scan the bundled example')
      .example('$0 scan . --format json --output evident.json --fail-on high', 'write JSON; fail only on high or critical findings'),
  handler: async (argv: ScanArgs): Promise<number> => {
    const frameworks = splitList(argv.framework);
    for (const fw of frameworks) {
      if (!(FRAMEWORKS as readonly string[]).includes(fw)) throw new UsageError(`unknown framework ${fw}`, `choose from: ${FRAMEWORKS.join(', ')}`);
    }
    const result = await scan({
      paths: argv.paths,
      configPath: argv.config,
      frameworks: frameworks.length > 0 ? (frameworks as FrameworkId[]) : undefined,
      failOn: argv['fail-on'] as FailOn | undefined,
    });
    const toFile = argv.output !== undefined && argv.output !== '-';
    writeOutput(render(result, argv.format as FormatName, { color: !toFile && useColor(process.stdout) }), argv.output);
    const verdict = gate(result, result.config.failOn);
    if (toFile) {
      const s = result.summary.findings;
      process.stderr.write(
        `evident: wrote ${argv.output} (${s.total} finding${s.total === 1 ? '' : 's'}, ${verdict.blocking} at or above ${result.config.failOn})\n`,
      );
    }
    return verdict.failed ? 1 : 0;
  },
};
