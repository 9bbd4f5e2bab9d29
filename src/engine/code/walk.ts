/**
 * The per-file step of the source-code engine: parse one JS/TS file (parse
 * only: no Project, no type checker, no module resolution), walk its raw
 * compiler nodes once, dispatch each node to every rule's visitor for that
 * kind, and return plain-data findings.
 *
 * `analyzeSource` is a pure function of its inputs (safe to run in a worker),
 * keeps no reference to the AST once it returns, and is deterministic.
 */
import { ts } from './typescript.js';
import type { FileError, SkippedFile, SourceText } from '../../parsers/types.js';
import type { RawFinding } from '../../findings/finding.js';
import {
  DATA_CATEGORIES,
  classifyName,
  createExpressionClassifier,
  type Classification,
  type ClassifierOptions,
  type ClassifyCallOptions,
  type ExpressionClassifier,
} from './data-classifier.js';
import type { CodeRule, ReportDescriptor, RuleContext, RuleVisitors, SecretSpan } from './define-rule.js';
import { MASK } from '../../findings/redact.js';
import { createSinkMatcher, type SinkMatch, type SinkMatcher, type SinkNode } from './sinks.js';
import { clearBindingMemo } from './scope.js';
import { setFileNodes } from './file-nodes.js';

/** Options of {@link analyzeSource}. */
export interface AnalyzeOptions {
  /** Configuration of the sensitive-data classifier (`extraNames`, `ignoreNames`). */
  readonly classifier?: ClassifierOptions;
}

/** What analysing one file produced. */
export interface AnalyzeResult {
  /** Sorted by line, column, rule id. */
  readonly findings: RawFinding[];
  /** The first syntax error (the file was still analysed), or a rule's internal error. */
  readonly error?: FileError;
  /** Set when the file was deliberately not analysed (minified, generated, declaration file). */
  readonly skipped?: SkippedFile;
  /** Number of lines of the file. */
  readonly lines: number;
}

const SCRIPT_KINDS: Readonly<Record<string, ts.ScriptKind>> = {
  '.js': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
  '.mjs': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.ts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
  '.mts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
};

/** File extensions the engine analyses. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(SCRIPT_KINDS);

/** The script kind of a path, from its extension; undefined when not JS/TS. */
export function scriptKindOf(path: string): ts.ScriptKind | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return SCRIPT_KINDS[path.slice(dot).toLowerCase()];
}

/** Lines longer than this, in a file with few newlines, mark it as minified. */
const MINIFIED_LINE_LENGTH = 1_000;
/** …where "few newlines" means an average line longer than this. */
const MINIFIED_AVERAGE_LINE = 200;
/** A source map comment plus a line longer than this marks bundler output. */
const SOURCE_MAP_LINE_LENGTH = 500;
/** How much of the head of a file is searched for a "generated" marker. */
const HEADER_LENGTH = 1_024;

interface TextShape {
  readonly lines: number;
  readonly longestLine: number;
  readonly longestLineNumber: number;
}

function shapeOf(text: string): TextShape {
  let lines = 0;
  let longestLine = 0;
  let longestLineNumber = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start || newline >= 0) {
      lines++;
      if (end - start > longestLine) {
        longestLine = end - start;
        longestLineNumber = lines;
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return { lines, longestLine, longestLineNumber };
}

/** Why a file should not be analysed, or undefined when it should. */
function skipReason(path: string, text: string, shape: TextShape): string | undefined {
  if (/\.d\.[cm]?ts$/i.test(path)) return 'type declaration file';
  const header = text.slice(0, HEADER_LENGTH);
  if (header.includes('@generated')) return 'generated file (@generated header)';
  if (/^\s*\/\/\s*Code generated\b/m.test(header)) return 'generated file ("Code generated" header)';
  if (shape.longestLine > MINIFIED_LINE_LENGTH && text.length / Math.max(shape.lines, 1) > MINIFIED_AVERAGE_LINE) {
    return `minified file (line ${shape.longestLineNumber} is ${shape.longestLine} characters long)`;
  }
  if (shape.longestLine > SOURCE_MAP_LINE_LENGTH && /\/\/# sourceMappingURL=/.test(text)) {
    return `bundled file (source map comment, line ${shape.longestLineNumber} is ${shape.longestLine} characters long)`;
  }
  return undefined;
}

/** `parseDiagnostics` is internal to TypeScript but present on every parsed source file; read it defensively. */
function firstSyntaxError(sourceFile: ts.SourceFile, file: string): FileError | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: unknown }).parseDiagnostics;
  if (!Array.isArray(diagnostics) || diagnostics.length === 0) return undefined;
  const first = diagnostics[0] as Partial<ts.Diagnostic> | undefined;
  if (first === undefined || first.messageText === undefined) return undefined;
  const reason = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  if (typeof first.start !== 'number') return { file, reason };
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  return { file, reason, line: line + 1, column: character + 1 };
}

type Handler = (node: ts.Node) => void;

/** Read once: every `ts.*` export is a getter on TypeScript's module object, and this runs per node. */
const forEachChild = ts.forEachChild;

const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

/** `ts.Node.parent` is read-only in the public types; the parser's own binder writes it the same way. */
type Linkable = { parent: ts.Node; jsDoc?: readonly ts.Node[] };

/**
 * Sets every node's `parent` and returns the nodes in pre-order (JSDoc
 * excluded, as `ts.forEachChild` excludes it), in one walk with an explicit
 * stack (deeply nested expressions cannot overflow the call stack).
 *
 * Why not `createSourceFile(…, setParentNodes: true)`: that is a second full
 * traversal through TypeScript's generic work queue, about an eighth of the
 * engine's time; this walk replaces both it and the dispatch walk. Parents are
 * all set before any rule runs, so rules may look anywhere in the file. JSDoc
 * nodes get their parents too, as TypeScript's own pass does.
 */
function linkNodes(sourceFile: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const stack: ts.Node[] = [sourceFile];
  let parent: ts.Node = sourceFile;
  const push = (child: ts.Node): undefined => {
    (child as unknown as Linkable).parent = parent;
    stack.push(child);
    return undefined;
  };
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    nodes.push(node);
    parent = node;
    const before = stack.length;
    forEachChild(node, push);
    // forEachChild pushed the children left to right; reverse them so the leftmost is popped first.
    for (let i = before, j = stack.length - 1; i < j; i++, j--) {
      const left = stack[i] as ts.Node;
      stack[i] = stack[j] as ts.Node;
      stack[j] = left;
    }
    const jsDoc = (node as unknown as Linkable).jsDoc;
    if (jsDoc !== undefined) for (const doc of jsDoc) linkSubtree(doc, node);
  }
  return nodes;
}

/** Sets the parents of a subtree that is not dispatched (a JSDoc comment). */
function linkSubtree(root: ts.Node, parent: ts.Node): void {
  (root as unknown as Linkable).parent = parent;
  const stack: ts.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    ts.forEachChild(node, (child) => {
      (child as unknown as Linkable).parent = node;
      stack.push(child);
    });
  }
}

/** The kind → rules table of a rule set, built once per rule set. */
interface CompiledRuleSet {
  readonly rules: readonly CodeRule[];
  /** Indexed by `ts.SyntaxKind`: the indexes of the rules with a visitor for that kind. */
  readonly byKind: ReadonlyArray<readonly number[] | undefined>;
}

const COMPILED = new WeakMap<readonly CodeRule[], CompiledRuleSet>();
let lastCompiled: CompiledRuleSet | undefined;

function visitorKinds(visitors: RuleVisitors): ts.SyntaxKind[] {
  const kinds: ts.SyntaxKind[] = [];
  for (const property of Object.keys(visitors)) {
    if (property === 'exit') continue;
    const kind = Number(property);
    if (Number.isInteger(kind) && typeof (visitors as Record<string, unknown>)[property] === 'function') kinds.push(kind);
  }
  return kinds;
}

function sameRules(a: readonly CodeRule[], b: readonly CodeRule[]): boolean {
  return a.length === b.length && a.every((rule, i) => rule === b[i]);
}

/**
 * Builds (or reuses) the dispatch table from the visitors `create` returned.
 * A table is cached only when every rule's `create` succeeded, so that a rule
 * failing on one file still has its visitors on the next.
 */
function compileRuleSet(rules: readonly CodeRule[], firstVisitors: readonly RuleVisitors[], complete: boolean): CompiledRuleSet {
  const cached = COMPILED.get(rules) ?? (lastCompiled !== undefined && sameRules(lastCompiled.rules, rules) ? lastCompiled : undefined);
  if (cached !== undefined) {
    COMPILED.set(rules, cached);
    return cached;
  }
  const byKind: number[][] = [];
  firstVisitors.forEach((visitors, index) => {
    for (const kind of visitorKinds(visitors)) (byKind[kind] ??= []).push(index);
  });
  const compiled: CompiledRuleSet = { rules: [...rules], byKind };
  if (complete) {
    COMPILED.set(rules, compiled);
    lastCompiled = compiled;
  }
  return compiled;
}

const SNIPPET_LENGTH = 200;

/** The range of a secret in the file text: the literal's content (inside quotes and `${`/`}`), narrowed by `from`/`to`. */
function secretRange(sourceFile: ts.SourceFile, span: SecretSpan): [number, number] {
  const node = span.node;
  let start = node.getStart(sourceFile);
  let end = node.getEnd();
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateTail:
      start += 1;
      end -= 1;
      break;
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
      start += 1;
      end -= 2;
      break;
    default:
      break;
  }
  const from = Math.min(start + (span.from ?? 0), end);
  const to = span.to === undefined ? end : Math.min(start + span.to, end);
  return [Math.min(from + (span.keep ?? 0), to), to];
}

/**
 * The first line of a reported node, trimmed and cut to {@link SNIPPET_LENGTH},
 * with every secret span masked before anything else is done to the text.
 */
function snippetOf(sourceFile: ts.SourceFile, start: number, end: number, secrets?: readonly SecretSpan[]): string {
  const text = sourceFile.text;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline < 0 || newline > end ? end : newline;
  let raw = text.slice(start, lineEnd);
  if (secrets !== undefined && secrets.length > 0) {
    const ranges = secrets.map((span) => secretRange(sourceFile, span)).sort((a, b) => b[0] - a[0]);
    for (const [from, to] of ranges) {
      if (to <= from || to <= start || from >= lineEnd) continue;
      const a = Math.max(from, start) - start;
      const b = Math.min(to, lineEnd) - start;
      raw = `${raw.slice(0, a)}${MASK}${raw.slice(b)}`;
    }
  }
  const line = raw.trim();
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}

function compareFindings(a: RawFinding, b: RawFinding): number {
  return (
    a.location.startLine - b.location.startLine ||
    (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

/**
 * Analyses one JS/TS file with a set of rules.
 *
 * - Not JS/TS, a `.d.ts`, minified (a line over 1,000 characters with an
 *   average line over 200), bundled (a `//# sourceMappingURL` with a line over
 *   500) or generated (`@generated` / `// Code generated` in the first 1 KB):
 *   returned as `skipped`, not analysed.
 * - Syntax errors: the file is still analysed (TypeScript's parser recovers);
 *   `error` carries the first diagnostic with its 1-based line and column.
 * - A rule that throws is disabled for the rest of the file; its findings so
 *   far are kept and `error` says `internal error in rule <id>: <message>`
 *   (a syntax error takes precedence: it is the likely cause).
 *
 * Locations are 1-based; `endColumn` is exclusive (the column after the last
 * character), as in SARIF.
 */
export function analyzeSource(file: SourceText, rules: readonly CodeRule[], options?: AnalyzeOptions): AnalyzeResult {
  const shape = shapeOf(file.text);
  const scriptKind = scriptKindOf(file.path);
  if (scriptKind === undefined) {
    return { findings: [], skipped: { file: file.path, reason: 'not a JavaScript or TypeScript file' }, lines: shape.lines };
  }
  const reason = skipReason(file.path, file.text, shape);
  if (reason !== undefined) return { findings: [], skipped: { file: file.path, reason }, lines: shape.lines };

  // Parsed without parent pointers (`linkNodes` sets them in the same pass that lists the nodes to
  // dispatch) and without JSDoc: no rule reads it, and parsing it costs up to a third of the parse on
  // documented code. Syntax errors inside JSDoc were never reported (they are not parse diagnostics).
  const sourceFile = ts.createSourceFile(file.path, file.text, PARSE_OPTIONS, false, scriptKind);
  const nodes = linkNodes(sourceFile);
  // Scope look-ups are memoised per node of the file being analysed: start empty, and release the AST at the end.
  // The node list is shared with helpers that look at the whole file (the route model).
  clearBindingMemo();
  setFileNodes(sourceFile, nodes);
  const syntaxError = firstSyntaxError(sourceFile, file.path);
  const findings: RawFinding[] = [];
  let ruleError: FileError | undefined;
  const classifierOptions = options?.classifier;
  // Per-file helpers, built on first use (many files never reach a sink).
  let classifier: ExpressionClassifier | undefined;
  let sinkMatcher: SinkMatcher | undefined;
  const classifyExpression = (node: ts.Expression, callOptions?: ClassifyCallOptions): Classification =>
    (classifier ??= createExpressionClassifier(classifierOptions))(node, callOptions);
  const matchSink = (node: SinkNode): SinkMatch | undefined => (sinkMatcher ??= createSinkMatcher(sourceFile))(node);

  const disabled = new Array<boolean>(rules.length).fill(false);
  const fail = (index: number, error: unknown, node: ts.Node | undefined): void => {
    disabled[index] = true;
    if (ruleError !== undefined) return;
    const id = rules[index]?.meta.id ?? '?';
    const base: FileError = { file: file.path, reason: `internal error in rule ${id}: ${messageOf(error)}` };
    if (node === undefined) {
      ruleError = base;
    } else {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      ruleError = { ...base, line: line + 1, column: character + 1 };
    }
  };

  const contextFor = (rule: CodeRule): RuleContext => ({
    sourceFile,
    file: file.path,
    report(descriptor: ReportDescriptor): void {
      const start = descriptor.node.getStart(sourceFile);
      const end = descriptor.node.getEnd();
      const from = sourceFile.getLineAndCharacterOfPosition(start);
      const to = sourceFile.getLineAndCharacterOfPosition(end);
      const finding: RawFinding = {
        ruleId: rule.meta.id,
        message: descriptor.message,
        location: {
          file: file.path,
          startLine: from.line + 1,
          startColumn: from.character + 1,
          endLine: to.line + 1,
          endColumn: to.character + 1,
        },
        snippet: snippetOf(sourceFile, start, end, descriptor.secrets),
      };
      if (descriptor.dataCategories !== undefined && descriptor.dataCategories.length > 0) {
        const given = new Set(descriptor.dataCategories);
        finding.dataCategories = DATA_CATEGORIES.filter((c) => given.has(c));
      }
      findings.push(finding);
    },
    classify: (name) => classifyName(name, classifierOptions),
    classifyExpression,
    matchSink,
    text: (node) => node.getText(sourceFile),
  });

  const visitors: RuleVisitors[] = rules.map((rule, index) => {
    try {
      return rule.create(contextFor(rule));
    } catch (error) {
      fail(index, error, undefined);
      return {};
    }
  });
  const table = compileRuleSet(rules, visitors, !disabled.includes(true));

  // This file's handlers per kind, in rule order, with the index of the rule of each: looked up once here
  // rather than per node (the visitor objects differ per rule, so a per-node look-up is megamorphic).
  const handlers: Array<Handler[] | undefined> = [];
  const owners: Array<number[] | undefined> = [];
  table.byKind.forEach((indexes, kind) => {
    if (indexes === undefined) return;
    const kindHandlers: Handler[] = [];
    const kindOwners: number[] = [];
    for (const index of indexes) {
      const handler = (visitors[index] as Record<number, Handler | undefined>)[kind];
      if (handler === undefined) continue;
      kindHandlers.push(handler);
      kindOwners.push(index);
    }
    if (kindHandlers.length > 0) {
      handlers[kind] = kindHandlers;
      owners[kind] = kindOwners;
    }
  });

  // Dispatch in pre-order (the order of `nodes`), to every rule with a visitor for the node's kind.
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n] as ts.Node;
    const kindHandlers = handlers[node.kind];
    if (kindHandlers === undefined) continue;
    const kindOwners = owners[node.kind] as number[];
    for (let h = 0; h < kindHandlers.length; h++) {
      const index = kindOwners[h] as number;
      if (disabled[index]) continue;
      try {
        (kindHandlers[h] as Handler)(node);
      } catch (error) {
        fail(index, error, node);
      }
    }
  }
  visitors.forEach((ruleVisitors, index) => {
    if (disabled[index] || ruleVisitors.exit === undefined) return;
    try {
      ruleVisitors.exit();
    } catch (error) {
      fail(index, error, undefined);
    }
  });

  clearBindingMemo();
  setFileNodes(undefined);
  findings.sort(compareFindings);
  const error = syntaxError ?? ruleError;
  return error === undefined ? { findings, lines: shape.lines } : { findings, error, lines: shape.lines };
}
