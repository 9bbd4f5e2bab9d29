import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Argv } from 'yargs';
import { FRAMEWORKS, SEVERITIES } from '../../checks/metadata.js';
import { UsageError } from '../../errors.js';
import { INPUT_LABELS } from '../../parsers/types.js';
import { baselineEntries, formatBaseline } from '../../findings/baseline.js';
import { gate, scan, type FailOn, type ScanStats } from '../../index.js';
import { nowFromEnv } from '../now.js';
import { splitList } from '../output.js';
import { checkBinaryOutputs, mainFormat, parseReportSpecs, REPORT_OPTIONS, reportFormats, writeReports } from '../reports.js';
import { prepareScanProcess } from '../thread-priority.js';

interface ScanArgs {
  paths?: string[];
  format?: string;
  output?: string;
  framework?: string[];
  'fail-on'?: string;
  'fail-on-control'?: string[];
  'changed-since'?: string;
  config?: string;
  report?: string[];
  template?: string;
  baseline?: string;
  'write-baseline'?: string;
  jobs?: string;
  'include-tests'?: boolean;
  debug?: boolean;
}

export const scanCommand = {
  command: 'scan [paths..]',
  describe: 'Scan files and folders (default: the current folder) and report findings and control status',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'files or folders to scan; findings are relative to the folder when one is given', type: 'string', array: true })
      .option('format', { alias: 'f', describe: 'output format (default: text; pdf needs --output and a headless Chromium)', choices: reportFormats() })
      .option('output', { alias: 'o', describe: 'write the report to this file instead of stdout', type: 'string' })
      .option('framework', { describe: `frameworks to report on, comma-separated (${FRAMEWORKS.join(', ')} or a custom framework of the config); default: config, else all`, type: 'string', array: true })
      .option('fail-on', { describe: 'exit 1 when an unsuppressed finding has at least this severity; none never fails (default: config, else low)', choices: [...SEVERITIES, 'none'] })
      .option('fail-on-control', { describe: 'also exit 1 when this control fails, whatever the severities: <framework>:<control id> (repeatable; adds to config failOnControls)', type: 'string', array: true })
      .option('changed-since', { describe: 'diff scan: report and gate only findings in files added or changed since this git ref (committed, staged or not); control statuses are partial', type: 'string' })
      .option('config', { alias: 'c', describe: 'config file (default: .evident.yml in the scanned folder)', type: 'string' })
      .options(REPORT_OPTIONS)
      .option('baseline', { describe: 'baseline file: its findings are reported as baselined and do not fail the scan (default: config baseline)', type: 'string', requiresArg: true })
      .option('write-baseline', { describe: 'write the fingerprints of the current findings to this baseline file; the exit code still follows the gate', type: 'string', requiresArg: true })
      .option('jobs', { alias: 'j', describe: 'worker threads for the JS/TS analysis: a number (1 = none) or auto (two when the JS/TS files total 8 MiB or more on a machine with 4+ cores); the result does not depend on it (default: config jobs, else auto)', type: 'string', requiresArg: true })
      .option('include-tests', { describe: 'also analyse JS/TS test code (test/, tests/, __tests__/, spec/, e2e/, cypress/, mocks and fixtures folders; *.test.*, *.spec.*, *.cy.* files), which is otherwise skipped and listed as skipped (default: config includeTests, else false)', type: 'boolean' })
      .example('$0 scan examples/clinic', 'scan the bundled example')
      .example('$0 scan . --write-baseline .evident/baseline.json', 'accept the current findings as the starting point')
      .example('$0 scan . --baseline .evident/baseline.json', 'fail only on findings that are not in the baseline')
      .example('$0 scan . --format json --output evident.json --fail-on high', 'write JSON; fail only on high or critical findings')
      .example('$0 scan . --format json --output evident.json --report sarif=evident.sarif --report markdown=summary.md', 'several reports from one scan')
      .example("$0 scan . --changed-since origin/main --fail-on-control 'hipaa:164.312(a)(2)(iv)'", 'gate a pull request on its own changes and on the encryption control')
      .epilog(`Inputs read: ${Object.values(INPUT_LABELS).join(', ')} (README "What is scanned").`),
  handler: async (argv: ScanArgs): Promise<number> => {
    // Ids are checked by scan(): custom frameworks come from the config.
    const frameworks = splitList(argv.framework);
    const format = mainFormat(argv.format, argv.template);
    const reportSpecs = parseReportSpecs(argv.report, argv.output);
    checkBinaryOutputs(format, argv.output, reportSpecs);
    const writeBaseline = argv['write-baseline'];
    if (writeBaseline !== undefined && argv['changed-since'] !== undefined) {
      throw new UsageError('--write-baseline cannot be combined with --changed-since', 'a diff scan reports only changed files; write the baseline from a full scan');
    }
    const stats = argv.debug === true ? ({} as ScanStats) : undefined;
    const result = await scan({
      paths: argv.paths,
      configPath: argv.config,
      frameworks: frameworks.length > 0 ? frameworks : undefined,
      now: nowFromEnv(),
      failOn: argv['fail-on'] as FailOn | undefined,
      failOnControls: (argv['fail-on-control'] ?? []).map(String),
      changedSince: argv['changed-since'],
      baseline: argv.baseline,
      writeBaseline,
      jobs: parseJobs(argv.jobs),
      prepareProcess: prepareScanProcess,
      ...(argv['include-tests'] !== undefined ? { includeTests: argv['include-tests'] } : {}),
      stats,
    });
    if (stats !== undefined) process.stderr.write(`${formatStats(stats)}\n`);
    if (writeBaseline !== undefined) {
      writeBaselineFile(writeBaseline, formatBaseline(result.findings));
      const n = baselineEntries(result.findings).length;
      process.stderr.write(`evident: wrote baseline ${writeBaseline} (${n} finding${n === 1 ? '' : 's'})\n`);
    }
    const toFile = argv.output !== undefined && argv.output !== '-';
    const written = await writeReports(result, { format, template: argv.template, output: argv.output }, reportSpecs);
    for (const line of written) process.stderr.write(`${line}\n`);
    const verdict = gate(result, result.config.failOn, result.config.failOnControls);
    if (toFile) {
      const s = result.summary.findings;
      process.stderr.write(
        `evident: wrote ${argv.output} (${s.total} finding${s.total === 1 ? '' : 's'}, ${verdict.blocking} at or above ${result.config.failOn}` +
          `${verdict.failedControls.length > 0 ? `; failing gated controls: ${verdict.failedControls.join(', ')}` : ''})\n`,
      );
    }
    return verdict.failed ? 1 : 0;
  },
};

/** `--debug`: the wall time of each stage of the scan, on one line. */
export function formatStats(stats: ScanStats): string {
  const ms = (value: number): string => `${Math.round(value)} ms`;
  const parts = [`discover ${ms(stats.discover.ms)} (${stats.discover.files} files)`];
  for (const [type, stage] of Object.entries(stats.parse)) {
    if (stage !== undefined) parts.push(`parse ${type} ${ms(stage.ms)} (${stage.files} files, ${stage.bytes} bytes)`);
  }
  parts.push(`evaluate ${ms(stats.evaluate.ms)} (${stats.evaluate.documents} documents)`);
  if (stats.code.files > 0) {
    parts.push(`code ${ms(stats.code.ms)} (${stats.code.files} files, ${stats.code.lines} lines, ${stats.code.workers ?? 0} workers, ${stats.code.fallbackBatches ?? 0} fallback batches)`);
  }
  parts.push(`assemble ${ms(stats.assemble.ms)}`, `total ${ms(stats.total.ms)}`);
  return `evident: debug: ${parts.join('; ')}`;
}

/** Writes the baseline file (creating folders); a failure is a usage error naming the flag. */
function writeBaselineFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the --write-baseline path');
  }
}

/** `--jobs`: a positive integer or `auto`; undefined when not given (the config decides). */
function parseJobs(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined) return undefined;
  if (value === 'auto') return 'auto';
  if (/^[0-9]+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) return Number(value);
  throw new UsageError(`--jobs must be a number from 1 to 64 or auto, not ${value}`, 'use --jobs 1 to analyse in one thread, --jobs auto to let Evident decide');
}
