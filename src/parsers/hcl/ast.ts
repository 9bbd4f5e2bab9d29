/**
 * The syntax tree of an HCL2 native-syntax file (the `.tf` / `.tfvars`
 * format).
 *
 * Every node keeps the character offsets of its first and last+1 characters
 * and a reference to its {@link HclSource}; its 1-based {@link Range} (the end
 * column is exclusive: the column just after the node's last character, as in
 * SARIF and in HashiCorp's own ranges; columns count UTF-16 code units) is
 * computed from the offsets on demand, and so is its source text. A tree
 * holds no copies of the text and no position objects until asked for them.
 */
import { lineIndexAt } from '../line-table.js';
import type { Range } from '../types.js';

/** The file a tree was parsed from; shared by every node of that tree. */
export class HclSource {
  declare readonly fileName: string;
  declare readonly text: string;
  declare private lineStarts: Int32Array | null;

  constructor(fileName: string, text: string) {
    this.fileName = fileName;
    this.text = text;
    this.lineStarts = null;
  }

  /** The 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lines();
    const index = lineIndexAt(starts, offset);
    return { line: index + 1, column: offset - starts[index]! + 1 };
  }

  /** The range from offset `start` to offset `end` (exclusive). */
  range(start: number, end: number): Range {
    const s = this.position(start);
    const e = this.position(end);
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }

  private lines(): Int32Array {
    if (this.lineStarts !== null) return this.lineStarts;
    const text = this.text;
    // A leading byte-order mark is not part of the first line's columns.
    const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    starts[0] = first;
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.lineStarts = starts;
    return starts;
  }
}

/**
 * Fields common to every node. (Each node class implements them itself:
 * with a shared base class, construction is several times slower under
 * tooling that re-defines class names, such as tsx.)
 */
export interface HclNode {
  readonly src: HclSource;
  /** Offset of the node's first character in the file text. */
  start: number;
  /** Offset just after the node's last character. */
  end: number;
  /** The node's source range. */
  readonly range: Range;
  /** The node's source text. */
  readonly text: string;
}

function nodeRange(node: { src: HclSource; start: number; end: number }): Range {
  return node.src.range(node.start, node.end);
}

function nodeText(node: { src: HclSource; start: number; end: number }): string {
  return node.src.text.slice(node.start, node.end);
}

/** A body: the whole file, or the inside of a block's braces (braces included in its range). */
export class HclBody implements HclNode {
  declare readonly kind: 'body';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  /** Attributes, in source order. */
  declare readonly attributes: HclAttribute[];
  /** Nested blocks, in source order. */
  declare readonly blocks: HclBlock[];

  constructor(src: HclSource, start: number, end: number, attributes: HclAttribute[], blocks: HclBlock[]) {
    this.kind = 'body';
    this.src = src;
    this.start = start;
    this.end = end;
    this.attributes = attributes;
    this.blocks = blocks;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }

  /** The file this body belongs to. */
  get source(): HclSource {
    return this.src;
  }
}

/** `name = expression` */
export class HclAttribute implements HclNode {
  declare readonly kind: 'attribute';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly name: string;
  declare readonly expr: HclExpression;

  constructor(src: HclSource, start: number, name: string, expr: HclExpression) {
    this.kind = 'attribute';
    this.src = src;
    this.start = start;
    this.end = expr.end;
    this.name = name;
    this.expr = expr;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }

  get nameRange(): Range {
    return this.src.range(this.start, this.start + this.name.length);
  }
}

/** `type "label" label { body }`; the range runs from the type keyword to the closing brace. */
export class HclBlock implements HclNode {
  declare readonly kind: 'block';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly type: string;
  declare readonly labels: string[];
  /** Start and end offsets of each label, in pairs. */
  declare readonly labelOffsets: number[];
  declare readonly body: HclBody;

  constructor(src: HclSource, start: number, type: string, labels: string[], labelOffsets: number[], body: HclBody) {
    this.kind = 'block';
    this.src = src;
    this.start = start;
    this.end = body.end;
    this.type = type;
    this.labels = labels;
    this.labelOffsets = labelOffsets;
    this.body = body;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }

  get typeRange(): Range {
    return this.src.range(this.start, this.start + this.type.length);
  }

  get labelRanges(): Range[] {
    const out: Range[] = [];
    for (let i = 0; i < this.labelOffsets.length; i += 2) out.push(this.src.range(this.labelOffsets[i]!, this.labelOffsets[i + 1]!));
    return out;
  }
}

/** A number, a boolean, null, or a string without interpolations or directives. */
export class LiteralExpr implements HclNode {
  declare readonly kind: 'literal';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly value: string | number | boolean | null;

  constructor(src: HclSource, start: number, end: number, value: string | number | boolean | null) {
    this.kind = 'literal';
    this.src = src;
    this.start = start;
    this.end = end;
    this.value = value;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** A piece of a template. */
export type TemplatePart = TemplateLiteralPart | TemplateInterpPart | TemplateIfPart | TemplateForPart;

export interface TemplateLiteralPart {
  kind: 'lit';
  value: string;
}

/** `${ expression }` */
export interface TemplateInterpPart {
  kind: 'interp';
  expr: HclExpression;
}

/** `%{ if cond }…%{ else }…%{ endif }` */
export interface TemplateIfPart {
  kind: 'if';
  condition: HclExpression;
  then: TemplatePart[];
  else: TemplatePart[];
}

/** `%{ for k, v in coll }…%{ endfor }` */
export interface TemplateForPart {
  kind: 'for';
  keyVar: string | null;
  valueVar: string;
  collection: HclExpression;
  body: TemplatePart[];
}

/** A quoted string or heredoc that holds interpolations or directives. */
export class TemplateExpr implements HclNode {
  declare readonly kind: 'template';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly parts: TemplatePart[];
  declare readonly heredoc: boolean;

  constructor(src: HclSource, start: number, end: number, parts: TemplatePart[], heredoc: boolean) {
    this.kind = 'template';
    this.src = src;
    this.start = start;
    this.end = end;
    this.parts = parts;
    this.heredoc = heredoc;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** One step of a scope traversal: `.name`, or `[0]` / `["key"]` / legacy `.0` with a literal key. */
export type TraversalStep = { kind: 'attr'; name: string } | { kind: 'index'; key: string | number };

/** A reference such as `var.region`, `aws_s3_bucket.b.id`, `local.tags["x"]`. */
export class TraversalExpr implements HclNode {
  declare readonly kind: 'traversal';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly root: string;
  declare readonly steps: TraversalStep[];

  constructor(src: HclSource, start: number, end: number, root: string, steps: TraversalStep[]) {
    this.kind = 'traversal';
    this.src = src;
    this.start = start;
    this.end = end;
    this.root = root;
    this.steps = steps;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `source.name` where source is not a plain reference (e.g. `f(x).name`). */
export class GetAttrExpr implements HclNode {
  declare readonly kind: 'getattr';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly source: HclExpression;
  declare readonly name: string;

  constructor(src: HclSource, end: number, source: HclExpression, name: string) {
    this.kind = 'getattr';
    this.src = src;
    this.start = source.start;
    this.end = end;
    this.source = source;
    this.name = name;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `source[key]` where the key or the source is not a literal reference step. */
export class IndexExpr implements HclNode {
  declare readonly kind: 'index';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly source: HclExpression;
  declare readonly key: HclExpression;

  constructor(src: HclSource, end: number, source: HclExpression, key: HclExpression) {
    this.kind = 'index';
    this.src = src;
    this.start = source.start;
    this.end = end;
    this.source = source;
    this.key = key;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** A step applied to every element by a splat. */
export type SplatStep = { kind: 'attr'; name: string } | { kind: 'index'; key: HclExpression };

/** `source.*.a.b` (attribute splat, `full` false) or `source[*].a[0]` (full splat). */
export class SplatExpr implements HclNode {
  declare readonly kind: 'splat';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly source: HclExpression;
  declare readonly steps: SplatStep[];
  declare readonly full: boolean;

  constructor(src: HclSource, end: number, source: HclExpression, steps: SplatStep[], full: boolean) {
    this.kind = 'splat';
    this.src = src;
    this.start = source.start;
    this.end = end;
    this.source = source;
    this.steps = steps;
    this.full = full;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `name(args…)`, `name(args, list...)`, `provider::aws::arn_parse(x)`. */
export class CallExpr implements HclNode {
  declare readonly kind: 'call';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly name: string;
  declare readonly args: HclExpression[];
  /** The last argument was followed by `...`. */
  declare readonly expandFinal: boolean;
  declare private readonly nameEnd: number;

  constructor(src: HclSource, start: number, end: number, name: string, nameEnd: number, args: HclExpression[], expandFinal: boolean) {
    this.kind = 'call';
    this.src = src;
    this.start = start;
    this.end = end;
    this.name = name;
    this.nameEnd = nameEnd;
    this.args = args;
    this.expandFinal = expandFinal;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }

  get nameRange(): Range {
    return this.src.range(this.start, this.nameEnd);
  }
}

/** `[a, b, c]` */
export class TupleExpr implements HclNode {
  declare readonly kind: 'tuple';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly items: HclExpression[];

  constructor(src: HclSource, start: number, end: number, items: HclExpression[]) {
    this.kind = 'tuple';
    this.src = src;
    this.start = start;
    this.end = end;
    this.items = items;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** One `key = value` (or `key: value`) item of an object constructor; its range runs from the key to the value. */
export class ObjectItem {
  declare readonly key: HclExpression;
  /** The key when it is a bare identifier (`{ name = 1 }`), which means the string "name". */
  declare readonly keyName: string | null;
  declare readonly value: HclExpression;

  constructor(key: HclExpression, keyName: string | null, value: HclExpression) {
    this.key = key;
    this.keyName = keyName;
    this.value = value;
  }

  get start(): number {
    return this.key.start;
  }

  get end(): number {
    return this.value.end;
  }

  get range(): Range {
    return this.key.src.range(this.key.start, this.value.end);
  }
}

/** `{ a = 1, "b" = 2, (var.k) = 3 }` */
export class ObjectExpr implements HclNode {
  declare readonly kind: 'object';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly items: ObjectItem[];

  constructor(src: HclSource, start: number, end: number, items: ObjectItem[]) {
    this.kind = 'object';
    this.src = src;
    this.start = start;
    this.end = end;
    this.items = items;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export class ForExpr implements HclNode {
  declare readonly kind: 'for';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly keyVar: string | null;
  declare readonly valueVar: string;
  declare readonly collection: HclExpression;
  /** Present for the object form. */
  declare readonly keyExpr: HclExpression | null;
  declare readonly valueExpr: HclExpression;
  declare readonly condition: HclExpression | null;
  /** `...` after the value (object form only). */
  declare readonly grouping: boolean;

  constructor(
    src: HclSource,
    start: number,
    end: number,
    fields: {
      keyVar: string | null;
      valueVar: string;
      collection: HclExpression;
      keyExpr: HclExpression | null;
      valueExpr: HclExpression;
      condition: HclExpression | null;
      grouping: boolean;
    },
  ) {
    this.kind = 'for';
    this.src = src;
    this.start = start;
    this.end = end;
    this.keyVar = fields.keyVar;
    this.valueVar = fields.valueVar;
    this.collection = fields.collection;
    this.keyExpr = fields.keyExpr;
    this.valueExpr = fields.valueExpr;
    this.condition = fields.condition;
    this.grouping = fields.grouping;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `cond ? a : b` */
export class ConditionalExpr implements HclNode {
  declare readonly kind: 'conditional';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly condition: HclExpression;
  declare readonly trueExpr: HclExpression;
  declare readonly falseExpr: HclExpression;

  constructor(src: HclSource, condition: HclExpression, trueExpr: HclExpression, falseExpr: HclExpression) {
    this.kind = 'conditional';
    this.src = src;
    this.start = condition.start;
    this.end = falseExpr.end;
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export class BinaryExpr implements HclNode {
  declare readonly kind: 'binary';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly op: BinaryOperator;
  declare readonly left: HclExpression;
  declare readonly right: HclExpression;

  constructor(src: HclSource, op: BinaryOperator, left: HclExpression, right: HclExpression) {
    this.kind = 'binary';
    this.src = src;
    this.start = left.start;
    this.end = right.end;
    this.op = op;
    this.left = left;
    this.right = right;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

export class UnaryExpr implements HclNode {
  declare readonly kind: 'unary';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly op: '!' | '-';
  declare readonly operand: HclExpression;

  constructor(src: HclSource, start: number, op: '!' | '-', operand: HclExpression) {
    this.kind = 'unary';
    this.src = src;
    this.start = start;
    this.end = operand.end;
    this.op = op;
    this.operand = operand;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

/** `( expression )` */
export class ParensExpr implements HclNode {
  declare readonly kind: 'parens';
  declare readonly src: HclSource;
  declare start: number;
  declare end: number;
  declare readonly inner: HclExpression;

  constructor(src: HclSource, start: number, end: number, inner: HclExpression) {
    this.kind = 'parens';
    this.src = src;
    this.start = start;
    this.end = end;
    this.inner = inner;
  }

  get range(): Range {
    return nodeRange(this);
  }

  get text(): string {
    return nodeText(this);
  }
}

export type HclExpression =
  | LiteralExpr
  | TemplateExpr
  | TraversalExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | CallExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | ParensExpr;

/** The source text of an expression. */
export function expressionText(expr: HclExpression): string {
  return expr.src.text.slice(expr.start, expr.end);
}
