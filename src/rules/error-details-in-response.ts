/**
 * EVD-CODE-006: stack traces, internal error objects or database error
 * details returned to the client.
 *
 * A response (Express `res.send/json/jsonp/end/write/render`, also after
 * `res.status(…)`; Fastify `reply.send`; Koa `ctx.body = …`) is reported when
 * its data contains, directly, in an object or array, a template or
 * concatenation, or through a local variable of the same function:
 * - a stack trace: `err.stack`, `util.inspect(err)`;
 * - database error details, which carry queries and field values:
 *   `err.sql`, `err.sqlMessage`, `err.parameters`, `err.query`,
 *   `err.driverError`, `err.original`, `err.parent`, `err.errmsg`,
 *   `err.keyValue`, `err.keyPattern`, `err.errorResponse`;
 * - a whole error object: `res.send(err)`, `{ error: err }`, `{ ...err }`,
 *   `JSON.stringify(err)` (its enumerable fields are serialised; not for
 *   Fastify, whose `reply.send(err)` goes through the error serialiser);
 * - the message of a database error: `err.message` (or `String(err)`,
 *   `` `${err}` ``) when the error comes from a database call: a `catch`
 *   whose `try` block calls the database, a `.catch(…)` callback of a
 *   database promise chain, or a variable named so (`dbError`, `mongoErr`).
 * An error is a `catch` variable, the first parameter of a 4-parameter
 * Express error handler or of a `.catch(…)` callback, or a name such as
 * `err`, `error`, `exception`, `*Error`, `*Err`. Code inside a branch that
 * depends on the environment (`if (process.env.NODE_ENV !== 'production')`,
 * `isDev ? err.stack : undefined`) is not reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { isDatabaseCall } from '../engine/code/queries.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import type { SinkNode } from '../engine/code/sinks.js';

/** Properties of database errors that carry queries, parameters and field values. */
const DATABASE_DETAILS: ReadonlySet<string> = new Set([
  'sql', 'sqlMessage', 'parameters', 'query', 'driverError', 'original', 'parent', 'errmsg', 'keyValue', 'keyPattern', 'errorResponse',
]);
const ERROR_NAME = /^(?:err|error|ex|exc|exception)$|(?:Error|Err|Exception)$/;
const DATABASE_ERROR_NAME = /^(?:db|mongo|mongoose|sql|query|database|sequelize|prisma|pg|mysql|typeorm|knex)/i;
const ENVIRONMENT_CONDITION = /NODE_ENV|\benv\b|development|production|isDev|isProd|debug/i;
const MAX_DEPTH = 8;

type LeakKind = 'stack' | 'details' | 'object' | 'message';

const LEAK_LABELS: Readonly<Record<LeakKind, string>> = {
  stack: 'stack trace',
  details: 'database error details',
  object: 'error object',
  message: 'database error message',
};

/** How an error value came to be, when it is one. */
type ErrorOrigin = 'catch' | 'handler' | 'promise-catch' | 'name';

/** An identifier holding an error, and how it came to be one. */
interface ErrorValue {
  readonly id: ts.Identifier;
  readonly origin: ErrorOrigin;
}

interface Leak {
  readonly kind: LeakKind;
  readonly text: string;
}

/** Whether a node sits in a branch of an `if`/`?:` that tests the environment (up to the enclosing function). */
function isEnvironmentGuarded(node: ts.Node, sourceFile: ts.SourceFile): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent !== undefined && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression && ENVIRONMENT_CONDITION.test(parent.expression.getText(sourceFile))) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition && ENVIRONMENT_CONDITION.test(parent.condition.getText(sourceFile))) return true;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** Whether a subtree calls the database (nested functions excluded). */
function callsDatabase(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionDeclaration(child) || ts.isClassLike(child)) return;
    if (ts.isCallExpression(child) && isDatabaseCall(child)) {
      found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

export const errorDetailsInResponse = defineRule({
  meta: {
    id: 'EVD-CODE-006',
    slug: 'error-details-in-response',
    title: 'Stack trace or internal error details returned to the client',
    description:
      'An HTTP response carries a stack trace, a whole error object, database error details (SQL text, query ' +
      'parameters, duplicate-key values) or the message of a database error. They reveal the application\'s internals ' +
      '(paths, libraries, schema, queries) to attackers and can contain the personal data that was being processed.',
    severity: 'medium',
    remediation:
      'Log the error server-side (without personal data) and return a generic message with a correlation id: ' +
      '`res.status(500).json({ error: "internal_error", requestId })`. Map known errors (validation, not found, ' +
      'duplicate) to fixed client messages.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(1)(ii)(B)', '164.312(a)(1)'],
      gdpr: ['Art.25(1)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Error details returned to clients disclose data and internals outside the system\'s access controls (164.312(a)(1)) and ease attacks that the risk management process must prevent (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Leaking internals and processed data through errors fails data protection by design (Art.25(1)) and the ongoing confidentiality of processing systems (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/209.html',
      'https://cwe.mitre.org/data/definitions/497.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const databaseTries = new Map<ts.Node, boolean>();

    /** How an identifier is an error, if it is one. */
    const errorOrigin = (id: ts.Identifier): ErrorOrigin | undefined => {
      const binding = findLocalBinding(id, { crossFunctions: true });
      const declaration = binding?.declaration;
      if (declaration !== undefined && ts.isVariableDeclaration(declaration) && ts.isCatchClause(declaration.parent)) return 'catch';
      if (declaration !== undefined && ts.isParameter(declaration)) {
        const fn = declaration.parent;
        if (fn.parameters[0] === declaration) {
          if (fn.parameters.length === 4) return 'handler';
          const call = fn.parent;
          if (call !== undefined && ts.isCallExpression(call) && call.arguments[0] === fn) {
            const callee = skipOuterExpressions(call.expression);
            if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'catch') return 'promise-catch';
          }
        }
      }
      if (binding !== undefined && binding.source !== undefined) return undefined;
      return ERROR_NAME.test(id.text) ? 'name' : undefined;
    };

    /** Whether the error an identifier holds comes from a database call. */
    const fromDatabase = (id: ts.Identifier, origin: ErrorOrigin): boolean => {
      if (DATABASE_ERROR_NAME.test(id.text)) return true;
      const declaration = findLocalBinding(id, { crossFunctions: true })?.declaration;
      if (origin === 'catch' && declaration !== undefined) {
        const tryStatement = declaration.parent.parent;
        if (!ts.isTryStatement(tryStatement)) return false;
        let known = databaseTries.get(tryStatement);
        if (known === undefined) databaseTries.set(tryStatement, (known = callsDatabase(tryStatement.tryBlock)));
        return known;
      }
      if (origin === 'promise-catch' && declaration !== undefined) {
        const call = declaration.parent.parent as ts.CallExpression;
        return callsDatabase(call.expression);
      }
      return false;
    };

    /** The error an expression is (an identifier), with its origin. */
    const asError = (node: ts.Expression): ErrorValue | undefined => {
      const value = skipOuterExpressions(node);
      if (!ts.isIdentifier(value)) return undefined;
      const origin = errorOrigin(value);
      return origin === undefined ? undefined : { id: value, origin };
    };

    /** Records a leak unless it sits in a branch that depends on the environment. */
    const leak = (out: Leak[], kind: LeakKind, node: ts.Node, text: string): void => {
      if (!isEnvironmentGuarded(node, sourceFile)) out.push({ kind, text });
    };

    /** `err.stack`, `err.sql`, `err.message`: what a member of an error leaks. */
    const memberLeak = (error: ErrorValue, member: string, node: ts.Node, text: string, out: Leak[]): void => {
      if (member === 'stack') leak(out, 'stack', node, text);
      else if (DATABASE_DETAILS.has(member)) leak(out, 'details', node, text);
      else if (member === 'message' && fromDatabase(error.id, error.origin)) leak(out, 'message', node, text);
    };

    /** `String(err)`, `${err}`, `'x' + err`: the message of the error, or whatever the part leaks. */
    const textLeak = (part: ts.Expression, wholeObjects: boolean, depth: number, out: Leak[]): void => {
      const error = asError(part);
      if (error === undefined) leaksIn(part, wholeObjects, depth + 1, out);
      else if (fromDatabase(error.id, error.origin)) leak(out, 'message', part, error.id.text);
    };

    /** The leaks in the data of a response. */
    const leaksIn = (input: ts.Expression, wholeObjects: boolean, depth: number, out: Leak[]): void => {
      if (depth > MAX_DEPTH) return;
      const node = skipOuterExpressions(input);
      switch (node.kind) {
        case ts.SyntaxKind.Identifier: {
          const id = node as ts.Identifier;
          const error = asError(id);
          if (error !== undefined) {
            if (wholeObjects) leak(out, 'object', id, id.text);
            return;
          }
          const binding = findLocalBinding(id, { crossFunctions: false });
          if (binding?.source === undefined) return;
          const step = binding.path[0];
          if (binding.path.length === 1 && step?.kind === 'property') {
            // const { stack } = err
            const source = asError(binding.source);
            if (source !== undefined) memberLeak(source, step.name, id, id.text, out);
          } else if (binding.path.length === 0) {
            leaksIn(binding.source, wholeObjects, depth + 1, out);
          }
          return;
        }
        case ts.SyntaxKind.PropertyAccessExpression: {
          const access = node as ts.PropertyAccessExpression;
          const error = asError(access.expression);
          if (error !== undefined) memberLeak(error, access.name.text, access, access.getText(sourceFile).replace(/\s+/g, ' '), out);
          return;
        }
        case ts.SyntaxKind.ObjectLiteralExpression:
          for (const property of (node as ts.ObjectLiteralExpression).properties) {
            if (ts.isPropertyAssignment(property)) leaksIn(property.initializer, wholeObjects, depth + 1, out);
            else if (ts.isShorthandPropertyAssignment(property)) leaksIn(property.name, wholeObjects, depth + 1, out);
            else if (ts.isSpreadAssignment(property)) leaksIn(property.expression, wholeObjects, depth + 1, out);
          }
          return;
        case ts.SyntaxKind.ArrayLiteralExpression:
          for (const element of (node as ts.ArrayLiteralExpression).elements) leaksIn(element, wholeObjects, depth + 1, out);
          return;
        case ts.SyntaxKind.TemplateExpression:
          for (const span of (node as ts.TemplateExpression).templateSpans) textLeak(span.expression, wholeObjects, depth, out);
          return;
        case ts.SyntaxKind.BinaryExpression: {
          const binary = node as ts.BinaryExpression;
          const operator = binary.operatorToken.kind;
          if (operator === ts.SyntaxKind.PlusToken) {
            textLeak(binary.left, wholeObjects, depth, out);
            textLeak(binary.right, wholeObjects, depth, out);
          } else if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) {
            leaksIn(binary.left, wholeObjects, depth + 1, out);
            leaksIn(binary.right, wholeObjects, depth + 1, out);
          }
          return;
        }
        case ts.SyntaxKind.ConditionalExpression: {
          const conditional = node as ts.ConditionalExpression;
          leaksIn(conditional.whenTrue, wholeObjects, depth + 1, out);
          leaksIn(conditional.whenFalse, wholeObjects, depth + 1, out);
          return;
        }
        case ts.SyntaxKind.CallExpression: {
          const call = node as ts.CallExpression;
          const callee = skipOuterExpressions(call.expression);
          const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
          const first = call.arguments[0];
          if (name === 'toString' && ts.isPropertyAccessExpression(callee)) {
            textLeak(callee.expression, wholeObjects, depth, out);
          } else if (first !== undefined && (name === 'String' || name === 'format')) {
            for (const argument of call.arguments) textLeak(argument, wholeObjects, depth, out);
          } else if (first !== undefined && name === 'inspect') {
            if (asError(first) !== undefined) leak(out, 'stack', call, call.getText(sourceFile).replace(/\s+/g, ' '));
          } else if (first !== undefined && name === 'stringify') {
            leaksIn(first, true, depth + 1, out);
          }
          return;
        }
        default:
          return;
      }
    };

    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || sink.kind !== 'response') return;
      if (isEnvironmentGuarded(node, sourceFile)) return;
      const leaks: Leak[] = [];
      const wholeObjects = sink.entry !== 'fastify-reply';
      for (const argument of sink.dataArguments) leaksIn(argument, wholeObjects, 0, leaks);
      if (leaks.length === 0) return;
      const seen = new Set<string>();
      const parts: string[] = [];
      for (const leak of leaks) {
        const part = `${LEAK_LABELS[leak.kind]} (${leak.text})`;
        if (seen.has(part)) continue;
        seen.add(part);
        parts.push(part);
      }
      const listed = parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] as string}`;
      context.report({ node, message: `${listed.charAt(0).toUpperCase()}${listed.slice(1)} returned to the client by ${sink.callee}` });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
      [ts.SyntaxKind.BinaryExpression]: check,
    };
  },
});
