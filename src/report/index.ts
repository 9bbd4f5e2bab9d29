import { renderControlsCsv, renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderOscal } from './oscal.js';
import { renderPdf } from './pdf.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { BinaryReporter, Reporter } from './types.js';

/** Output formats by name; --format choices and docs derive from this map. */
export const reporters = {
  'controls-csv': renderControlsCsv,
  csv: renderCsv,
  html: renderHtml,
  json: renderJson,
  junit: renderJunit,
  markdown: renderMarkdown,
  oscal: renderOscal,
  sarif: renderSarif,
  text: renderText,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;

export const FORMAT_NAMES = Object.keys(reporters).sort() as FormatName[];

/** Binary output formats (need --output; pdf needs a headless browser, see ./pdf.ts). */
export const binaryReporters = {
  pdf: renderPdf,
} as const satisfies Record<string, BinaryReporter>;

export type BinaryFormatName = keyof typeof binaryReporters;

export const BINARY_FORMAT_NAMES = Object.keys(binaryReporters).sort() as BinaryFormatName[];

/** Whether a format name is a binary format. */
export function isBinaryFormat(name: string): name is BinaryFormatName {
  return Object.hasOwn(binaryReporters, name);
}
