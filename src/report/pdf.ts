/**
 * The PDF report: the HTML report printed by a headless Chromium or Chrome.
 * Not a pure reporter — it writes a temporary file and runs a browser — so it
 * is async, returns bytes, and is kept apart from the string reporters
 * (`binaryReporters` in ./index.ts).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserError } from '../errors.js';
import type { ScanResult } from '../scan-result.js';
import { renderHtml } from './html.js';
import type { ReportOptions } from './types.js';

/** Browser commands looked up on PATH, in this order, when EVIDENT_CHROMIUM is not set. */
export const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'] as const;

/** Environment variable naming the browser to use (a path or a command on PATH). */
export const BROWSER_ENV = 'EVIDENT_CHROMIUM';

export interface PdfOptions extends ReportOptions {
  /** Browser executable; default: findBrowser(). */
  browser?: string;
  /** Kill the browser after this long (default 120 s). */
  timeoutMs?: number;
}

/** Resolves a command name on PATH, or checks a path; undefined when it is not an executable file. */
function resolveExecutable(command: string, env: NodeJS.ProcessEnv): string | undefined {
  const candidates = isAbsolute(command) || command.includes('/')
    ? [resolve(command)]
    : (env.PATH ?? '').split(delimiter).filter((d) => d !== '').map((d) => join(d, command));
  for (const path of candidates) {
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not there, or not executable: try the next one
    }
  }
  return undefined;
}

/**
 * The headless browser to print with: `$EVIDENT_CHROMIUM` when set (it must
 * exist), else the first of chromium, chromium-browser, google-chrome on PATH;
 * undefined when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[BROWSER_ENV];
  if (configured !== undefined && configured !== '') {
    const found = resolveExecutable(configured, env);
    if (!found) throw new BrowserError(`${BROWSER_ENV} is set to ${configured}, which is not an executable`, `point ${BROWSER_ENV} at a Chromium or Chrome binary, or unset it`);
    return found;
  }
  for (const command of BROWSER_COMMANDS) {
    const found = resolveExecutable(command, env);
    if (found) return found;
  }
  return undefined;
}

/** Like findBrowser, but a missing browser is a BrowserError naming what was looked for. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const found = findBrowser(env);
  if (found) return found;
  throw new BrowserError(
    `the pdf format needs a headless Chromium or Chrome, and none was found (looked for ${BROWSER_COMMANDS.join(', ')} on PATH and $${BROWSER_ENV})`,
    `install one (Debian/Ubuntu: apt-get install chromium), set ${BROWSER_ENV} to its path, or use --format html`,
  );
}

/** Flags for a headless browser that touches nothing but the given file: no network services, a throw-away profile. */
export function headlessFlags(profileDir: string): string[] {
  return [
    '--headless',
    // The page is Evident's own self-contained report, whose CSP forbids script and network;
    // the sandbox is unavailable in most containers and CI runners.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${profileDir}`,
  ];
}

/** Prints an HTML document to PDF with the browser; returns the PDF's bytes. */
export async function printHtmlToPdf(html: string, options: { browser?: string; timeoutMs?: number } = {}): Promise<Uint8Array> {
  const browser = options.browser ?? requireBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'evident-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(page, html);
    const args = [...headlessFlags(join(dir, 'profile')), '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href];
    const stderr = await new Promise<string>((done, fail) => {
      execFile(browser, args, { timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, err) => {
        if (error) fail(new BrowserError(`${browser} could not print the report: ${lastLine(String(err)) || error.message}`, 'run with --debug, or try another browser with EVIDENT_CHROMIUM'));
        else done(String(err));
      });
    });
    let bytes: Buffer;
    try {
      bytes = readFileSync(pdf);
    } catch {
      throw new BrowserError(`${browser} did not write a PDF${lastLine(stderr) ? `: ${lastLine(stderr)}` : ''}`, 'try another browser with EVIDENT_CHROMIUM');
    }
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new BrowserError(`${browser} wrote a file that is not a PDF`);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders the HTML report and prints it to PDF. Needs a browser (see findBrowser). */
export async function renderPdf(result: ScanResult, options: PdfOptions = {}): Promise<Uint8Array> {
  return printHtmlToPdf(renderHtml(result, options), { browser: options.browser, timeoutMs: options.timeoutMs });
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/dbus|unexpected operator/i.test(l));
  return lines[lines.length - 1] ?? '';
}
