/**
 * The HTML report: one self-contained file (inline CSS and SVG charts, no
 * script, no network, a Content-Security-Policy that forbids both) that reads
 * on screen and prints to PDF. Rendered by Handlebars from
 * templates/report.html.hbs and templates/partials/*.hbs with an isolated
 * instance in strict mode; everything from scanned files goes through `{{ }}`
 * (HTML-escaped), never `{{{ }}}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { handlebars } from './handlebars.js';
import { packageRoot } from '../package-root.js';
import type { ScanResult } from '../scan-result.js';
import { buildHtmlView, type HtmlView } from './html-view.js';
import type { ReportOptions, Reporter } from './types.js';

/** Where the report's templates live (shipped with the package). */
export const HTML_TEMPLATE_DIR = join(packageRoot, 'templates');

let compiled: HandlebarsTemplateDelegate<HtmlView> | undefined;

/**
 * Compiles the report template and registers its partials and helpers on a
 * private Handlebars instance, once per process.
 */
function template(): HandlebarsTemplateDelegate<HtmlView> {
  if (compiled) return compiled;
  const hbs = handlebars().create();
  const options = { strict: true, knownHelpersOnly: false, preventIndent: true } as const;
  const partialsDir = join(HTML_TEMPLATE_DIR, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
    hbs.registerPartial(basename(file, '.hbs'), hbs.compile(readFileSync(join(partialsDir, file), 'utf8'), options));
  }
  // `plural n "finding"` → "1 finding" / "3 findings". Returns a plain (escaped) string.
  hbs.registerHelper('plural', (count: unknown, word: unknown) => {
    const n = typeof count === 'number' ? count : 0;
    return `${n} ${String(word)}${n === 1 ? '' : 's'}`;
  });
  compiled = hbs.compile<HtmlView>(readFileSync(join(HTML_TEMPLATE_DIR, 'report.html.hbs'), 'utf8'), options);
  return compiled;
}

/**
 * Renders the HTML report. Pure apart from reading the templates and the
 * built-in control catalogs once: the same result gives the same bytes.
 */
export const renderHtml: Reporter = (result: ScanResult, _options: ReportOptions = {}) => template()(buildHtmlView(result));
