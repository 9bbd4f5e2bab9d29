/**
 * Inline suppressions: `evident-ignore` directives written in a comment of the
 * scanned file, read from the file text the pipeline already holds.
 *
 *     <comment marker> evident-ignore <check-id>[,<check-id>…] [until=YYYY-MM-DD] -- <reason>
 *
 * A directive in a comment of its own applies to findings of the named checks
 * that start on the line after the comment (or on the comment's lines); a
 * directive in a trailing comment, after code on the same line, applies to
 * that line only. For IaC, a finding also counts as starting on the first line
 * of its resource. The marker must come right before the keyword (spaces
 * allowed): `#`, `//`, `/*` (also `/**`), `<!--`, or — on a line inside a
 * block comment — nothing but an optional leading `*`. Which markers count
 * depends on the file's format ({@link commentSyntaxFor}). The directive ends
 * at the end of its line, or earlier at the block comment's closing
 * delimiter. This module only parses; src/findings/exceptions.ts applies.
 */

/** The word that starts a directive. */
export const DIRECTIVE_KEYWORD = 'evident-ignore';

/** The comment syntax of one file format. */
export interface CommentSyntax {
  /** Markers that start a comment running to the end of the line. */
  line: readonly string[];
  /** Block comments: opening and closing delimiter. */
  block: ReadonlyArray<readonly [open: string, close: string]>;
  /** Quote characters of the format's one-line strings: a marker inside an open string on its line is not a comment. */
  quotes: string;
  /** `#` starts a comment only at the start of a line or after whitespace (YAML). */
  hashAfterSpace?: boolean;
}

const HCL: CommentSyntax = { line: ['#', '//'], block: [['/*', '*/']], quotes: '"' };
const YAML: CommentSyntax = { line: ['#'], block: [], quotes: '"', hashAfterSpace: true };
const SCRIPT: CommentSyntax = { line: ['//'], block: [['/*', '*/']], quotes: `"'\`` };
const MARKUP: CommentSyntax = { line: [], block: [['<!--', '-->']], quotes: '' };
const ANY: CommentSyntax = { line: ['#', '//'], block: [['/*', '*/'], ['<!--', '-->']], quotes: '"' };

/** Comment syntaxes by name; {@link commentSyntaxFor} picks one by file extension. */
export const COMMENT_SYNTAXES = { hcl: HCL, yaml: YAML, script: SCRIPT, markup: MARKUP, any: ANY } as const;

const BY_EXTENSION: Readonly<Record<string, keyof typeof COMMENT_SYNTAXES>> = {
  tf: 'hcl',
  tfvars: 'hcl',
  hcl: 'hcl',
  yaml: 'yaml',
  yml: 'yaml',
  ts: 'script',
  tsx: 'script',
  mts: 'script',
  cts: 'script',
  js: 'script',
  jsx: 'script',
  mjs: 'script',
  cjs: 'script',
  html: 'markup',
  htm: 'markup',
  xml: 'markup',
  md: 'markup',
};

/**
 * The comment syntax of a file, by extension: Terraform `#`, `//`, `/* *\/`;
 * YAML `#`; JS/TS `//`, `/* *\/`; HTML/XML/Markdown `<!-- -->`; any other file
 * every one of them.
 */
export function commentSyntaxFor(path: string): CommentSyntax {
  const dot = path.lastIndexOf('.');
  const ext = dot === -1 ? '' : path.slice(dot + 1).toLowerCase();
  return COMMENT_SYNTAXES[BY_EXTENSION[ext] ?? 'any'];
}

/** One `evident-ignore` directive found in a comment. */
export interface SuppressionDirective {
  /** The file, as given to {@link parseDirectives}. */
  file: string;
  /** 1-based line of the keyword. */
  line: number;
  /**
   * The last line it covers: findings starting on `line`…`lastLine` are
   * covered. The line after the comment for a comment of its own (a block
   * comment may run over several lines); `line` for a trailing comment.
   */
  lastLine: number;
  /** Check ids or aliases, as written. */
  checks: string[];
  /** YYYY-MM-DD: the last day the suppression applies. */
  until?: string;
  /** The text after `--`; absent when there is none. */
  reason?: string;
  /** Why the directive cannot be applied (malformed, no reason); absent when it is well-formed. */
  problem?: string;
}

/** Whether a directive covers findings (or resources) that start on `line`. */
export function directiveCovers(directive: SuppressionDirective, line: number): boolean {
  return line >= directive.line && line <= directive.lastLine;
}

/**
 * Every `evident-ignore` directive in the comments of one file, in line
 * order; malformed ones too, with their `problem`. Cheap on files without the
 * keyword (one `includes`).
 */
export function parseDirectives(file: string, text: string, syntax: CommentSyntax = commentSyntaxFor(file)): SuppressionDirective[] {
  if (!text.includes(DIRECTIVE_KEYWORD)) return [];
  const out: SuppressionDirective[] = [];
  let lineNo = 1;
  let lineStart = 0;
  for (let at = text.indexOf(DIRECTIVE_KEYWORD); at !== -1; at = text.indexOf(DIRECTIVE_KEYWORD, at + DIRECTIVE_KEYWORD.length)) {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < at; nl = text.indexOf('\n', lineStart)) {
      lineNo++;
      lineStart = nl + 1;
    }
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const comment = openerOf(text.slice(lineStart, at), text, lineStart, syntax);
    if (comment === undefined) continue;
    let body = text.slice(at + DIRECTIVE_KEYWORD.length, lineEnd).replace(/\r$/, '');
    // `evident-ignored`, `evident-ignore-foo`: another word, not a directive.
    if (body !== '' && !/^\s/.test(body)) continue;
    // The comment's last line, and whether code shares a line with it.
    let endLine = lineNo;
    let besideCode = comment.afterCode;
    if (comment.close !== undefined) {
      const close = body.indexOf(comment.close);
      if (close !== -1) {
        besideCode ||= body.slice(close + comment.close.length).trim() !== '';
        body = body.slice(0, close);
      } else {
        const closeAt = text.indexOf(comment.close, lineEnd);
        if (closeAt !== -1) {
          endLine = lineNo + countNewlines(text, lineEnd, closeAt);
          const after = text.indexOf('\n', closeAt);
          besideCode ||= text.slice(closeAt + comment.close.length, after === -1 ? text.length : after).trim() !== '';
        }
      }
    }
    out.push({ file, line: lineNo, lastLine: besideCode ? endLine : endLine + 1, ...parseBody(body) });
  }
  return out;
}

/** What follows the keyword: ids, `until=`, `-- reason`. */
function parseBody(body: string): Omit<SuppressionDirective, 'file' | 'line' | 'lastLine'> {
  const separator = /(?:^|\s)--(?:\s|$)/.exec(body);
  const head = separator ? body.slice(0, separator.index) : body;
  const reason = separator ? body.slice(separator.index + separator[0].length).trim() : '';
  const checks: string[] = [];
  let until: string | undefined;
  const problems: string[] = [];
  const tokens = head.replace(/\s*,\s*/g, ',').trim().split(/\s+/).filter((t) => t !== '');
  for (const token of tokens) {
    if (token.startsWith('until=')) {
      const value = token.slice('until='.length);
      if (until !== undefined) problems.push('gives until= twice');
      else if (!isCalendarDay(value)) problems.push(`has an invalid date until=${value} (expected YYYY-MM-DD)`);
      until = value;
    } else if (/^[A-Za-z0-9_.:-]+(,[A-Za-z0-9_.:-]+)*,?$/.test(token)) {
      checks.push(...token.split(',').filter((id) => id !== ''));
    } else {
      problems.push(`has an unexpected ${JSON.stringify(token)} before " -- "`);
    }
  }
  if (checks.length === 0) problems.unshift('names no check');
  if (reason === '') problems.push('has no reason (write " -- <why>" after the check ids)');
  return {
    checks,
    ...(until !== undefined ? { until } : {}),
    ...(reason !== '' ? { reason } : {}),
    ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
  };
}

/** How the comment holding a directive opened. */
interface Opener {
  /** The block comment's closing delimiter; undefined for a line comment. */
  close?: string;
  /** Code comes before the comment on its line (a trailing comment). */
  afterCode: boolean;
}

/**
 * How the comment holding the keyword opened, given the text before the
 * keyword on its line; undefined when the keyword is not in a comment of this
 * syntax.
 */
function openerOf(prefix: string, text: string, lineStart: number, syntax: CommentSyntax): Opener | undefined {
  const head = prefix.trimEnd();
  for (const marker of syntax.line) {
    if (!head.endsWith(marker)) continue;
    const at = head.length - marker.length;
    if (marker === '#' && syntax.hashAfterSpace && at > 0 && !/\s/.test(head[at - 1] ?? '')) continue;
    const before = head.slice(0, at);
    if (outsideStrings(before, syntax.quotes)) return { afterCode: before.trim() !== '' };
  }
  for (const [open, close] of syntax.block) {
    const opened = open === '/*' ? /\/\*+$/.exec(head) : head.endsWith(open) ? { index: head.length - open.length } : null;
    if (!opened) continue;
    const before = head.slice(0, opened.index);
    if (outsideStrings(before, syntax.quotes)) return { close, afterCode: before.trim() !== '' };
  }
  // A line inside a block comment: nothing but an optional leading `*` before the keyword.
  if (/^\s*\*?$/.test(head)) {
    for (const [open, close] of syntax.block) {
      const lastOpen = lineStart === 0 ? -1 : text.lastIndexOf(open, lineStart - 1);
      const lastClose = lineStart === 0 ? -1 : text.lastIndexOf(close, lineStart - 1);
      if (lastOpen !== -1 && lastOpen > lastClose) return { close, afterCode: false };
    }
  }
  return undefined;
}

/** Whether no string (of the given quote characters) is still open at the end of `text`. */
function outsideStrings(text: string, quotes: string): boolean {
  if (quotes === '') return true;
  let open: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (open !== undefined) {
      if (c === '\\') i++;
      else if (c === open) open = undefined;
    } else if (quotes.includes(c)) {
      open = c;
    }
  }
  return open === undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

