/**
 * A recursive-descent parser for the HCL2 native syntax (HashiCorp's
 * "HCL Native Syntax Specification"): bodies, attributes, blocks, one-line
 * blocks and the full expression language, with exact source ranges.
 *
 * Recursion is bounded ({@link MAX_NESTING}), so hostile input fails with a
 * {@link ParseError} instead of overflowing the stack.
 */
import { ParseError } from '../types.js';
import type { BinaryOperator, HclExpression, SplatStep, TemplatePart } from './ast.js';
import {
  BinaryExpr,
  CallExpr,
  ConditionalExpr,
  ForExpr,
  GetAttrExpr,
  HclAttribute,
  HclBlock,
  HclBody,
  HclSource,
  IndexExpr,
  LiteralExpr,
  ObjectExpr,
  ObjectItem,
  ParensExpr,
  SplatExpr,
  TemplateExpr,
  TraversalExpr,
  TupleExpr,
  UnaryExpr,
} from './ast.js';
import { Lexer, Tok } from './lexer.js';
import type { Token, TokenKind } from './lexer.js';

/** Deepest nesting of blocks and expressions accepted. */
export const MAX_NESTING = 200;
/** Longest chain of binary operators accepted in one expression. */
export const MAX_OPERATOR_CHAIN = 1000;

/**
 * Parses an HCL2 native-syntax file into its root body.
 * @throws ParseError with a one-line message and the 1-based line/column of the problem.
 */
export function parseHcl(text: string, fileName: string): HclBody {
  const source = new HclSource(fileName, text);
  return new Parser(new Lexer(source), source).parseFile();
}

/**
 * Parses one standalone expression (e.g. for tests or a `-var` value).
 * @throws ParseError
 */
export function parseHclExpression(text: string, fileName = '<expression>'): HclExpression {
  const source = new HclSource(fileName, text);
  const parser = new Parser(new Lexer(source), source);
  return parser.parseStandaloneExpression();
}

/**
 * Parses the quoted string at offsets [start, end) of `src` as an HCL quoted
 * template (`"${aws_s3_bucket.b.id}"`): a string value of a Terraform JSON
 * file, which Terraform reads as a template. The nodes keep offsets into the
 * whole file. Undefined when the quoted template ends elsewhere.
 * @throws ParseError (an invalid template, or a JSON escape HCL does not know, such as `\/`)
 */
export function parseHclTemplateAt(src: HclSource, start: number, end: number): HclExpression | undefined {
  const expr = new Parser(new Lexer(src, start), src).parseTemplateOnly();
  return expr.end === end ? expr : undefined;
}

const BINARY_LEVEL: Partial<Record<TokenKind, number>> = {
  [Tok.Or]: 0,
  [Tok.And]: 1,
  [Tok.EqualOp]: 2,
  [Tok.NotEqual]: 2,
  [Tok.Less]: 3,
  [Tok.LessEq]: 3,
  [Tok.Greater]: 3,
  [Tok.GreaterEq]: 3,
  [Tok.Plus]: 4,
  [Tok.Minus]: 4,
  [Tok.Star]: 5,
  [Tok.Slash]: 5,
  [Tok.Percent]: 5,
};

const BINARY_OP: Partial<Record<TokenKind, BinaryOperator>> = {
  [Tok.Or]: '||',
  [Tok.And]: '&&',
  [Tok.EqualOp]: '==',
  [Tok.NotEqual]: '!=',
  [Tok.Less]: '<',
  [Tok.LessEq]: '<=',
  [Tok.Greater]: '>',
  [Tok.GreaterEq]: '>=',
  [Tok.Plus]: '+',
  [Tok.Minus]: '-',
  [Tok.Star]: '*',
  [Tok.Slash]: '/',
  [Tok.Percent]: '%',
};

const TOKEN_TEXT: Partial<Record<TokenKind, string>> = {
  [Tok.OBrace]: '{',
  [Tok.CBrace]: '}',
  [Tok.OBrack]: '[',
  [Tok.CBrack]: ']',
  [Tok.OParen]: '(',
  [Tok.CParen]: ')',
  [Tok.Comma]: ',',
  [Tok.Dot]: '.',
  [Tok.Ellipsis]: '...',
  [Tok.Equal]: '=',
  [Tok.FatArrow]: '=>',
  [Tok.Question]: '?',
  [Tok.Colon]: ':',
  [Tok.DoubleColon]: '::',
  [Tok.Plus]: '+',
  [Tok.Minus]: '-',
  [Tok.Star]: '*',
  [Tok.Slash]: '/',
  [Tok.Percent]: '%',
  [Tok.EqualOp]: '==',
  [Tok.NotEqual]: '!=',
  [Tok.Less]: '<',
  [Tok.LessEq]: '<=',
  [Tok.Greater]: '>',
  [Tok.GreaterEq]: '>=',
  [Tok.And]: '&&',
  [Tok.Or]: '||',
  [Tok.Bang]: '!',
  [Tok.OQuote]: '"',
  [Tok.CQuote]: '"',
  [Tok.TemplateInterp]: '${',
  [Tok.TemplateControl]: '%{',
  [Tok.TemplateSeqEnd]: '}',
};

/** How a token is named in an error message. */
function describe(tok: Token): string {
  switch (tok.kind) {
    case Tok.EOF:
      return 'end of file';
    case Tok.Newline:
      return 'newline';
    case Tok.Ident:
      return `identifier "${tok.value}"`;
    case Tok.Number:
      return `number ${tok.value}`;
    case Tok.QuotedLit:
    case Tok.StringLit:
      return 'string';
    case Tok.OHeredoc:
      return 'heredoc';
    case Tok.CHeredoc:
      return 'heredoc marker';
    default:
      return `"${TOKEN_TEXT[tok.kind] ?? '?'}"`;
  }
}

/** A flat template piece before directives are nested. */
type FlatPart =
  | { kind: 'lit'; value: string }
  | { kind: 'interp'; expr: HclExpression }
  | { kind: 'if'; condition: HclExpression; tok: Token }
  | { kind: 'else'; tok: Token }
  | { kind: 'endif'; tok: Token }
  | { kind: 'for'; keyVar: string | null; valueVar: string; collection: HclExpression; tok: Token }
  | { kind: 'endfor'; tok: Token };

class Parser {
  private readonly lexer: Lexer;
  /** Lookahead tokens pulled from the lexer and not consumed yet: `buf[head…]`. */
  private buf: Token[] = [];
  private head = 0;
  private readonly src: HclSource;
  /** Whether newlines are significant; a stack because brackets nest inside objects and vice versa. */
  private readonly newlineStack: boolean[] = [];
  private includeNewlines = true;
  private depth = 0;
  /** The last token consumed; node ranges end there. */
  private last: Token;

  constructor(lexer: Lexer, src: HclSource) {
    this.lexer = lexer;
    this.src = src;
    this.last = { kind: Tok.EOF, start: 0, end: 0, value: '', flag: false };
  }

  // ---------------------------------------------------------------- tokens

  /** The n-th unconsumed token, newlines included. */
  private la(n: number): Token {
    while (this.buf.length - this.head <= n) this.buf.push(this.lexer.next());
    return this.buf[this.head + n]!;
  }

  /** Drops the first unconsumed token (never the EOF). */
  private shift(): void {
    if (this.la(0).kind === Tok.EOF) return;
    this.head++;
    if (this.head > 32) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
  }

  /** Offset (for {@link la}) of the next token that {@link peek} would return. */
  private peekOffset(): number {
    let i = 0;
    if (!this.includeNewlines) {
      while (this.la(i).kind === Tok.Newline) i++;
    }
    return i;
  }

  private peek(): Token {
    return this.la(this.peekOffset());
  }

  /** The token after the one {@link peek} returns, newlines skipped. */
  private peekSecond(): Token {
    let i = this.peekOffset() + 1;
    while (this.la(i).kind === Tok.Newline) i++;
    return this.la(i);
  }

  private next(): Token {
    if (!this.includeNewlines) {
      while (this.la(0).kind === Tok.Newline) this.shift();
    }
    const tok = this.la(0);
    this.shift();
    this.last = tok;
    return tok;
  }

  private pushNewlines(include: boolean): void {
    this.newlineStack.push(this.includeNewlines);
    this.includeNewlines = include;
  }

  private popNewlines(): void {
    this.includeNewlines = this.newlineStack.pop() ?? true;
  }

  private fail(message: string, tok: Token): never {
    const { line, column } = this.src.position(tok.start);
    throw new ParseError(message, line, column);
  }

  private unexpected(tok: Token, expected: string): never {
    if (tok.kind === Tok.EOF) this.fail(`Unexpected end of file, expected ${expected}`, tok);
    this.fail(`Unexpected ${describe(tok)}, expected ${expected}`, tok);
  }

  private expect(kind: TokenKind, expected: string): Token {
    const tok = this.next();
    if (tok.kind !== kind) this.unexpected(tok, expected);
    return tok;
  }

  private enter(tok: Token): void {
    if (++this.depth > MAX_NESTING) this.fail('Expression or block nesting too deep', tok);
  }

  private leave(): void {
    this.depth--;
  }

  private skipNewlines(): void {
    while (this.la(0).kind === Tok.Newline) this.shift();
  }

  // ---------------------------------------------------------------- bodies

  parseFile(): HclBody {
    const { attributes, blocks } = this.parseBodyItems(null);
    return new HclBody(this.src, 0, this.src.text.length, attributes, blocks);
  }

  /** One quoted template, not followed by anything (parseHclTemplateAt). */
  parseTemplateOnly(): HclExpression {
    const open = this.next();
    if (open.kind !== Tok.OQuote) this.unexpected(open, 'a quoted string');
    return this.parseTemplate(open, Tok.CQuote, false, false);
  }

  parseStandaloneExpression(): HclExpression {
    this.skipNewlines();
    const expr = this.parseExpression();
    this.skipNewlines();
    const tok = this.next();
    if (tok.kind !== Tok.EOF) this.unexpected(tok, 'end of expression');
    return expr;
  }

  /**
   * Parses attributes and blocks until the closing brace of `open` (or the
   * end of the file when `open` is null). Consumes the closing brace.
   */
  private parseBodyItems(open: Token | null): { attributes: HclAttribute[]; blocks: HclBlock[] } {
    const attributes: HclAttribute[] = [];
    const blocks: HclBlock[] = [];
    let names: Set<string> | null = null;
    for (;;) {
      this.skipNewlines();
      const tok = this.next();
      if (tok.kind === Tok.EOF) {
        if (open !== null) this.fail('Unclosed configuration block', open);
        return { attributes, blocks };
      }
      if (tok.kind === Tok.CBrace) {
        if (open === null) this.fail('Unexpected "}"', tok);
        return { attributes, blocks };
      }
      if (tok.kind !== Tok.Ident) this.unexpected(tok, 'an argument or block definition');
      const after = this.peek();
      if (after.kind === Tok.Equal) {
        const attr = this.parseAttribute(tok);
        names ??= new Set();
        if (names.has(attr.name)) this.fail(`Attribute redefined: "${attr.name}"`, tok);
        names.add(attr.name);
        attributes.push(attr);
        this.endOfItem('argument');
      } else if (after.kind === Tok.OBrace || after.kind === Tok.Ident || after.kind === Tok.OQuote) {
        blocks.push(this.parseBlock(tok));
        this.endOfItem('block definition');
      } else {
        this.unexpected(after, `"=" or a block after "${tok.value}"`);
      }
    }
  }

  /** After an attribute or block: a newline, the end of the file, or the enclosing block's "}". */
  private endOfItem(what: string): void {
    const tok = this.la(0);
    if (tok.kind === Tok.Newline || tok.kind === Tok.EOF || tok.kind === Tok.CBrace) return;
    this.fail(`Missing newline after ${what}`, tok);
  }

  /** `name = expression` (the name token is already consumed). */
  private parseAttribute(name: Token): HclAttribute {
    this.next(); // "="
    const expr = this.parseExpression();
    return new HclAttribute(this.src, name.start, name.value, expr);
  }

  /** `type label… { body }` (the type token is already consumed). */
  private parseBlock(typeTok: Token): HclBlock {
    this.enter(typeTok);
    const labels: string[] = [];
    const labelOffsets: number[] = [];
    for (;;) {
      const tok = this.next();
      if (tok.kind === Tok.OBrace) break;
      if (tok.kind === Tok.Ident) {
        labels.push(tok.value);
        labelOffsets.push(tok.start, tok.end);
      } else if (tok.kind === Tok.OQuote) {
        let value = '';
        let lit = this.next();
        if (lit.kind === Tok.QuotedLit) {
          value = lit.value;
          lit = this.next();
        }
        if (lit.kind !== Tok.CQuote) this.fail('Invalid block label: a label must be a plain string without interpolation', tok);
        labels.push(value);
        labelOffsets.push(tok.start, lit.end);
      } else {
        this.unexpected(tok, 'a block label or "{"');
      }
    }
    const open = this.last;
    let attributes: HclAttribute[] = [];
    let blocks: HclBlock[] = [];
    const first = this.la(0);
    if (first.kind === Tok.Newline) {
      ({ attributes, blocks } = this.parseBodyItems(open));
    } else if (first.kind === Tok.CBrace) {
      this.next();
    } else if (first.kind === Tok.Ident) {
      // One-line block: `name { attr = value }`.
      const name = this.next();
      if (this.peek().kind !== Tok.Equal) {
        this.fail('Invalid single-line block: it may contain only one argument (nested blocks need their own lines)', name);
      }
      attributes = [this.parseAttribute(name)];
      const close = this.next();
      if (close.kind !== Tok.CBrace) {
        if (close.kind === Tok.EOF) this.fail('Unclosed configuration block', open);
        this.fail('Invalid single-line block: it must end with "}" right after its single argument', close);
      }
    } else if (first.kind === Tok.EOF) {
      this.fail('Unclosed configuration block', open);
    } else {
      this.unexpected(first, 'a newline or an argument after "{"');
    }
    this.leave();
    const body = new HclBody(this.src, open.start, this.last.end, attributes, blocks);
    return new HclBlock(this.src, typeTok.start, typeTok.value, labels, labelOffsets, body);
  }

  // ---------------------------------------------------------------- expressions

  private parseExpression(): HclExpression {
    this.enter(this.peek());
    const cond = this.parseBinary(0);
    let result = cond;
    if (this.peek().kind === Tok.Question) {
      this.next();
      const trueExpr = this.parseExpression();
      this.expect(Tok.Colon, '":" in a conditional expression');
      const falseExpr = this.parseExpression();
      result = new ConditionalExpr(this.src, cond, trueExpr, falseExpr);
    }
    this.leave();
    return result;
  }

  /** Binary operators by precedence climbing, left-associative. */
  private parseBinary(minLevel: number): HclExpression {
    let left = this.parseUnary();
    let chain = 0;
    for (;;) {
      const opTok = this.peek();
      const level = BINARY_LEVEL[opTok.kind];
      if (level === undefined || level < minLevel) return left;
      this.next();
      if (++chain > MAX_OPERATOR_CHAIN) this.fail('Expression nesting too deep (operator chain too long)', opTok);
      const right = this.parseBinary(level + 1);
      left = new BinaryExpr(this.src, BINARY_OP[opTok.kind]!, left, right);
    }
  }

  private parseUnary(): HclExpression {
    const tok = this.peek();
    if (tok.kind !== Tok.Minus && tok.kind !== Tok.Bang) return this.parsePostfix(this.parseTerm());
    this.next();
    this.enter(tok);
    const operand = this.parseUnary();
    this.leave();
    if (tok.kind === Tok.Minus && operand.kind === 'literal' && typeof operand.value === 'number') {
      return new LiteralExpr(this.src, tok.start, operand.end, -operand.value);
    }
    return new UnaryExpr(this.src, tok.start, tok.kind === Tok.Minus ? '-' : '!', operand);
  }

  /** Attribute access, indexing and splats after a term. */
  private parsePostfix(term: HclExpression): HclExpression {
    let expr = term;
    for (;;) {
      const tok = this.peek();
      if (tok.kind === Tok.Dot) {
        this.next();
        const t = this.next();
        if (t.kind === Tok.Ident) {
          expr = this.addAttr(expr, t);
        } else if (t.kind === Tok.Number) {
          expr = this.addLegacyIndex(expr, t);
        } else if (t.kind === Tok.Star) {
          expr = this.parseSplat(expr, false);
        } else {
          this.unexpected(t, 'an attribute name after "."');
        }
      } else if (tok.kind === Tok.OBrack) {
        this.next();
        this.pushNewlines(false);
        if (this.peek().kind === Tok.Star) {
          this.next();
          this.expect(Tok.CBrack, '"]" after "[*"');
          this.popNewlines();
          expr = this.parseSplat(expr, true);
          continue;
        }
        const key = this.parseExpression();
        const close = this.expect(Tok.CBrack, '"]" after the index');
        this.popNewlines();
        expr = this.addIndex(expr, key, close);
      } else {
        return expr;
      }
    }
  }

  private addAttr(expr: HclExpression, name: Token): HclExpression {
    if (expr.kind === 'traversal') {
      expr.steps.push({ kind: 'attr', name: name.value });
      expr.end = name.end;
      return expr;
    }
    return new GetAttrExpr(this.src, name.end, expr, name.value);
  }

  /** Legacy index `.0`. The scanner reads `.0.1` as one number, which HCL rejects too. */
  private legacyIndexKey(tok: Token): number {
    if (!/^[0-9]+$/.test(tok.value)) {
      this.fail('Invalid legacy index syntax: chained indexes like ".0.1" are not permitted, use "[0][1]"', tok);
    }
    return Number(tok.value);
  }

  private addLegacyIndex(expr: HclExpression, tok: Token): HclExpression {
    const n = this.legacyIndexKey(tok);
    if (expr.kind === 'traversal') {
      expr.steps.push({ kind: 'index', key: n });
      expr.end = tok.end;
      return expr;
    }
    return new IndexExpr(this.src, tok.end, expr, new LiteralExpr(this.src, tok.start, tok.end, n));
  }

  private addIndex(expr: HclExpression, key: HclExpression, close: Token): HclExpression {
    if (expr.kind === 'traversal' && key.kind === 'literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
      expr.steps.push({ kind: 'index', key: key.value });
      expr.end = close.end;
      return expr;
    }
    return new IndexExpr(this.src, close.end, expr, key);
  }

  /** After `.*` (attribute splat) or `[*]` (full splat): the steps applied to each element. */
  private parseSplat(source: HclExpression, full: boolean): HclExpression {
    const steps: SplatStep[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.kind === Tok.Dot) {
        if (this.peekSecond().kind === Tok.Star) break; // a nested splat applies to the result
        this.next();
        const t = this.next();
        if (t.kind === Tok.Ident) {
          steps.push({ kind: 'attr', name: t.value });
        } else if (t.kind === Tok.Number) {
          steps.push({ kind: 'index', key: new LiteralExpr(this.src, t.start, t.end, this.legacyIndexKey(t)) });
        } else {
          this.unexpected(t, 'an attribute name after "."');
        }
      } else if (full && tok.kind === Tok.OBrack) {
        if (this.peekSecond().kind === Tok.Star) break;
        this.next();
        this.pushNewlines(false);
        const key = this.parseExpression();
        this.expect(Tok.CBrack, '"]" after the index');
        this.popNewlines();
        steps.push({ kind: 'index', key });
      } else {
        break;
      }
    }
    return new SplatExpr(this.src, this.last.end, source, steps, full);
  }

  private parseTerm(): HclExpression {
    const tok = this.next();
    switch (tok.kind) {
      case Tok.Number:
        return new LiteralExpr(this.src, tok.start, tok.end, Number(tok.value));
      case Tok.Ident:
        return this.parseIdentTerm(tok);
      case Tok.OQuote:
        return this.parseTemplate(tok, Tok.CQuote, false, false);
      case Tok.OHeredoc:
        return this.parseTemplate(tok, Tok.CHeredoc, true, tok.flag);
      case Tok.OParen: {
        this.pushNewlines(false);
        const inner = this.parseExpression();
        const close = this.expect(Tok.CParen, '")"');
        this.popNewlines();
        return new ParensExpr(this.src, tok.start, close.end, inner);
      }
      case Tok.OBrack:
        return this.parseTuple(tok);
      case Tok.OBrace:
        return this.parseObject(tok);
      default:
        return this.unexpected(tok, 'an expression');
    }
  }

  private parseIdentTerm(tok: Token): HclExpression {
    const name = tok.value;
    const after = this.peek();
    if (after.kind === Tok.OParen || after.kind === Tok.DoubleColon) return this.parseCall(tok);
    if (name === 'true' || name === 'false') return new LiteralExpr(this.src, tok.start, tok.end, name === 'true');
    if (name === 'null') return new LiteralExpr(this.src, tok.start, tok.end, null);
    return new TraversalExpr(this.src, tok.start, tok.end, name, []);
  }

  /** `name(args)` or `ns::name(args)` (the first name token is consumed). */
  private parseCall(first: Token): HclExpression {
    let name = first.value;
    while (this.peek().kind === Tok.DoubleColon) {
      this.next();
      const part = this.expect(Tok.Ident, 'a function name after "::"');
      name += '::' + part.value;
    }
    const nameEnd = this.last.end;
    this.expect(Tok.OParen, '"(" after the function name');
    this.pushNewlines(false);
    const args: HclExpression[] = [];
    let expandFinal = false;
    for (;;) {
      if (this.peek().kind === Tok.CParen) {
        this.next();
        break;
      }
      args.push(this.parseExpression());
      const sep = this.next();
      if (sep.kind === Tok.CParen) break;
      if (sep.kind === Tok.Ellipsis) {
        expandFinal = true;
        const close = this.next();
        if (close.kind !== Tok.CParen) this.unexpected(close, '")" after "..." (only the last argument can be expanded)');
        break;
      }
      if (sep.kind !== Tok.Comma) this.unexpected(sep, '"," or ")" in the function call');
    }
    this.popNewlines();
    return new CallExpr(this.src, first.start, this.last.end, name, nameEnd, args, expandFinal);
  }

  private isForKeyword(): boolean {
    const tok = this.peek();
    return tok.kind === Tok.Ident && tok.value === 'for' && this.peekSecond().kind === Tok.Ident;
  }

  private parseTuple(open: Token): HclExpression {
    this.pushNewlines(false);
    if (this.isForKeyword()) {
      const expr = this.parseFor(open, false);
      this.popNewlines();
      return expr;
    }
    const items: HclExpression[] = [];
    for (;;) {
      if (this.peek().kind === Tok.CBrack) {
        this.next();
        break;
      }
      items.push(this.parseExpression());
      const sep = this.next();
      if (sep.kind === Tok.CBrack) break;
      if (sep.kind !== Tok.Comma) this.unexpected(sep, '"," or "]" in the list');
    }
    this.popNewlines();
    return new TupleExpr(this.src, open.start, this.last.end, items);
  }

  private parseObject(open: Token): HclExpression {
    this.pushNewlines(false);
    if (this.isForKeyword()) {
      const expr = this.parseFor(open, true);
      this.popNewlines();
      return expr;
    }
    this.popNewlines();
    this.pushNewlines(true);
    const items: ObjectItem[] = [];
    for (;;) {
      this.skipNewlines();
      const keyTok = this.peek();
      if (keyTok.kind === Tok.CBrace) {
        this.next();
        break;
      }
      if (keyTok.kind === Tok.EOF) this.fail('Unclosed object: missing "}"', open);
      const key = this.parseExpression();
      const eq = this.next();
      if (eq.kind !== Tok.Equal && eq.kind !== Tok.Colon) this.unexpected(eq, '"=" or ":" after the object key');
      const value = this.parseExpression();
      const keyName = key.kind === 'traversal' && key.steps.length === 0 ? key.root : null;
      items.push(new ObjectItem(key, keyName, value));
      const sep = this.next();
      if (sep.kind === Tok.CBrace) break;
      if (sep.kind !== Tok.Comma && sep.kind !== Tok.Newline) {
        if (sep.kind === Tok.EOF) this.fail('Unclosed object: missing "}"', open);
        this.unexpected(sep, 'a newline or "," between object items');
      }
    }
    this.popNewlines();
    return new ObjectExpr(this.src, open.start, this.last.end, items);
  }

  /** `for k, v in coll : …` after "[" or "{" (newlines already ignored). */
  private parseFor(open: Token, isObject: boolean): HclExpression {
    this.next(); // "for"
    let valueVar = this.expect(Tok.Ident, 'a variable name after "for"').value;
    let keyVar: string | null = null;
    if (this.peek().kind === Tok.Comma) {
      this.next();
      keyVar = valueVar;
      valueVar = this.expect(Tok.Ident, 'a second variable name after ","').value;
    }
    const inTok = this.next();
    if (inTok.kind !== Tok.Ident || inTok.value !== 'in') this.unexpected(inTok, '"in" in the for expression');
    const collection = this.parseExpression();
    this.expect(Tok.Colon, '":" after the for collection');
    let keyExpr: HclExpression | null = null;
    if (isObject) {
      keyExpr = this.parseExpression();
      this.expect(Tok.FatArrow, '"=>" in the object for expression');
    }
    const valueExpr = this.parseExpression();
    let grouping = false;
    if (isObject && this.peek().kind === Tok.Ellipsis) {
      this.next();
      grouping = true;
    }
    let condition: HclExpression | null = null;
    const ifTok = this.peek();
    if (ifTok.kind === Tok.Ident && ifTok.value === 'if') {
      this.next();
      condition = this.parseExpression();
    }
    this.expect(isObject ? Tok.CBrace : Tok.CBrack, isObject ? '"}" closing the for expression' : '"]" closing the for expression');
    return new ForExpr(this.src, open.start, this.last.end, { keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping });
  }

  // ---------------------------------------------------------------- templates

  /** A quoted string or heredoc (the opening token is consumed). */
  private parseTemplate(open: Token, closeKind: TokenKind, heredoc: boolean, indented: boolean): HclExpression {
    this.enter(open);
    this.pushNewlines(true);
    const flat: FlatPart[] = [];
    /** Literal parts that start a heredoc line (candidates for indentation removal); null for an interpolation. */
    const lineStarts: Array<{ kind: 'lit'; value: string } | null> = [];
    let atLineStart = true;
    let ltrimNext = false;
    let prevIsLit = false;
    for (;;) {
      const tok = this.next();
      if (tok.kind === closeKind) break;
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = prevIsLit;
      prevIsLit = false;
      if (tok.kind === Tok.QuotedLit || tok.kind === Tok.StringLit) {
        const part = { kind: 'lit' as const, value: ltrim ? tok.value.trimStart() : tok.value };
        flat.push(part);
        if (atLineStart) lineStarts.push(part);
        atLineStart = heredoc && part.value.endsWith('\n');
        prevIsLit = true;
        continue;
      }
      if (tok.kind !== Tok.TemplateInterp && tok.kind !== Tok.TemplateControl) {
        if (tok.kind === Tok.EOF) this.fail(heredoc ? 'Unterminated heredoc' : 'Unterminated string', open);
        this.unexpected(tok, 'template text');
      }
      if (atLineStart) lineStarts.push(null);
      atLineStart = false;
      if (tok.flag && canTrimPrev) {
        const prev = flat[flat.length - 1];
        if (prev !== undefined && prev.kind === 'lit') prev.value = prev.value.trimEnd();
      }
      this.pushNewlines(false);
      if (tok.kind === Tok.TemplateInterp) {
        flat.push({ kind: 'interp', expr: this.parseExpression() });
      } else {
        flat.push(this.parseDirective(tok));
      }
      const close = this.next();
      if (close.kind !== Tok.TemplateSeqEnd) this.unexpected(close, '"}" closing the template sequence');
      if (close.flag) ltrimNext = true;
      this.popNewlines();
    }
    this.popNewlines();
    if (indented) flushIndentation(lineStarts);
    const parts = this.nestDirectives(flat);
    this.leave();
    const end = this.last.end;
    if (parts.every((p) => p.kind === 'lit')) {
      let value = '';
      for (const p of parts) value += (p as { value: string }).value;
      return new LiteralExpr(this.src, open.start, end, value);
    }
    return new TemplateExpr(this.src, open.start, end, parts, heredoc);
  }

  /** The inside of `%{ … }` after the opener. */
  private parseDirective(open: Token): FlatPart {
    const kw = this.next();
    if (kw.kind !== Tok.Ident) this.unexpected(kw, 'a template directive keyword (if, else, endif, for, endfor)');
    switch (kw.value) {
      case 'if':
        return { kind: 'if', condition: this.parseExpression(), tok: open };
      case 'else':
        return { kind: 'else', tok: open };
      case 'endif':
        return { kind: 'endif', tok: open };
      case 'endfor':
        return { kind: 'endfor', tok: open };
      case 'for': {
        let valueVar = this.expect(Tok.Ident, 'a variable name after "for"').value;
        let keyVar: string | null = null;
        if (this.peek().kind === Tok.Comma) {
          this.next();
          keyVar = valueVar;
          valueVar = this.expect(Tok.Ident, 'a second variable name after ","').value;
        }
        const inTok = this.next();
        if (inTok.kind !== Tok.Ident || inTok.value !== 'in') this.unexpected(inTok, '"in" in the for directive');
        return { kind: 'for', keyVar, valueVar, collection: this.parseExpression(), tok: open };
      }
      default:
        return this.fail(`Invalid template directive "${kw.value}"`, kw);
    }
  }

  /** Turns the flat directive markers into nested if/for parts. */
  private nestDirectives(flat: FlatPart[]): TemplatePart[] {
    type Frame =
      | { kind: 'root'; parts: TemplatePart[] }
      | { kind: 'if'; node: { kind: 'if'; condition: HclExpression; then: TemplatePart[]; else: TemplatePart[] }; parts: TemplatePart[]; seenElse: boolean; tok: Token }
      | { kind: 'for'; node: TemplatePart; parts: TemplatePart[]; tok: Token };
    const stack: Frame[] = [{ kind: 'root', parts: [] }];
    for (const part of flat) {
      const top = stack[stack.length - 1]!;
      switch (part.kind) {
        case 'lit':
          if (part.value !== '') top.parts.push(part);
          break;
        case 'interp':
          top.parts.push(part);
          break;
        case 'if': {
          const node = { kind: 'if' as const, condition: part.condition, then: [] as TemplatePart[], else: [] as TemplatePart[] };
          top.parts.push(node);
          stack.push({ kind: 'if', node, parts: node.then, seenElse: false, tok: part.tok });
          break;
        }
        case 'else':
          if (top.kind !== 'if' || top.seenElse) this.fail('Unexpected "else" directive', part.tok);
          top.seenElse = true;
          top.parts = top.node.else;
          break;
        case 'endif':
          if (top.kind !== 'if') this.fail('Unexpected "endif" directive', part.tok);
          stack.pop();
          break;
        case 'for': {
          const node = { kind: 'for' as const, keyVar: part.keyVar, valueVar: part.valueVar, collection: part.collection, body: [] as TemplatePart[] };
          top.parts.push(node);
          stack.push({ kind: 'for', node, parts: node.body, tok: part.tok });
          break;
        }
        case 'endfor':
          if (top.kind !== 'for') this.fail('Unexpected "endfor" directive', part.tok);
          stack.pop();
          break;
      }
    }
    const top = stack[stack.length - 1]!;
    if (top.kind === 'if') this.fail('Unclosed "if" directive: missing "endif"', top.tok);
    if (top.kind === 'for') this.fail('Unclosed "for" directive: missing "endfor"', top.tok);
    return top.parts;
  }
}

/**
 * `<<-` heredocs: removes the smallest indentation (in spaces/tabs, counted as
 * characters) shared by every line from the literal that starts each line.
 * Lines holding only blanks do not count, and a line starting with an
 * interpolation has no indentation.
 */
function flushIndentation(lineStarts: Array<{ kind: 'lit'; value: string } | null>): void {
  let min = Number.MAX_SAFE_INTEGER;
  const adjust: Array<{ kind: 'lit'; value: string }> = [];
  for (const part of lineStarts) {
    if (part === null) {
      min = 0;
      continue;
    }
    const v = part.value;
    let n = 0;
    while (n < v.length && isBlank(v.charCodeAt(n))) n++;
    if (n === v.length && v.endsWith('\n')) continue;
    adjust.push(part);
    if (n < min) min = n;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const part of adjust) part.value = part.value.slice(Math.min(min, leadingBlanks(part.value)));
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function leadingBlanks(v: string): number {
  let n = 0;
  while (n < v.length && (v.charCodeAt(n) === 32 || v.charCodeAt(n) === 9)) n++;
  return n;
}
