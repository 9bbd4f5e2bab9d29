import type { Argv } from 'yargs';
import { readScanResult } from '../../result-file.js';
import { checkBinaryOutputs, mainFormat, parseReportSpecs, REPORT_OPTIONS, reportFormats, writeReports } from '../reports.js';

interface ReportArgs {
  result: string;
  format?: string;
  output?: string;
  report?: string[];
  template?: string;
}

/**
 * `evident report <result.json>`: renders a saved scan result in any format,
 * offline (no scan, no network). The input is validated against the result
 * schema first; an invalid one is a usage error naming the JSON paths.
 */
export const reportCommand = {
  command: 'report <result>',
  describe: 'Render a saved JSON scan result (evident scan --format json) in other formats, without scanning again',
  builder: (yargs: Argv) =>
    yargs
      .positional('result', { describe: 'the scan result: a JSON file written by evident scan --format json, or - for standard input', type: 'string', demandOption: true })
      .option('format', { alias: 'f', describe: 'output format (default: text; pdf needs --output and a headless Chromium)', choices: reportFormats() })
      .option('output', { alias: 'o', describe: 'write the report to this file instead of stdout', type: 'string' })
      .options(REPORT_OPTIONS)
      .example('$0 report evident.json --format markdown', 'a pull-request summary from a saved scan')
      .example('$0 report evident.json --format sarif --output evident.sarif --report junit=evident.xml', 'several formats at once')
      .example('$0 report evident.json --template my-report.hbs --output report.html', 'your own template'),
  handler: async (argv: ReportArgs): Promise<number> => {
    const format = mainFormat(argv.format, argv.template);
    const specs = parseReportSpecs(argv.report, argv.output);
    checkBinaryOutputs(format, argv.output, specs);
    // yargs reads a lone `-` as an option without a name and leaves the positional empty.
    const result = readScanResult(argv.result === '' ? '-' : argv.result);
    const written = await writeReports(result, { format, template: argv.template, output: argv.output }, specs);
    if (argv.output !== undefined && argv.output !== '-') written.unshift(`evident: wrote ${argv.output} (${argv.template !== undefined ? 'template' : format})`);
    for (const line of written) process.stderr.write(`${line}\n`);
    return 0;
  },
};
