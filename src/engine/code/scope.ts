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
import { ts } from 'ts-morph';

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
 * The nearest binding of `use`'s name visible at `use`, declared before it, or
 * undefined when none is found within the allowed scope.
 */
export function findLocalBinding(use: ts.Identifier, options: BindingLookupOptions): LocalBinding | undefined {
  const target = use.text;
  const usePos = use.pos;
  let child: ts.Node = use;
  let parent: ts.Node | undefined = use.parent;
  while (parent !== undefined) {
    const statements = statementsOf(parent);
    if (statements !== undefined) {
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

/** Strips parentheses, `await`, type assertions, `!` and `satisfies` around an expression. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    switch (current.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.AwaitExpression:
        current = (current as ts.ParenthesizedExpression).expression;
        break;
      default:
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
