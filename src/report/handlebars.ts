/**
 * Handlebars, loaded on first use: only the HTML and PDF reports, `--template`
 * and rule documentation need it, and loading it costs about 47 ms, which every
 * other run (a JSON or SARIF scan in CI) would pay at start-up.
 */
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';

let loaded: typeof HandlebarsModule | undefined;

/** The Handlebars module (CommonJS, loaded synchronously the first time). */
export function handlebars(): typeof HandlebarsModule {
  loaded ??= createRequire(import.meta.url)('handlebars') as typeof HandlebarsModule;
  return loaded;
}
