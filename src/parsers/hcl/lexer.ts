/**
 * The HCL2 native-syntax scanner: a hand-written, single-pass character
 * scanner with a mode stack (normal code, quoted template, heredoc template,
 * interpolation inside a template). It produces the whole token list up
 * front; every loop advances the position, so it cannot hang, and it uses no
 * regular expression on the hot path.
 */
import { ParseError } from '../types.js';
import { HclSource } from './ast.js';

/** Token kinds. */
export const Tok = {
  EOF: 0,
  Newline: 1,
  Ident: 2,
  Number: 3,
  OBrace: 4,
  CBrace: 5,
  OBrack: 6,
  CBrack: 7,
  OParen: 8,
  CParen: 9,
  Comma: 10,
  Dot: 11,
  Ellipsis: 12,
  Equal: 13,
  FatArrow: 14,
  Question: 15,
  Colon: 16,
  DoubleColon: 17,
  Plus: 18,
  Minus: 19,
  Star: 20,
  Slash: 21,
  Percent: 22,
  EqualOp: 23,
  NotEqual: 24,
  Less: 25,
  LessEq: 26,
  Greater: 27,
  GreaterEq: 28,
  And: 29,
  Or: 30,
  Bang: 31,
  /** `"` opening a quoted template. */
  OQuote: 32,
  /** `"` closing a quoted template. */
  CQuote: 33,
  /** A literal run inside a quoted template; `value` holds the decoded text. */
  QuotedLit: 34,
  /** `<<EOT` or `<<-EOT` (flag set) with its newline; `value` holds the marker. */
  OHeredoc: 35,
  /** The closing marker line of a heredoc (leading blanks and marker, no newline). */
  CHeredoc: 36,
  /** A literal run inside a heredoc (at most one line); `value` holds the text. */
  StringLit: 37,
  /** `${` (flag set for `${~`). */
  TemplateInterp: 38,
  /** `%{` (flag set for `%{~`). */
  TemplateControl: 39,
  /** The `}` closing an interpolation or directive (flag set for `~}`). */
  TemplateSeqEnd: 40,
} as const;

export type TokenKind = (typeof Tok)[keyof typeof Tok];

/** One token: its kind and the offsets of its first and last+1 characters. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Identifier name, number text, decoded literal text or heredoc marker; '' otherwise. */
  value: string;
  /** Strip marker (`${~`, `%{~`, `~}`) or indented heredoc (`<<-`). */
  flag: boolean;
}

const M_NORMAL = 0;
const M_QUOTED = 1;
const M_HEREDOC = 2;

interface Mode {
  kind: number;
  /** Normal mode: open `{` count; an interpolation ends at a `}` when it is 0. */
  braces: number;
  /** Normal mode: true inside `${…}` / `%{…}`. */
  interp: boolean;
  /** Heredoc: its marker, and whether the next literal starts a line. */
  marker: string;
  lineStart: boolean;
  /** Where the construct opened, for "unterminated" errors. */
  openAt: number;
}

const C_TAB = 9;
const C_LF = 10;
const C_CR = 13;
const C_SPACE = 32;
const C_BANG = 33;
const C_QUOTE = 34;
const C_HASH = 35;
const C_DOLLAR = 36;
const C_PERCENT = 37;
const C_AMP = 38;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_STAR = 42;
const C_PLUS = 43;
const C_COMMA = 44;
const C_MINUS = 45;
const C_DOT = 46;
const C_SLASH = 47;
const C_0 = 48;
const C_9 = 57;
const C_COLON = 58;
const C_LT = 60;
const C_EQ = 61;
const C_GT = 62;
const C_QUESTION = 63;
const C_LBRACK = 91;
const C_BACKSLASH = 92;
const C_RBRACK = 93;
const C_UNDERSCORE = 95;
const C_LBRACE = 123;
const C_PIPE = 124;
const C_RBRACE = 125;
const C_TILDE = 126;
const C_BOM = 0xfeff;

const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\-]$/u;

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE;
}

function isAsciiIdentContinue(c: number): boolean {
  return isAsciiIdentStart(c) || isDigit(c) || c === C_MINUS;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** How a character is shown in an error message. */
function describeChar(ch: string): string {
  return JSON.stringify(ch);
}

/** Splits HCL2 text into tokens. Throws {@link ParseError} on invalid characters and unterminated constructs. */
export function lexHcl(text: string): Token[] {
  const lexer = new Lexer(new HclSource('<text>', text));
  const tokens: Token[] = [];
  for (;;) {
    const tok = lexer.next();
    tokens.push(tok);
    if (tok.kind === Tok.EOF) return tokens;
  }
}

/**
 * A pull scanner: {@link Lexer.next} returns one token at a time, so that
 * tokens die young (a whole-file token array costs more in garbage
 * collection than the scanning itself on multi-megabyte files). Runs of
 * newlines, blank lines and comments come as one Newline token. After EOF,
 * `next` keeps returning EOF.
 */
export class Lexer {
  private readonly src: HclSource;
  private readonly text: string;
  private readonly len: number;
  private pos = 0;
  /** The token produced by the current `next` call, and the previous one. */
  private out: Token | null = null;
  private last: Token | null = null;
  private eof: Token | null = null;
  private readonly modes: Mode[] = [];

  /** `start`: the offset to scan from (a quoted string inside a JSON file, src/parsers/terraform-json.ts). */
  constructor(src: HclSource, start = 0) {
    this.src = src;
    this.text = src.text;
    this.len = this.text.length;
    this.pos = start;
    if (start === 0 && this.len > 0 && this.text.charCodeAt(0) === C_BOM) this.pos = 1;
    this.modes.push(newMode(M_NORMAL, false, 0));
  }

  /** The next token. */
  next(): Token {
    if (this.eof !== null) return this.eof;
    this.out = null;
    while (this.out === null) {
      const mode = this.modes[this.modes.length - 1]!;
      if (mode.kind === M_NORMAL) {
        if (this.scanNormal(mode)) break;
      } else if (mode.kind === M_QUOTED) {
        this.scanQuoted(mode);
      } else {
        this.scanHeredoc(mode);
      }
    }
    const tok = this.out!;
    this.last = tok;
    if (tok.kind === Tok.EOF) this.eof = tok;
    return tok;
  }

  private fail(message: string, at: number): never {
    const { line, column } = this.src.position(at);
    throw new ParseError(message, line, column);
  }

  /** Emits a token from `start` to the current position. */
  private emit(kind: TokenKind, start: number, value: string, flag: boolean): Token {
    const tok: Token = { kind, start, end: this.pos, value, flag };
    this.out = tok;
    return tok;
  }

  /** Emits a token of `n` characters at the current position. */
  private simple(kind: TokenKind, n: number): void {
    const start = this.pos;
    this.pos += n;
    this.emit(kind, start, '', false);
  }

  /** The error for reaching the end of the text inside a template or interpolation. */
  private failUnterminated(): never {
    for (let i = this.modes.length - 1; i >= 0; i--) {
      const m = this.modes[i]!;
      if (m.kind === M_QUOTED) this.fail('Unterminated string', m.openAt);
      if (m.kind === M_HEREDOC) this.fail(`Unterminated heredoc (no closing "${m.marker}" marker)`, m.openAt);
      if (m.kind === M_NORMAL && m.interp) this.fail('Unterminated template interpolation', m.openAt);
    }
    this.fail('Unexpected end of file', this.pos);
  }

  /** Scans one token in normal mode. Returns true at the end of the file. */
  private scanNormal(mode: Mode): boolean {
    const text = this.text;
    // Skip blanks and comments.
    for (;;) {
      if (this.pos >= this.len) {
        if (this.modes.length > 1) this.failUnterminated();
        this.emit(Tok.EOF, this.pos, '', false);
        return true;
      }
      const c = text.charCodeAt(this.pos);
      if (c === C_SPACE || c === C_TAB || c === C_CR) {
        this.pos++;
      } else if (c === C_HASH || (c === C_SLASH && text.charCodeAt(this.pos + 1) === C_SLASH)) {
        const nl = text.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.len : nl;
      } else if (c === C_SLASH && text.charCodeAt(this.pos + 1) === C_STAR) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0) this.fail('Unterminated comment', this.pos);
        this.pos = close + 2;
      } else {
        break;
      }
    }
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c === C_LF) {
      const last = this.last;
      this.pos++;
      if (last !== null && last.kind === Tok.Newline) last.end = this.pos;
      else this.emit(Tok.Newline, start, '', false);
      return false;
    }
    if (isAsciiIdentStart(c)) {
      this.scanIdent();
      return false;
    }
    if (isDigit(c)) {
      this.scanNumber();
      return false;
    }
    switch (c) {
      case C_LBRACE:
        mode.braces++;
        this.simple(Tok.OBrace, 1);
        return false;
      case C_RBRACE:
        if (mode.interp && mode.braces === 0) {
          this.simple(Tok.TemplateSeqEnd, 1);
          this.modes.pop();
        } else {
          if (mode.braces > 0) mode.braces--;
          this.simple(Tok.CBrace, 1);
        }
        return false;
      case C_TILDE:
        if (mode.interp && mode.braces === 0 && text.charCodeAt(start + 1) === C_RBRACE) {
          this.pos += 2;
          this.emit(Tok.TemplateSeqEnd, start, '', true);
          this.modes.pop();
          return false;
        }
        break;
      case C_LBRACK:
        this.simple(Tok.OBrack, 1);
        return false;
      case C_RBRACK:
        this.simple(Tok.CBrack, 1);
        return false;
      case C_LPAREN:
        this.simple(Tok.OParen, 1);
        return false;
      case C_RPAREN:
        this.simple(Tok.CParen, 1);
        return false;
      case C_COMMA:
        this.simple(Tok.Comma, 1);
        return false;
      case C_DOT:
        if (text.charCodeAt(start + 1) === C_DOT && text.charCodeAt(start + 2) === C_DOT) this.simple(Tok.Ellipsis, 3);
        else this.simple(Tok.Dot, 1);
        return false;
      case C_EQ: {
        const n = text.charCodeAt(start + 1);
        if (n === C_EQ) this.simple(Tok.EqualOp, 2);
        else if (n === C_GT) this.simple(Tok.FatArrow, 2);
        else this.simple(Tok.Equal, 1);
        return false;
      }
      case C_BANG:
        if (text.charCodeAt(start + 1) === C_EQ) this.simple(Tok.NotEqual, 2);
        else this.simple(Tok.Bang, 1);
        return false;
      case C_LT:
        if (text.charCodeAt(start + 1) === C_LT) {
          this.scanHeredocOpen();
          return false;
        }
        if (text.charCodeAt(start + 1) === C_EQ) this.simple(Tok.LessEq, 2);
        else this.simple(Tok.Less, 1);
        return false;
      case C_GT:
        if (text.charCodeAt(start + 1) === C_EQ) this.simple(Tok.GreaterEq, 2);
        else this.simple(Tok.Greater, 1);
        return false;
      case C_AMP:
        if (text.charCodeAt(start + 1) === C_AMP) {
          this.simple(Tok.And, 2);
          return false;
        }
        break;
      case C_PIPE:
        if (text.charCodeAt(start + 1) === C_PIPE) {
          this.simple(Tok.Or, 2);
          return false;
        }
        break;
      case C_QUESTION:
        this.simple(Tok.Question, 1);
        return false;
      case C_COLON:
        if (text.charCodeAt(start + 1) === C_COLON) this.simple(Tok.DoubleColon, 2);
        else this.simple(Tok.Colon, 1);
        return false;
      case C_PLUS:
        this.simple(Tok.Plus, 1);
        return false;
      case C_MINUS:
        this.simple(Tok.Minus, 1);
        return false;
      case C_STAR:
        this.simple(Tok.Star, 1);
        return false;
      case C_SLASH:
        this.simple(Tok.Slash, 1);
        return false;
      case C_PERCENT:
        this.simple(Tok.Percent, 1);
        return false;
      case C_QUOTE:
        this.simple(Tok.OQuote, 1);
        this.modes.push(newMode(M_QUOTED, false, start));
        return false;
      default:
        if (c >= 0x80) {
          const cp = text.codePointAt(start)!;
          const ch = String.fromCodePoint(cp);
          if (ID_START.test(ch)) {
            this.scanIdent();
            return false;
          }
        }
    }
    const cp = text.codePointAt(start)!;
    this.fail(`Invalid character ${describeChar(String.fromCodePoint(cp))}`, start);
  }

  private scanIdent(): void {
    const text = this.text;
    const start = this.pos;
    let p = start;
    for (;;) {
      if (p >= this.len) break;
      const c = text.charCodeAt(p);
      if (c < 0x80) {
        if (!isAsciiIdentContinue(c)) break;
        p++;
        continue;
      }
      const cp = text.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      if (!ID_CONTINUE.test(ch)) break;
      p += ch.length;
    }
    this.pos = p;
    this.emit(Tok.Ident, start, text.slice(start, p), false);
  }

  private scanNumber(): void {
    const text = this.text;
    const start = this.pos;
    let p = start;
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === C_DOT && isDigit(text.charCodeAt(p + 1))) {
      p++;
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const s = text.charCodeAt(q);
      if (s === C_PLUS || s === C_MINUS) q++;
      if (isDigit(text.charCodeAt(q))) {
        while (isDigit(text.charCodeAt(q))) q++;
        p = q;
      }
    }
    this.pos = p;
    this.emit(Tok.Number, start, text.slice(start, p), false);
  }

  /** `<<EOT` / `<<-EOT` followed by a newline. */
  private scanHeredocOpen(): void {
    const text = this.text;
    const start = this.pos;
    let p = start + 2;
    let indent = false;
    if (text.charCodeAt(p) === C_MINUS) {
      indent = true;
      p++;
    }
    const markerStart = p;
    if (isAsciiIdentStart(text.charCodeAt(p))) {
      p++;
      while (p < this.len && isAsciiIdentContinue(text.charCodeAt(p))) p++;
    }
    const marker = text.slice(markerStart, p);
    if (text.charCodeAt(p) === C_CR) p++;
    if (marker === '' || text.charCodeAt(p) !== C_LF) {
      this.fail('Invalid heredoc: "<<" must be followed by a marker word and a newline', start);
    }
    this.pos = p + 1;
    this.emit(Tok.OHeredoc, start, marker, indent);
    const mode = newMode(M_HEREDOC, false, start);
    mode.marker = marker;
    mode.lineStart = true;
    this.modes.push(mode);
  }

  /** Scans one literal run, interpolation opener or the closing quote of a quoted template. */
  private scanQuoted(mode: Mode): void {
    const text = this.text;
    const start = this.pos;
    let out = '';
    let seg = start;
    let p = start;
    for (;;) {
      if (p >= this.len) this.fail('Unterminated string', mode.openAt);
      const c = text.charCodeAt(p);
      if (c === C_QUOTE) break;
      if (c === C_LF) this.fail('Unterminated string', mode.openAt);
      if (c === C_BACKSLASH) {
        out += text.slice(seg, p) + this.decodeEscape(p, mode);
        p += escapeLength(text.charCodeAt(p + 1));
        seg = p;
        continue;
      }
      if (c === C_DOLLAR || c === C_PERCENT) {
        const n = text.charCodeAt(p + 1);
        if (n === C_LBRACE) break;
        if (n === c && text.charCodeAt(p + 2) === C_LBRACE) {
          out += text.slice(seg, p + 1) + '{';
          p += 3;
          seg = p;
          continue;
        }
      }
      p++;
    }
    if (p > start) {
      out += text.slice(seg, p);
      this.pos = p;
      this.emit(Tok.QuotedLit, start, out, false);
      return;
    }
    const c = text.charCodeAt(p);
    if (c === C_QUOTE) {
      this.pos = p + 1;
      this.emit(Tok.CQuote, p, '', false);
      this.modes.pop();
      return;
    }
    this.openInterp(c === C_DOLLAR ? Tok.TemplateInterp : Tok.TemplateControl);
  }

  /** At `${` or `%{`: emits the opener and enters normal mode until the matching `}`. */
  private openInterp(kind: TokenKind): void {
    const start = this.pos;
    const strip = this.text.charCodeAt(start + 2) === C_TILDE;
    this.pos += strip ? 3 : 2;
    this.emit(kind, start, '', strip);
    this.modes.push(newMode(M_NORMAL, true, start));
  }

  /** Decodes the escape sequence at `p` (a backslash); its length is {@link escapeLength}. */
  private decodeEscape(p: number, mode: Mode): string {
    const text = this.text;
    const n = text.charCodeAt(p + 1);
    switch (n) {
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case C_QUOTE:
        return '"';
      case C_BACKSLASH:
        return '\\';
      case 117: // \uXXXX
      case 85: {
        // \UXXXXXXXX
        const digits = n === 117 ? 4 : 8;
        let cp = 0;
        for (let i = 0; i < digits; i++) {
          const h = text.charCodeAt(p + 2 + i);
          if (!isHex(h)) this.fail('Invalid escape sequence: expected hexadecimal digits', p);
          cp = cp * 16 + parseInt(text[p + 2 + i]!, 16);
        }
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail('Invalid escape sequence: not a Unicode character', p);
        return String.fromCodePoint(cp);
      }
      default: {
        if (p + 1 >= this.len || n === C_LF) this.fail('Unterminated string', mode.openAt);
        const ch = String.fromCodePoint(text.codePointAt(p + 1)!);
        return this.fail(`Invalid escape sequence "\\${ch}"`, p);
      }
    }
  }

  /** Scans one heredoc line literal, interpolation opener, or the closing marker. */
  private scanHeredoc(mode: Mode): void {
    const text = this.text;
    const start = this.pos;
    if (start >= this.len) this.failUnterminated();
    if (mode.lineStart && this.isClosingMarker(mode.marker)) {
      let p = start;
      while (text.charCodeAt(p) === C_SPACE || text.charCodeAt(p) === C_TAB) p++;
      this.pos = p + mode.marker.length;
      this.emit(Tok.CHeredoc, start, mode.marker, false);
      this.modes.pop();
      return;
    }
    let out = '';
    let seg = start;
    let p = start;
    let endsLine = false;
    for (;;) {
      if (p >= this.len) break;
      const c = text.charCodeAt(p);
      if (c === C_LF) {
        p++;
        endsLine = true;
        break;
      }
      if (c === C_DOLLAR || c === C_PERCENT) {
        const n = text.charCodeAt(p + 1);
        if (n === C_LBRACE) break;
        if (n === c && text.charCodeAt(p + 2) === C_LBRACE) {
          out += text.slice(seg, p + 1) + '{';
          p += 3;
          seg = p;
          continue;
        }
      }
      p++;
    }
    if (p > start) {
      out += text.slice(seg, p);
      this.pos = p;
      this.emit(Tok.StringLit, start, out, false);
      mode.lineStart = endsLine;
      return;
    }
    if (p >= this.len) this.failUnterminated();
    mode.lineStart = false;
    this.openInterp(text.charCodeAt(p) === C_DOLLAR ? Tok.TemplateInterp : Tok.TemplateControl);
  }

  /** Whether the line at the current position is `  MARKER  ` followed by a newline or the end of the text. */
  private isClosingMarker(marker: string): boolean {
    const text = this.text;
    let p = this.pos;
    while (text.charCodeAt(p) === C_SPACE || text.charCodeAt(p) === C_TAB) p++;
    if (!text.startsWith(marker, p)) return false;
    p += marker.length;
    while (text.charCodeAt(p) === C_SPACE || text.charCodeAt(p) === C_TAB || text.charCodeAt(p) === C_CR) p++;
    return p >= this.len || text.charCodeAt(p) === C_LF;
  }
}

/** Length of the escape sequence whose second character is `n`. */
function escapeLength(n: number): number {
  if (n === 117) return 6;
  if (n === 85) return 10;
  return 2;
}

function newMode(kind: number, interp: boolean, openAt: number): Mode {
  return { kind, braces: 0, interp, marker: '', lineStart: false, openAt };
}
