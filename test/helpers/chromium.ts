import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headlessFlags } from '../../src/report/pdf.js';

export interface HeadlessPage {
  /** The DOM after parsing (and any script), serialized by the browser. */
  dom: string;
  /** Console messages the page produced (script output, CSP violations, uncaught errors). */
  console: string[];
  stderr: string;
}

/**
 * Opens an HTML file in headless Chromium with a fresh profile, dumps its DOM
 * and, when asked, takes a screenshot (1280×2000). Console messages are read
 * from the browser's stderr log (`--enable-logging=stderr --v=0`).
 */
export function openHeadless(browser: string, htmlFile: string, screenshot?: string): HeadlessPage {
  const profile = mkdtempSync(join(tmpdir(), 'evident-chromium-'));
  try {
    const args = [
      ...headlessFlags(profile),
      '--enable-logging=stderr',
      '--v=0',
      '--dump-dom',
      ...(screenshot ? [`--screenshot=${screenshot}`, '--window-size=1280,2000', '--hide-scrollbars'] : []),
      pathToFileURL(htmlFile).href,
    ];
    const run = spawnSync(browser, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${browser} exited with ${run.status}: ${run.stderr.slice(-2000)}`);
    const consoleLines = run.stderr.split('\n').filter((line) => /:CONSOLE[:(\]]/.test(line));
    return { dom: run.stdout, console: consoleLines, stderr: run.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Elements and attributes that must never come out of scanned content, found in a serialized DOM. */
export function injectedMarkup(dom: string): string[] {
  const found: string[] = [];
  // In a serialized DOM, text never holds a raw `<`: every `<` opens a real tag.
  for (const m of dom.matchAll(/<(script|img|iframe|object|embed|link|base|form|input|math)\b[^>]*>/gi)) found.push(m[0]);
  for (const m of dom.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) found.push(m[0]);
  for (const m of dom.matchAll(/<[a-z][^>]*=\s*["']?\s*javascript:[^>]*>/gi)) found.push(m[0]);
  return found;
}
