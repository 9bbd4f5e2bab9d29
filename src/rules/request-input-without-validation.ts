/**
 * EVD-CODE-046: a route handler that passes request input a client can shape
 * (an object or array: the JSON body, the query string, an untyped NestJS
 * `@Body()`/`@Query()`) into a database call or a response, with no schema
 * validation in front of it or inside the handler.
 *
 * Uses the route model (routes.ts). Reported once per route, at the route,
 * for the first sink:
 * - database calls of the handler (queries.ts: `find…`, `create`, `save`,
 *   `update…`, `insert…`, SQL methods; `new Model(…)`), and responses
 *   (`res.json/send`, `reply.send`, `ctx.body =`, a Nest method's `return`);
 * - whose arguments carry structured request input (request-input.ts:
 *   `req.body`, `req.body.insurance`, `req.query.filter`, Fastify
 *   `request.body`, Koa `ctx.request.body`, `const body = req.body`, an
 *   untyped Nest parameter), directly or inside an object or array literal.
 * Not reported: a validation entry in the chain (celebrate, express-validator,
 * express-openapi-validator, a Fastify route `schema`, `ValidationPipe` /
 * `@UsePipes`, any middleware named `validate…`), a handler that calls a
 * validator (`.parse`, `.safeParse`, `.validate`, `validateOrReject`,
 * `validationResult`, `matchedData`, …), values cast field by field
 * (`String(req.body.email)`, `Number(req.query.limit)`: any call ends the
 * input), route parameters and headers (strings), and Nest parameters typed
 * with a DTO class or a primitive (taken as validated by a ValidationPipe).
 *
 * Limits: one file at a time; validation installed by the file that mounts a
 * router, or a global `ValidationPipe` in main.ts, is not seen (the untyped
 * Nest parameters reported are the ones a ValidationPipe cannot validate).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { isDatabaseCall } from '../engine/code/queries.js';
import { requestInputOf, type RequestInput } from '../engine/code/request-input.js';
import { chainHas, nodesOf, rolesOfName, routeLabel, routeModelFor, type Route } from '../engine/code/routes.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import type { SinkNode } from '../engine/code/sinks.js';
import { shortText } from '../engine/code/values.js';

/** Methods that validate a value against a schema (zod, Joi, yup, superstruct, class-validator, ajv, express-validator). */
const VALIDATION_CALLS: ReadonlySet<string> = new Set([
  'parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'validate', 'validateSync', 'validateAsync', 'validateOrReject',
  'validationResult', 'matchedData', 'attempt', 'assert', 'cast', 'isValid', 'isValidSync',
]);
/** Of those, the ones too generic to count on a receiver that names no schema. */
const GENERIC_VALIDATION_CALLS: ReadonlySet<string> = new Set(['cast', 'assert', 'parse']);
/** Receivers of `parse`/`cast`/`assert` that are not schemas. */
const NOT_SCHEMAS = /^(?:JSON|Date|path|url|qs|querystring|URL|cookie|cookies|yaml|YAML|csv|xml|marked|semver|assert)$/;
/** Constructors that are not database models. */
const BUILTIN_CLASSES: ReadonlySet<string> = new Set([
  'Error', 'TypeError', 'RangeError', 'Date', 'URL', 'URLSearchParams', 'Map', 'Set', 'WeakMap', 'RegExp', 'Promise', 'Buffer',
  'Array', 'Object', 'Headers', 'Request', 'Response', 'Blob', 'FormData', 'Intl', 'HttpException', 'BadRequestException',
]);
const RESPONSE_ENTRIES: ReadonlySet<string> = new Set(['express-response', 'fastify-reply', 'koa-body']);
const MAX_DEPTH = 6;

/** Structured request input inside an expression (itself, or in an object/array literal or a `?:`/`??` branch); never inside calls. */
export function structuredInputIn(node: ts.Expression, depth = 0): RequestInput | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  const input = requestInputOf(value);
  if (input !== undefined) return input.structured && input.origin === 'server' ? input : undefined;
  if (ts.isObjectLiteralExpression(value)) {
    for (const property of value.properties) {
      const inner = ts.isPropertyAssignment(property)
        ? property.initializer
        : ts.isShorthandPropertyAssignment(property)
          ? property.name
          : ts.isSpreadAssignment(property)
            ? property.expression
            : undefined;
      if (inner === undefined) continue;
      const found = structuredInputIn(inner, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (ts.isArrayLiteralExpression(value)) {
    for (const element of value.elements) {
      const found = structuredInputIn(ts.isSpreadElement(element) ? element.expression : element, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (ts.isConditionalExpression(value)) return structuredInputIn(value.whenTrue, depth + 1) ?? structuredInputIn(value.whenFalse, depth + 1);
  if (ts.isBinaryExpression(value) && (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return structuredInputIn(value.left, depth + 1) ?? structuredInputIn(value.right, depth + 1);
  }
  return undefined;
}

/** Whether a call validates: a schema method (`schema.parse(x)`, `validateOrReject(dto)`) or a function named like a validator. */
function isValidationCall(call: ts.CallExpression): boolean {
  const callee = skipOuterExpressions(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return false;
  if (rolesOfName(name).has('validation')) return true;
  if (!VALIDATION_CALLS.has(name)) return false;
  if (!GENERIC_VALIDATION_CALLS.has(name)) return true;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const receiver = skipOuterExpressions(callee.expression);
  const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
  if (NOT_SCHEMAS.test(receiverName)) return false;
  return /schema|validator|^z$|^Joi$|^yup$|dto|Body|Input|Query|Payload|Request/i.test(receiverName);
}

/** What a handler does with structured input first: a database call or a response. */
interface Sink {
  readonly input: RequestInput;
  readonly target: string;
}

export const requestInputWithoutValidation = defineRule({
  meta: {
    id: 'EVD-CODE-046',
    slug: 'request-input-without-validation',
    title: 'Request input reaches the database or the response without schema validation',
    description:
      'A route handler passes request input a client can shape — the JSON body, the query string, an untyped NestJS ' +
      '`@Body()` — into a database query or write, or into the response, and no schema validates it: none in the ' +
      'middleware chain (celebrate, express-validator, a Fastify route `schema`, `ValidationPipe`), none in the handler ' +
      '(zod `.parse`, Joi `.validate`, class-validator). Any field, type or nested operator the client sends is stored ' +
      'or acted on. Values cast field by field (`String(req.body.email)`), route parameters and DTO-typed Nest ' +
      'parameters are not reported. The analysis is per file: validation installed where a router is mounted, or a ' +
      'global ValidationPipe in main.ts, is not seen.',
    severity: 'medium',
    remediation:
      'Validate the input with a schema before using it: `const input = schema.parse(req.body)` (zod), `celebrate({ body })`, ' +
      'express-validator chains with `matchedData`, a Fastify route `schema`, or a NestJS DTO class with class-validator ' +
      'decorators and a `ValidationPipe({ whitelist: true })`; then use the validated value.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Unvalidated input lets a client store malformed or unintended values in ePHI records, against the integrity standard (164.312(c)(1)).',
      gdpr:
        'Input validation keeps processing systems sound (Art.32(1)(b)) and is a data-protection-by-design measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/20.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
      'https://docs.nestjs.com/techniques/validation',
      'https://fastify.dev/docs/latest/Reference/Validation-and-Serialization/',
    ],
  },
  create(context) {
    const sinkOf = (route: Route): Sink | undefined => {
      const handler = route.handler;
      if (handler === undefined) return undefined;
      let first: Sink | undefined;
      for (const node of nodesOf(handler)) {
        if (ts.isCallExpression(node) && isValidationCall(node)) return undefined;
        if (first !== undefined) continue;
        if (ts.isCallExpression(node) || ts.isNewExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken)) {
          const sink = sinkAt(node);
          if (sink !== undefined) first = sink;
        } else if (route.framework === 'nest' && ts.isReturnStatement(node) && node.expression !== undefined && ownStatement(node, handler)) {
          const input = structuredInputIn(node.expression);
          if (input !== undefined) first = { input, target: 'the response' };
        }
      }
      return first;
    };
    const sinkAt = (node: SinkNode): Sink | undefined => {
      let target: string | undefined;
      let args: readonly ts.Expression[] = [];
      if (ts.isCallExpression(node) && isDatabaseCall(node)) {
        target = shortText(node.expression, context.sourceFile);
        args = node.arguments;
      } else if (ts.isNewExpression(node)) {
        const callee = skipOuterExpressions(node.expression);
        if (!ts.isIdentifier(callee) || !/^[A-Z]/.test(callee.text) || BUILTIN_CLASSES.has(callee.text) || /Error$|Exception$/.test(callee.text)) return undefined;
        target = `new ${callee.text}`;
        args = node.arguments ?? [];
      } else {
        const sink = context.matchSink(node);
        if (sink === undefined || !RESPONSE_ENTRIES.has(sink.entry)) return undefined;
        target = sink.callee;
        args = sink.dataArguments;
      }
      for (const argument of args) {
        const input = structuredInputIn(argument);
        if (input !== undefined) return { input, target };
      }
      return undefined;
    };
    return {
      exit() {
        const model = routeModelFor(context.sourceFile);
        for (const route of model.routes) {
          if (chainHas(route.chain, 'validation')) continue;
          const sink = sinkOf(route);
          if (sink === undefined) continue;
          const where = sink.target === 'the response' ? 'the response' : sink.target.startsWith('res') || sink.target.startsWith('reply') || sink.target.startsWith('ctx') ? `the response (${sink.target})` : sink.target;
          context.report({
            node: route.node,
            message: `${routeLabel(route)} passes request input (${sink.input.label}) to ${where} without schema validation: validate it with a schema (zod, Joi, class-validator, a route schema) and use the result`,
          });
        }
      },
    };
  },
});

/** Whether a return statement belongs to the handler itself, not to a nested function. */
function ownStatement(node: ts.Node, handler: ts.SignatureDeclaration): boolean {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (current === handler) return true;
    if (ts.isFunctionLike(current)) return false;
  }
  return false;
}
