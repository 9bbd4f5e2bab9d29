/**
 * The names TypeScript's parser met in a file: every identifier, and the text
 * of every string literal (`SourceFile.identifiers`, internal but present on
 * every parsed file). Pre-filters read it before searching a file's text: a
 * name the parser never met cannot be called, imported or required.
 */
import type { ts } from './typescript.js';

/** The names of a parsed file, or undefined when this TypeScript does not keep them (callers then search the text). */
export function identifiersOf(sourceFile: ts.SourceFile): ReadonlyMap<string, string> | undefined {
  const identifiers = (sourceFile as unknown as { identifiers?: unknown }).identifiers;
  return identifiers instanceof Map ? (identifiers as ReadonlyMap<string, string>) : undefined;
}

/** Whether `names` holds any of `words`. */
export function hasAny(names: ReadonlyMap<string, string>, words: Iterable<string>): boolean {
  for (const word of words) if (names.has(word)) return true;
  return false;
}
