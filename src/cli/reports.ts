/**
 * Report output shared by `evident scan` and `evident report`: the main
 * report (`--format` or `--template`, to `--output` or stdout) and any number
 * of extra reports (`--report <format>=<path>`), all rendered from one result.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FORMAT_NAMES, listChecks, render, type FormatName, type ScanResult } from '../index.js';
import { BINARY_FORMAT_NAMES, binaryReporters, isBinaryFormat, type BinaryFormatName } from '../report/index.js';
import { requireBrowser } from '../report/pdf.js';
import { checkTemplate, renderTemplate } from '../report/template.js';
import type { ReportOptions } from '../report/types.js';
import { useColor, writeOutput } from './output.js';

/** One `--report <format>=<path>`. */
export interface ReportSpec {
  format: string;
  path: string;
}

/** Every format `--report` accepts: the text formats and the binary ones. */
export function reportFormats(): string[] {
  return [...FORMAT_NAMES, ...BINARY_FORMAT_NAMES].sort();
}

/** The yargs options both commands share (format default applied by `mainFormat`, so that `--template` can tell it was not given). */
export const REPORT_OPTIONS = {
  report: {
    describe: 'also write a report in another format: <format>=<path> (repeatable)',
    type: 'string',
    array: true,
    requiresArg: true,
  },
  template: {
    describe: 'render the main output with your own Handlebars template instead of --format (docs/templates.md)',
    type: 'string',
    requiresArg: true,
  },
} as const;

/**
 * Parses `--report` values. Throws UsageError (one line) on a value that is
 * not `<format>=<path>` with a known format, on `-` as a path, and on two
 * reports to one file.
 */
export function parseReportSpecs(values: ReadonlyArray<string | number> | string | undefined, output?: string): ReportSpec[] {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const formats = reportFormats();
  const hint = `use --report <format>=<path>, format one of: ${formats.join(', ')}`;
  const specs: ReportSpec[] = [];
  const paths = new Map<string, string>();
  if (output !== undefined && output !== '-') paths.set(resolve(output), '--output');
  for (const raw of list.map(String)) {
    const eq = raw.indexOf('=');
    const format = eq === -1 ? raw : raw.slice(0, eq);
    const path = eq === -1 ? '' : raw.slice(eq + 1);
    if (eq === -1 || path === '') throw new UsageError(`bad --report ${JSON.stringify(raw)}: expected <format>=<path>`, hint);
    if (!formats.includes(format)) throw new UsageError(`bad --report ${JSON.stringify(raw)}: unknown format ${format}`, hint);
    if (path === '-') throw new UsageError(`bad --report ${JSON.stringify(raw)}: --report writes files; use --format for stdout`, hint);
    const other = paths.get(resolve(path));
    if (other !== undefined) throw new UsageError(`bad --report ${JSON.stringify(raw)}: ${path} is also written by ${other}`, 'give each report its own file');
    paths.set(resolve(path), `--report ${format}=…`);
    specs.push({ format, path });
  }
  return specs;
}

/**
 * The main output's format: `--format`, else `text`. With `--template`,
 * `--format` must not be given (a template replaces it), and the template
 * must exist and compile — checked here, before any scan.
 */
export function mainFormat(format: string | undefined, template: string | undefined): FormatName | BinaryFormatName | undefined {
  if (template !== undefined) {
    if (format !== undefined) throw new UsageError('--template and --format cannot be combined', 'a template replaces the format of the main output; use --report for other formats');
    checkTemplate(readTemplate(template), template);
    return undefined;
  }
  return (format ?? 'text') as FormatName | BinaryFormatName;
}

/**
 * Checks binary outputs before anything is scanned: a binary main format
 * needs `--output <file>` (never stdout), and pdf needs a headless browser
 * (BrowserError naming what was looked for).
 */
export function checkBinaryOutputs(format: string | undefined, output: string | undefined, specs: readonly ReportSpec[]): void {
  if (format !== undefined && isBinaryFormat(format) && (output === undefined || output === '-')) {
    throw new UsageError(`--format ${format} writes a binary file, not stdout`, `add --output <file>.${format}`);
  }
  if (format === 'pdf' || specs.some((s) => s.format === 'pdf')) requireBrowser();
}

/** Reads a template file; a missing or unreadable file is a UsageError. */
export function readTemplate(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `template not found: ${path}` : `cannot read template ${path}: ${code ?? (error as Error).message}`, 'check the --template path');
  }
}

/** Render options for these formats: the check catalog when SARIF (which describes its rules) is among them. */
async function optionsFor(formats: readonly string[]): Promise<ReportOptions> {
  return formats.includes('sarif') ? { checks: await listChecks() } : {};
}

/**
 * Writes the main report (`format`, or `template` when given) to `output` or
 * stdout, then each `--report`. Returns one line per report file written, for stderr.
 */
export async function writeReports(
  result: ScanResult,
  main: { format: FormatName | BinaryFormatName | undefined; template?: string; output?: string },
  specs: readonly ReportSpec[],
): Promise<string[]> {
  const options = await optionsFor([main.format ?? '', ...specs.map((s) => s.format)]);
  const toFile = main.output !== undefined && main.output !== '-';
  const text =
    main.template !== undefined
      ? renderTemplate(result, readTemplate(main.template), main.template)
      : main.format !== undefined && isBinaryFormat(main.format)
        ? await binaryReporters[main.format](result, options)
        : render(result, main.format ?? 'text', { ...options, color: !toFile && useColor(process.stdout) });
  writeOutput(text, main.output);
  const written: string[] = [];
  for (const spec of specs) {
    if (isBinaryFormat(spec.format)) {
      writeBytes(await binaryReporters[spec.format](result, options), spec.path);
    } else {
      writeOutput(render(result, spec.format as FormatName, options), spec.path);
    }
    written.push(`evident: wrote ${spec.path} (${spec.format})`);
  }
  return written;
}

function writeBytes(bytes: Uint8Array, path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the --report path');
  }
}
