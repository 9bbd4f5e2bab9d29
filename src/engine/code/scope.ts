/**
 * Lexical look-up of local bindings on a parse-only AST (parent pointers set,
 * no type checker). Used by the data classifier's light data flow and by the
 * sink catalogue to recognise variables initialised from logger factories.
 *
 * Deliberately simple: it finds the nearest `const`/`let`/`var` declaration,
 * `for…of`/`for…in` variable, catch variable or parameter that declares a name
 * in an enclosing block, *textually before* the use. It does not follow
 * assignments (`x = …` after the declaration), hoisting, imports or other
 * files.
 */
import { ts } from './typescript.js';

/** One step from a binding's source expression to the bound value. */
export type BindingStep =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'element' }
  | { readonly kind: 'rest' };

/** Where a local name gets its value from. */
export interface LocalBinding {
  /** The declaration node that binds the name (for reporting and caching). */
  readonly declaration: ts.Node;
  /**
   * The expression the value comes from: the initializer of `const x = init`,
   * the iterated expression of `for (const x of list)`; undefined when the
   * binding has no known source (`let x;`, parameters, catch variables,
   * `for…in` keys), which shadows outer bindings of the same name.
   */
  readonly source: ts.Expression | undefined;
  /** Steps from `source` to the bound value (`const { a: [b] } = s` → property a, element). */
  readonly path: readonly BindingStep[];
}

/** Options of {@link findLocalBinding}. */
export interface BindingLookupOptions {
  /**
   * Whether the look-up may leave the innermost function (closures, module
   * scope). The data classifier keeps to one function; logger resolution
   * crosses functions because loggers are usually module-level.
   */
  readonly crossFunctions: boolean;
}

function bindingNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The steps from a binding pattern's root to `target`, or undefined when the pattern does not bind it. */
function pathInBindingName(name: ts.BindingName, target: string): BindingStep[] | undefined {
  if (ts.isIdentifier(name)) return name.text === target ? [] : undefined;
  if (ts.isObjectBindingPattern(name)) {
    for (const element of name.elements) {
      const inner = pathInBindingName(element.name, target);
      if (inner === undefined) continue;
      if (element.dotDotDotToken !== undefined) return [{ kind: 'rest' }, ...inner];
      const key = element.propertyName
        ? bindingNameText(element.propertyName)
        : ts.isIdentifier(element.name)
          ? element.name.text
          : undefined;
      const step: BindingStep = key === undefined ? { kind: 'element' } : { kind: 'property', name: key };
      return [step, ...inner];
    }
    return undefined;
  }
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    const inner = pathInBindingName(element.name, target);
    if (inner === undefined) continue;
    return [element.dotDotDotToken !== undefined ? { kind: 'rest' } : { kind: 'element' }, ...inner];
  }
  return undefined;
}

function fromDeclarationList(list: ts.VariableDeclarationList, target: string): LocalBinding | undefined {
  let found: LocalBinding | undefined;
  for (const declaration of list.declarations) {
    const path = pathInBindingName(declaration.name, target);
    if (path !== undefined) found = { declaration, source: declaration.initializer, path };
  }
  return found;
}

function statementsOf(node: ts.Node): ts.NodeArray<ts.Statement> | undefined {
  if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
    return node.statements;
  }
  return undefined;
}

/**
 * Memo of look-ups, per `crossFunctions`: for a statement `child` directly in a
 * block (or source file, module block, case clause), and a name, the binding
 * found from that block outwards. That part of a look-up depends only on
 * `child` (the statements before it are the ones declared before any use
 * inside it) and the name, so every use of, say, `logger` inside one
 * top-level function shares it. Rules resolve the same names over and over
 * (receivers of calls, request variables); without the memo each use walks up
 * to the module scope and rescans its statements.
 *
 * Keys are nodes of the file being analysed: the engine calls
 * {@link clearBindingMemo} around each file so no AST is kept alive; callers
 * outside the engine are protected by {@link MEMO_LIMIT}.
 */
const memos: readonly [Map<ts.Node, Map<string, LocalBinding | null>>, Map<ts.Node, Map<string, LocalBinding | null>>] = [new Map(), new Map()];
/** Statements memoised (over both memos) before the memo is dropped, when nothing clears it. */
const MEMO_LIMIT = 100_000;

/** Forgets every memoised look-up (the engine calls it before and after each file). */
export function clearBindingMemo(): void {
  memos[0].clear();
  memos[1].clear();
}

/**
 * The nearest binding of `use`'s name visible at `use`, declared before it, or
 * undefined when none is found within the allowed scope.
 */
export function findLocalBinding(use: ts.Identifier, options: BindingLookupOptions): LocalBinding | undefined {
  const memo = memos[options.crossFunctions ? 1 : 0];
  if (memos[0].size + memos[1].size > MEMO_LIMIT) clearBindingMemo();
  const target = use.text;
  // The statements (directly in a block) the look-up passed: each gets the final answer.
  let passed: ts.Node[] | undefined;
  const result = lookUp(use, target, options, memo, (statement) => (passed ??= []).push(statement));
  if (passed !== undefined) {
    for (const statement of passed) {
      let names = memo.get(statement);
      if (names === undefined) memo.set(statement, (names = new Map()));
      names.set(target, result ?? null);
    }
  }
  return result;
}

/**
 * Indexed by `ts.SyntaxKind`: whether a node of that kind can declare a name for
 * {@link lookUp} (a statement list, a `for`/`for…of`/`for…in`, a catch clause, a
 * function-like). Computed once from the same predicates `statementsOf` and
 * `lookUp` apply (they only test the kind).
 */
const SCOPE_KINDS: readonly boolean[] = Array.from({ length: ts.SyntaxKind.Count }, (_, kind) => {
  const node = { kind } as ts.Node;
  return (
    ts.isBlock(node) ||
    ts.isSourceFile(node) ||
    ts.isModuleBlock(node) ||
    ts.isCaseClause(node) ||
    ts.isDefaultClause(node) ||
    ts.isForOfStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForStatement(node) ||
    ts.isCatchClause(node) ||
    ts.isFunctionLike(node)
  );
});

function lookUp(
  use: ts.Identifier,
  target: string,
  options: BindingLookupOptions,
  memo: Map<ts.Node, Map<string, LocalBinding | null>>,
  pass: (statement: ts.Node) => void,
): LocalBinding | undefined {
  const usePos = use.pos;
  let child: ts.Node = use;
  let parent: ts.Node | undefined = use.parent;
  while (parent !== undefined) {
    if (!SCOPE_KINDS[parent.kind]) {
      // Most ancestors (expressions, statements) declare nothing: step over them without the tests below.
      child = parent;
      parent = parent.parent;
      continue;
    }
    const statements = statementsOf(parent);
    if (statements !== undefined) {
      const known = memo.get(child)?.get(target);
      if (known !== undefined) return known ?? undefined;
      pass(child);
      let found: LocalBinding | undefined;
      for (const statement of statements) {
        if (statement.end > usePos) break;
        if (ts.isVariableStatement(statement)) {
          const binding = fromDeclarationList(statement.declarationList, target);
          if (binding !== undefined) found = binding;
        }
      }
      if (found !== undefined) return found;
    } else if ((ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && child === parent.statement) {
      const initializer = parent.initializer;
      if (ts.isVariableDeclarationList(initializer)) {
        for (const declaration of initializer.declarations) {
          const path = pathInBindingName(declaration.name, target);
          if (path === undefined) continue;
          if (ts.isForInStatement(parent)) return { declaration, source: undefined, path };
          return { declaration, source: parent.expression, path: [{ kind: 'element' }, ...path] };
        }
      }
    } else if (ts.isForStatement(parent) && child !== parent.initializer) {
      const initializer = parent.initializer;
      if (initializer !== undefined && ts.isVariableDeclarationList(initializer)) {
        const binding = fromDeclarationList(initializer, target);
        if (binding !== undefined) return binding;
      }
    } else if (ts.isCatchClause(parent)) {
      const variable = parent.variableDeclaration;
      if (variable !== undefined && pathInBindingName(variable.name, target) !== undefined) {
        return { declaration: variable, source: undefined, path: [] };
      }
    }
    if (ts.isFunctionLike(parent)) {
      for (const parameter of parent.parameters) {
        if (pathInBindingName(parameter.name, target) !== undefined) {
          return { declaration: parameter, source: undefined, path: [] };
        }
      }
      if (!options.crossFunctions) return undefined;
    }
    child = parent;
    parent = parent.parent;
  }
  return undefined;
}

// `ts.SyntaxKind` is a getter on TypeScript's module object (as is every `ts.*` export): read the
// kinds once, since this function runs on almost every node a rule looks at.
const PARENTHESIZED = ts.SyntaxKind.ParenthesizedExpression;
const AS = ts.SyntaxKind.AsExpression;
const NON_NULL = ts.SyntaxKind.NonNullExpression;
const TYPE_ASSERTION = ts.SyntaxKind.TypeAssertionExpression;
const SATISFIES = ts.SyntaxKind.SatisfiesExpression;
const AWAIT = ts.SyntaxKind.AwaitExpression;

/** Strips parentheses, `await`, type assertions, `!` and `satisfies` around an expression. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    const kind = current.kind;
    if (kind === PARENTHESIZED || kind === AS || kind === NON_NULL || kind === TYPE_ASSERTION || kind === SATISFIES || kind === AWAIT) {
      current = (current as ts.ParenthesizedExpression).expression;
    } else {
      return current;
    }
  }
}

/** The text of a property name or a string-literal element access key, else undefined. */
export function memberName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  const argument = skipOuterExpressions(node.argumentExpression);
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return argument.text;
  return undefined;
}

/**
 * The dotted path of a plain member chain, `this.logger` → `['this', 'logger']`,
 * `req['log']` → `['req', 'log']`; undefined when a segment is computed or a call.
 */
export function memberPath(node: ts.Expression): string[] | undefined {
  const segments: string[] = [];
  let current = skipOuterExpressions(node);
  for (;;) {
    if (ts.isIdentifier(current)) {
      segments.push(current.text);
      return segments.reverse();
    }
    if (current.kind === ts.SyntaxKind.ThisKeyword) {
      segments.push('this');
      return segments.reverse();
    }
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
      const name = memberName(current);
      if (name === undefined) return undefined;
      segments.push(name);
      current = skipOuterExpressions(current.expression);
      continue;
    }
    return undefined;
  }
}
