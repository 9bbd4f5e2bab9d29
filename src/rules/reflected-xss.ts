/**
 * EVD-CODE-043: request input echoed into an HTML response.
 *
 * Reported when a response body contains request input that is not escaped
 * (markup.ts judges the value; only request input counts here):
 * - Express / Node http: `res.send(x)`, `res.write(x)`, `res.end(x)` on a
 *   chain that starts at `res`/`response` (`res.status(400).send(…)`), unless
 *   the chain, or an earlier statement of the handler on the same response,
 *   sets a non-HTML type (`.type('json')`, `.type('text/plain')`,
 *   `.set('Content-Type', 'text/plain')`, `res.setHeader('Content-Type', …)`,
 *   `res.writeHead(200, { 'Content-Type': … })`);
 * - Fastify: `reply.send(x)` only after `.type('text/html')` or a
 *   `Content-Type: text/html` header (Fastify sends strings as text/plain);
 * - Koa: `ctx.body = x` (Koa serves strings that start with `<` as HTML);
 * - NestJS: a string returned by a `@Get`/`@Post`/… handler of a
 *   `@Controller` (Nest sends strings as text/html) — a template or
 *   concatenation with request input, or a `@Query('x')`/`@Param('x')`
 *   string parameter returned as is — unless the handler has `@Render`,
 *   `@Res()`, or `@Header('Content-Type', …)` with a non-HTML type.
 * Whole request objects (`res.send(req.body)`) are serialised as JSON and not
 * reported; `res.json(…)` never is.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { markupRisk } from '../engine/code/markup.js';
import { requestInputOf } from '../engine/code/request-input.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import { callReportNode, calleeName, constantString, hasAnyIdentifier, isStringBuilder, receiverOf, rootName } from '../engine/code/values.js';

const SEND_METHODS = new Set(['send', 'write', 'end']);
const RESPONSE_ROOTS = new Set(['res', 'response']);
const HANDLER_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head']);
const WHOLE_REQUEST_OBJECT = /^\w+\.(?:body|query|params|headers|cookies)$/;

/**
 * The content type a chain of response calls sets, looking from `start` back to its root, if any: `.type('json')`,
 * `.set('Content-Type', 'text/plain')`, `.writeHead(200, { 'Content-Type': 'application/json' })`.
 */
function chainContentType(start: ts.Expression | undefined): string | undefined {
  let current = start;
  for (let i = 0; current !== undefined && i < 12; i++) {
    const value = skipOuterExpressions(current);
    if (!ts.isCallExpression(value)) return undefined;
    const name = calleeName(value);
    const first = value.arguments[0];
    const second = value.arguments[1];
    if ((name === 'type' || name === 'contentType') && first !== undefined) return constantString(first)?.toLowerCase();
    if ((name === 'set' || name === 'header' || name === 'setHeader') && first !== undefined && second !== undefined && constantString(first)?.toLowerCase() === 'content-type') {
      return constantString(second)?.toLowerCase();
    }
    if (name === 'writeHead') {
      for (const argument of value.arguments) {
        const headers = skipOuterExpressions(argument);
        if (!ts.isObjectLiteralExpression(headers)) continue;
        for (const property of headers.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
          if (key?.toLowerCase() === 'content-type') return constantString(property.initializer)?.toLowerCase();
        }
      }
    }
    current = receiverOf(value);
  }
  return undefined;
}

/**
 * The content type set on the same response by a statement before `call` in its function (`res.setHeader('Content-Type',
 * 'application/json'); … res.send(text)`): in the block of the call, then in each enclosing block; the last one wins.
 */
function earlierContentType(call: ts.CallExpression, root: string): string | undefined {
  let node: ts.Node = call;
  while (node.parent !== undefined && !ts.isFunctionLike(node.parent) && !ts.isSourceFile(node.parent)) {
    const parent: ts.Node = node.parent;
    if (ts.isBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      let found: string | undefined;
      for (const statement of parent.statements) {
        if (statement === node) break;
        if (!ts.isExpressionStatement(statement)) continue;
        const expression = skipOuterExpressions(statement.expression);
        if (!ts.isCallExpression(expression) || rootName(expression) !== root) continue;
        found = chainContentType(expression) ?? found;
      }
      if (found !== undefined) return found;
    }
    node = parent;
  }
  return undefined;
}

function isHtmlType(type: string): boolean {
  return type === 'html' || type.startsWith('text/html') || type === '.html';
}

function decoratorsOf(node: ts.Node): ts.Decorator[] {
  return ts.canHaveDecorators(node) ? [...(ts.getDecorators(node) ?? [])] : [];
}

function decoratorName(decorator: ts.Decorator): string | undefined {
  const expression = decorator.expression;
  const callee = ts.isCallExpression(expression) ? expression.expression : expression;
  return ts.isIdentifier(callee) ? callee.text : undefined;
}

/** Whether a method is a NestJS route handler whose returned strings are sent as HTML. */
function isNestHtmlHandler(method: ts.MethodDeclaration): boolean {
  const decorators = decoratorsOf(method);
  if (!decorators.some((d) => HANDLER_DECORATORS.has(decoratorName(d) ?? ''))) return false;
  for (const decorator of decorators) {
    const name = decoratorName(decorator);
    if (name === 'Render' || name === 'Redirect' || name === 'Sse') return false;
    if (name === 'Header' && ts.isCallExpression(decorator.expression)) {
      const [key, value] = decorator.expression.arguments;
      const type = value === undefined ? undefined : constantString(value)?.toLowerCase();
      if (key !== undefined && constantString(key)?.toLowerCase() === 'content-type' && type !== undefined && !isHtmlType(type)) return false;
    }
  }
  if (method.parameters.some((p) => decoratorsOf(p).some((d) => decoratorName(d) === 'Res'))) return false;
  const owner = method.parent;
  return ts.isClassDeclaration(owner) && decoratorsOf(owner).some((d) => decoratorName(d) === 'Controller');
}

/** A NestJS parameter bound to one string value: `@Query('q') q`, `@Param('id') id: string`. */
function isStringParameter(id: ts.Identifier): boolean {
  const binding = findLocalBinding(id, { crossFunctions: false });
  if (binding === undefined || !ts.isParameter(binding.declaration)) return false;
  const parameter = binding.declaration;
  if (parameter.type?.kind === ts.SyntaxKind.StringKeyword) return true;
  return decoratorsOf(parameter).some((d) => ts.isCallExpression(d.expression) && d.expression.arguments.length > 0 && constantString(d.expression.arguments[0] as ts.Expression) !== undefined);
}

export const reflectedXss = defineRule({
  meta: {
    id: 'EVD-CODE-043',
    slug: 'reflected-xss',
    title: 'Request input echoed into an HTML response (reflected XSS)',
    description:
      'A server response contains request input without HTML escaping: `res.send(`<p>No results for ${req.query.q}</p>`)`, ' +
      '`ctx.body = ctx.query.name`, or a NestJS handler returning `` `Hello ${name}` ``. A link with script in the ' +
      'parameter runs that script in the session of whoever opens it.',
    severity: 'high',
    remediation:
      'Return JSON (`res.json({ q })`), render a template engine that escapes by default, or escape each value ' +
      '(`escapeHtml(req.query.q)`); set `Content-Type: text/plain` for plain text.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Reflected script acts with the victim\'s access to ePHI (164.312(a)(1)) and can alter records in their name (164.312(c)(1)).',
      gdpr: 'Cross-site scripting undermines the confidentiality and integrity of the service (Art.32(1)(b)); output encoding is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
      'https://expressjs.com/en/api.html#res.send',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, ['send', 'write', 'end', 'body']);
    const nest = hasAnyIdentifier(sourceFile, ['Controller']);

    const judge = (node: ts.Node, value: ts.Expression, sink: string): void => {
      const inner = skipOuterExpressions(value);
      const direct = requestInputOf(inner);
      if (direct !== undefined && WHOLE_REQUEST_OBJECT.test(direct.label)) return;
      const risk = markupRisk(inner, sourceFile, true);
      if (risk?.input === undefined) return;
      context.report({ node, message: `Request input (${risk.label}) echoed into an HTML response by ${sink} without escaping: escape it, or send JSON or text/plain` });
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined || !SEND_METHODS.has(name)) return;
        const value = node.arguments[0];
        const receiver = receiverOf(node);
        if (value === undefined || receiver === undefined) return;
        const root = rootName(receiver);
        if (root === undefined) return;
        const type = chainContentType(receiver) ?? earlierContentType(node, root);
        if (RESPONSE_ROOTS.has(root)) {
          if (type !== undefined && !isHtmlType(type)) return;
        } else if (root === 'reply') {
          if (type === undefined || !isHtmlType(type)) return;
        } else {
          return;
        }
        judge(callReportNode(node), value, `${root}.${name}()`);
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (!relevant || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'body') return;
        const root = skipOuterExpressions(target.expression);
        if (!ts.isIdentifier(root) || (root.text !== 'ctx' && root.text !== 'context')) return;
        judge(node, node.right, `${root.text}.body`);
      },
      [ts.SyntaxKind.ReturnStatement](node) {
        const statement = node as ts.ReturnStatement;
        if (!nest || statement.expression === undefined) return;
        let method: ts.Node | undefined = statement.parent;
        while (method !== undefined && !ts.isFunctionLike(method)) method = method.parent;
        if (method === undefined || !ts.isMethodDeclaration(method) || !isNestHtmlHandler(method)) return;
        const value = skipOuterExpressions(statement.expression);
        if (!isStringBuilder(value)) {
          const input = requestInputOf(value);
          const root = ts.isIdentifier(value) ? value : undefined;
          if (input === undefined || (root !== undefined && !isStringParameter(root)) || (root === undefined && !ts.isPropertyAccessExpression(value))) return;
        }
        judge(statement, value, `the ${method.name.getText(sourceFile)}() handler`);
      },
    };
  },
});
