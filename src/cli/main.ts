#!/usr/bin/env node
/**
 * The `evident` command: yargs wiring and exit codes, nothing else.
 * 0 = nothing at or above the threshold, 1 = findings at or above it,
 * 2 = usage, config or policy-bundle error (one line and a hint; stack with --debug).
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EvidentError } from '../errors.js';
import { skipHelpCache } from './help-cache.js';
import { toolInfo } from '../package-root.js';
import { checksCommand } from './commands/checks.js';
import { controlsCommand } from './commands/controls.js';
import { evidenceCommand } from './commands/evidence.js';
import { explainCommand } from './commands/explain.js';
import { reportCommand } from './commands/report.js';
import { scanCommand } from './commands/scan.js';

const EXIT_USAGE = 2;

function fail(message: string, hint?: string): never {
  process.stderr.write(`evident: ${message}\n${hint ? `hint: ${hint}\n` : ''}`);
  process.exit(EXIT_USAGE);
}

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  // Each command's handler returns its exit code; this wrapper stores it.
  const withExit = <A>(handler: (args: A) => Promise<number>) => async (args: A): Promise<void> => {
    exitCode = await handler(args);
  };
  try {
    const cli = yargs(argv)
      .scriptName('evident')
      // Messages in English whatever LANG says, as the rest of Evident's output (and the same from the bundle,
      // which does not carry yargs' translations).
      .locale('en')
      .parserConfiguration({ 'camel-case-expansion': false })
      .usage('$0 <command> [options]\n\nGDPR and HIPAA compliance-as-code: scans infrastructure config and JS/TS source, maps findings to regulatory controls.')
      .command({ ...scanCommand, handler: withExit(scanCommand.handler) })
      .command({ ...reportCommand, handler: withExit(reportCommand.handler) })
      .command({ ...controlsCommand, handler: withExit(controlsCommand.handler) })
      .command({ ...checksCommand, handler: withExit(checksCommand.handler) })
      .command({ ...explainCommand, handler: withExit(explainCommand.handler) })
      .command(evidenceCommand(withExit))
      .option('debug', { describe: 'print stack traces of errors, and the time of each stage of a scan', type: 'boolean', global: true })
      .demandCommand(1, 'give a command')
      .recommendCommands()
      .strict()
      .help()
      .alias('help', 'h')
      .version(toolInfo.version)
      .alias('version', 'v')
      .epilog('Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage/config/bundle error.\nDocs: README.md')
      .wrap(Math.min(110, process.stdout.columns ?? 100))
      .fail((message: string | undefined, error: Error | undefined) => {
        if (error) throw error;
        fail(message ?? 'invalid command line', 'run evident --help');
      });
    skipHelpCache(cli);
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof EvidentError) {
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      fail(error.message, error.hint);
    }
    const message = error instanceof Error ? error.message : String(error);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    fail(`internal error: ${message}`, debug ? undefined : 'run again with --debug for details, and report it');
  }
  process.exitCode = exitCode;
}

await main(hideBin(process.argv));
