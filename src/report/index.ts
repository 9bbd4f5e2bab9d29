import { renderJson } from './json.js';
import { renderText } from './text.js';
import type { Reporter } from './types.js';

/** Output formats by name; --format choices and docs derive from this map. */
export const reporters = {
  json: renderJson,
  text: renderText,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;

export const FORMAT_NAMES = Object.keys(reporters).sort() as FormatName[];
