/**
 * Which module a name comes from, on a parse-only AST: the top-level imports
 * and `require`s of one file. Rules use it where a bare name is ambiguous:
 * `exec` from `child_process` runs a shell, `regex.exec(…)` does not.
 *
 * Recognised (module specifiers lose a `node:` prefix):
 * - `import x from 'm'`, `import * as x from 'm'`, `import { a as x } from 'm'`,
 *   `import x = require('m')`;
 * - `const x = require('m')`, `const { a, b: x } = require('m')`,
 *   `const x = require('m').a`, `const x = await import('m')`;
 * - `const run = promisify(exec)` / `util.promisify(cp.exec)`: `run` is `exec`.
 * Only top-level statements are read; a default import of a module is its
 * namespace (what CommonJS modules, including Node's built-ins, export).
 */
import { ts } from './typescript.js';
import { skipOuterExpressions } from './scope.js';

/** What a local name is bound to: a module's export (`name`), or the module itself (`name` = `*`). */
export interface ImportedName {
  readonly module: string;
  readonly name: string;
}

/** Resolves the module origin of names and callees in one file. */
export interface ImportResolver {
  /** The import a local name is bound to, if any. */
  name(local: string): ImportedName | undefined;
  /**
   * The module export an expression denotes: `exec` → `child_process#exec`
   * when imported, `cp.exec` → `child_process#exec` when `cp` is the module,
   * `require('vm').runInNewContext` → `vm#runInNewContext`.
   */
  resolve(node: ts.Expression): ImportedName | undefined;
}

function normalizeModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** `require('m')` or `await import('m')` → `m`. */
function requiredModule(node: ts.Expression): string | undefined {
  const value = skipOuterExpressions(node);
  if (!ts.isCallExpression(value)) return undefined;
  const argument = value.arguments[0];
  if (argument === undefined || !ts.isStringLiteral(argument)) return undefined;
  const callee = value.expression;
  if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) {
    return normalizeModule(argument.text);
  }
  return undefined;
}

function collect(sourceFile: ts.SourceFile): Map<string, ImportedName> {
  const names = new Map<string, ImportedName>();
  const resolveExpression = (node: ts.Expression): ImportedName | undefined => {
    const value = skipOuterExpressions(node);
    const module = requiredModule(value);
    if (module !== undefined) return { module, name: '*' };
    if (ts.isIdentifier(value)) return names.get(value.text);
    if (ts.isPropertyAccessExpression(value)) {
      const base = resolveExpression(value.expression);
      if (base !== undefined && base.name === '*') return { module: base.module, name: value.name.text };
      return undefined;
    }
    if (ts.isCallExpression(value)) {
      // promisify(exec), util.promisify(cp.exec)
      const callee = skipOuterExpressions(value.expression);
      const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const argument = value.arguments[0];
      if (calleeName === 'promisify' && argument !== undefined) return resolveExpression(argument);
    }
    return undefined;
  };

  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const module = normalizeModule(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (clause === undefined) continue;
      if (clause.name !== undefined) names.set(clause.name.text, { module, name: '*' });
      const bindings = clause.namedBindings;
      if (bindings === undefined) continue;
      if (ts.isNamespaceImport(bindings)) {
        names.set(bindings.name.text, { module, name: '*' });
      } else {
        for (const element of bindings.elements) {
          const imported = element.propertyName === undefined ? element.name.text : element.propertyName.text;
          names.set(element.name.text, { module, name: imported === 'default' ? '*' : imported });
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement)) {
      const reference = statement.moduleReference;
      if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) {
        names.set(statement.name.text, { module: normalizeModule(reference.expression.text), name: '*' });
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer === undefined) continue;
        const origin = resolveExpression(declaration.initializer);
        if (origin === undefined) continue;
        if (ts.isIdentifier(declaration.name)) {
          names.set(declaration.name.text, origin);
        } else if (ts.isObjectBindingPattern(declaration.name) && origin.name === '*') {
          for (const element of declaration.name.elements) {
            if (!ts.isIdentifier(element.name) || element.dotDotDotToken !== undefined) continue;
            const property = element.propertyName;
            const imported = property === undefined ? element.name.text : ts.isIdentifier(property) || ts.isStringLiteral(property) ? property.text : undefined;
            if (imported !== undefined) names.set(element.name.text, { module: origin.module, name: imported });
          }
        }
      }
    }
  }
  return names;
}

/** Creates the resolver of one file; the table is built on first use. */
export function createImportResolver(sourceFile: ts.SourceFile): ImportResolver {
  let names: Map<string, ImportedName> | undefined;
  const table = (): Map<string, ImportedName> => (names ??= collect(sourceFile));
  const resolve = (node: ts.Expression): ImportedName | undefined => {
    const value = skipOuterExpressions(node);
    const module = requiredModule(value);
    if (module !== undefined) return { module, name: '*' };
    if (ts.isIdentifier(value)) return table().get(value.text);
    if (ts.isPropertyAccessExpression(value)) {
      const base = resolve(value.expression);
      if (base !== undefined && base.name === '*') return { module: base.module, name: value.name.text };
    }
    return undefined;
  };
  return { name: (local) => table().get(local), resolve };
}

let lastFile: ts.SourceFile | undefined;
let lastResolver: ImportResolver | undefined;

/**
 * The import resolver of a file, shared by every rule that asks during one
 * analysis. One entry is kept (the engine analyses one file at a time): a
 * WeakMap keyed by short-lived source files makes every young-generation GC
 * slower, which costs more than it saves.
 */
export function importResolverFor(sourceFile: ts.SourceFile): ImportResolver {
  if (sourceFile !== lastFile || lastResolver === undefined) {
    lastResolver = createImportResolver(sourceFile);
    lastFile = sourceFile;
  }
  return lastResolver;
}
