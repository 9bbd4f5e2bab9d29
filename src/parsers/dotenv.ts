/**
 * `.env` files → one normalized document per file: every assignment as a
 * resource with its exact lines, its unquoted value, the `${VAR}` references
 * it makes, and whether the value is a real-looking secret. Whether it is a URL that
 * turns TLS off is read by the checks (policies/lib/transport.rego), as in
 * compose files and Kubernetes manifests.
 *
 * The syntax is the common subset of dotenv (Node), python-dotenv and docker
 * compose's `env_file`: `KEY=value`, `export KEY=value`, `KEY: value`,
 * comments (`#` at the start of a line, or after whitespace in an unquoted
 * value), single quotes (literal), double quotes (escapes `\n \r \t \" \\ \$`,
 * may span lines), backticks, empty values. A line that is not an assignment
 * makes the file a FileError with that line, as docker compose rejects such a
 * file: reading around it would silently drop what follows a typo.
 */
import { linesRange, locateByLines, splitLines } from './line-based.js';
import { secretHint, type SecretHint } from './secret-value.js';
import { loadEachFile, ParseError } from './types.js';
import type { LoadResult, NormalizedDocument, NormalizedResource, SourceText } from './types.js';

/** One assignment of a `.env` file. */
export interface EnvVariable extends NormalizedResource {
  kind: 'variable';
  key: string;
  value: string;
  quote: 'none' | 'single' | 'double' | 'backtick';
  exported: boolean;
  /** Names of `${VAR}` / `$VAR` references (none in single-quoted values). */
  references: string[];
  /** Set when the value looks like a real credential (see secret-value.ts). */
  secret?: SecretHint;
}

export interface DotenvDocument extends NormalizedDocument {
  type: 'dotenv';
  /** The file is an example/template (`.env.example`, `.env.sample`, `.env.template`, `*.env.dist`). */
  template: boolean;
  resources: EnvVariable[];
}

const ASSIGNMENT = /^[ \t]*(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:(?=[ \t]|$))[ \t]*/;

/** Parses the text of one `.env` file. @throws ParseError with the line of the first line that is not an assignment. */
export function parseDotenv(text: string, file: string): DotenvDocument {
  const lines = splitLines(text);
  const seen = new Map<string, number>();
  const variables: EnvVariable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(raw);
    if (match === null) {
      const column = raw.length - raw.trimStart().length + 1;
      throw new ParseError(`line ${i + 1} is not an assignment (KEY=value)`, i + 1, column);
    }
    const key = match[2]!;
    const start = i;
    const rest = raw.slice(match[0].length);
    const parsed = readValue(rest, lines, i, match[0].length);
    i = parsed.endIndex;
    const variable: EnvVariable = {
      id: key,
      kind: 'variable',
      file,
      startLine: start + 1,
      endLine: parsed.endIndex + 1,
      key,
      value: parsed.value,
      quote: parsed.quote,
      exported: match[1] !== undefined,
      references: parsed.quote === 'single' ? [] : referencesIn(parsed.value),
    };
    const secret = secretHint(key, parsed.value);
    if (secret !== undefined) variable.secret = secret;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) variable.id = `${key}#${start + 1}`;
    variables.push(variable);
  }
  return {
    type: 'dotenv',
    path: file,
    files: [file],
    template: /(?:^|[./])(?:example|sample|template|dist|defaults?)$/i.test(file.split('/').pop() ?? ''),
    resources: variables,
  };
}

interface ValueRead {
  value: string;
  quote: EnvVariable['quote'];
  /** Index of the last line the value uses. */
  endIndex: number;
}

/** Reads a value starting at `rest` (the text after `KEY=` on line `index`), following quotes across lines. */
function readValue(rest: string, lines: readonly string[], index: number, offset: number): ValueRead {
  const open = rest.charAt(0);
  if (open !== '"' && open !== "'" && open !== '`') {
    const comment = /(?:^|[ \t])#/.exec(rest);
    return { value: (comment === null ? rest : rest.slice(0, comment.index)).trim(), quote: 'none', endIndex: index };
  }
  // Line by line, so that each character is looked at once however long the value runs.
  const parts: string[] = [];
  let segment = rest.slice(1);
  let line = index;
  for (;;) {
    const close = closingQuote(segment, open);
    if (close !== -1) {
      const tail = segment.slice(close + 1).trim();
      if (tail !== '' && !tail.startsWith('#')) {
        throw new ParseError(`unexpected text after the closing quote on line ${line + 1}`, line + 1);
      }
      parts.push(segment.slice(0, close));
      const body = parts.join('\n');
      return { value: open === '"' ? unescapeDouble(body) : body, quote: open === '"' ? 'double' : open === "'" ? 'single' : 'backtick', endIndex: line };
    }
    parts.push(segment);
    line++;
    if (line >= lines.length) throw new ParseError(`unterminated ${open} quoted value started on line ${index + 1}`, index + 1, offset + 1);
    segment = lines[line]!;
  }
}

/** Offset of the closing quote in one line of a quoted value, or -1; backslash escapes count in double quotes only. */
function closingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \\ */ && quote === '"') {
      i++;
      continue;
    }
    if (c === quote.charCodeAt(0)) return i;
  }
  return -1;
}

function unescapeDouble(body: string): string {
  return body.replace(/\\([nrt"\\$])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c));
}

/** `${NAME}`, `${NAME:-default}` and `$NAME` references, in order of first appearance. */
export function referencesIn(value: string): string[] {
  const names: string[] = [];
  for (const m of value.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
    const name = m[1] ?? m[2]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Loads the `.env` files of one directory: one document per file. */
export function loadDotenv(_dir: string, files: SourceText[]): LoadResult {
  return loadEachFile(files, (file) => {
    const document = parseDotenv(file.text, file.path);
    const lines = splitLines(file.text);
    const byId = new Map(document.resources.map((r) => [r.id, r]));
    return {
      document,
      locate(resourceId, path) {
        const variable = byId.get(resourceId);
        return variable === undefined ? undefined : locateByLines(variable, path, lines) ?? linesRange(lines, variable.startLine, variable.endLine);
      },
    };
  });
}
