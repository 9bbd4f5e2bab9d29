/**
 * The source-code rule contract, after ESLint's: `defineRule({ meta, create })`.
 * `create(context)` runs once per file and returns visitors keyed by
 * `ts.SyntaxKind`; the engine walks each file once and calls every rule's
 * visitor for each node of that kind, then each rule's `exit` hook.
 *
 * Rules must keep per-file state inside `create`'s closure only (no module
 * state holding nodes), and must return the same visitor kinds for every file
 * (the engine builds its kind → rules table once per rule set).
 */
import type { ts } from 'ts-morph';
import type { CheckMeta } from '../../checks/metadata.js';
import type { Classification, ClassifyCallOptions, DataCategory } from './data-classifier.js';
import type { SinkMatch, SinkNode } from './sinks.js';

/** Node types for the kinds rules visit most; other kinds get `ts.Node`. */
export interface NodeByKind {
  [ts.SyntaxKind.CallExpression]: ts.CallExpression;
  [ts.SyntaxKind.NewExpression]: ts.NewExpression;
  [ts.SyntaxKind.PropertyAssignment]: ts.PropertyAssignment;
  [ts.SyntaxKind.ShorthandPropertyAssignment]: ts.ShorthandPropertyAssignment;
  [ts.SyntaxKind.MethodDeclaration]: ts.MethodDeclaration;
  [ts.SyntaxKind.BinaryExpression]: ts.BinaryExpression;
  [ts.SyntaxKind.PropertyAccessExpression]: ts.PropertyAccessExpression;
  [ts.SyntaxKind.ElementAccessExpression]: ts.ElementAccessExpression;
  [ts.SyntaxKind.Identifier]: ts.Identifier;
  [ts.SyntaxKind.StringLiteral]: ts.StringLiteral;
  [ts.SyntaxKind.VariableDeclaration]: ts.VariableDeclaration;
  [ts.SyntaxKind.ObjectLiteralExpression]: ts.ObjectLiteralExpression;
  [ts.SyntaxKind.ImportDeclaration]: ts.ImportDeclaration;
  [ts.SyntaxKind.TemplateExpression]: ts.TemplateExpression;
  [ts.SyntaxKind.ArrowFunction]: ts.ArrowFunction;
  [ts.SyntaxKind.FunctionDeclaration]: ts.FunctionDeclaration;
  [ts.SyntaxKind.FunctionExpression]: ts.FunctionExpression;
  [ts.SyntaxKind.JsxAttribute]: ts.JsxAttribute;
}

/** The node type a visitor for `K` receives. */
export type NodeOfKind<K extends ts.SyntaxKind> = K extends keyof NodeByKind ? NodeByKind[K] : ts.Node;

/** Visitors keyed by syntax kind, plus an optional per-file `exit` hook called after the walk. */
export type RuleVisitors = { [K in ts.SyntaxKind]?: (node: NodeOfKind<K>) => void } & {
  exit?: () => void;
};

/**
 * A secret inside a reported node: the engine masks it in the snippet, so the
 * value never leaves {@link analyzeSource} (reporters see `AKIA****`, `****`).
 */
export interface SecretSpan {
  /**
   * The literal holding the secret. For string and template literals the
   * masked range is the literal's content (inside the quotes); for other
   * nodes, the node's text.
   */
  readonly node: ts.Node;
  /** Offset of the secret inside that content (default 0). */
  readonly from?: number;
  /** Offset after the secret inside that content (default: the end of the content). */
  readonly to?: number;
  /** Leading characters of the secret left visible: a known, non-secret prefix (`AKIA`, `ghp_`). Default 0. */
  readonly keep?: number;
}

/** What a rule reports. The engine adds the rule id, location and snippet. */
export interface ReportDescriptor {
  /** The node the finding points at (its first line becomes the snippet). */
  readonly node: ts.Node;
  readonly message: string;
  /** Categories of personal data involved, copied in {@link DATA_CATEGORIES} order. */
  readonly dataCategories?: readonly DataCategory[];
  /** Secrets to mask in the snippet (the message must never contain one). */
  readonly secrets?: readonly SecretSpan[];
}

/** What a rule sees of the file being analysed. Valid only during `create` and its visitors. */
export interface RuleContext {
  /** The parsed file (raw TypeScript AST, parent pointers set). */
  readonly sourceFile: ts.SourceFile;
  /** Path relative to the scan root, POSIX separators. */
  readonly file: string;
  report(descriptor: ReportDescriptor): void;
  /** The data classifier on a name (configured by the scan's classifier options). */
  classify(name: string): DataCategory[];
  /** The data classifier on an expression, with light data flow (see data-classifier.ts). */
  classifyExpression(node: ts.Expression, options?: ClassifyCallOptions): Classification;
  /** The sink catalogue: what a call, `new` or assignment sends data to, if it is a known sink. */
  matchSink(node: SinkNode): SinkMatch | undefined;
  /** The source text of a node (without leading trivia). */
  text(node: ts.Node): string;
}

/** A source-code rule. */
export interface CodeRule {
  readonly meta: CheckMeta;
  create(context: RuleContext): RuleVisitors;
}

/** Declares a rule; an identity function that gives `create`'s visitors their node types. */
export function defineRule(rule: CodeRule): CodeRule {
  return rule;
}
