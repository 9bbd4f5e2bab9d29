/**
 * EVD-CODE-002: TLS certificate verification turned off.
 *
 * Reported only for constant settings whose effect is certain:
 * - `rejectUnauthorized: false` (Node's `tls`/`https` options, `new https.Agent`,
 *   axios `httpsAgent`, got `https`, `request`, database drivers' `ssl`), and
 *   assignments `x.rejectUnauthorized = false`
 *   (`https.globalAgent.options.rejectUnauthorized = false`). Node disables
 *   verification only for the literal `false` (`rejectUnauthorized !== false`),
 *   so `0`, `null` or a computed value are not reported;
 * - `strictSSL: false` (request, npm-registry clients);
 * - `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (or `0`, bracket access),
 *   and `NODE_TLS_REJECT_UNAUTHORIZED: '0'` in an object literal (a child
 *   process environment, `Object.assign(process.env, …)`);
 * - `checkServerIdentity` set to a function that can never fail (no `throw`,
 *   no `return` of a non-nullish value): `() => undefined`, `() => {}`;
 * - superagent's `.disableTLSCerts()`.
 * `insecure: true` is not reported: no mainstream Node HTTP client reads it,
 * so the key alone says nothing certain.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { memberName, skipOuterExpressions } from '../engine/code/scope.js';

const ENV_VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** `false`, `!1`, `!true`. */
function isConstantFalse(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (value.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = skipOuterExpressions(value.operand);
    return operand.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(operand) && Number(operand.text) !== 0);
  }
  return false;
}

/** `'0'`, `"0"`, `` `0` ``, `0`: the values that make Node skip verification. */
function isZero(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text === '0';
  return ts.isNumericLiteral(value) && value.text === '0';
}

function isNullish(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  return (
    value.kind === ts.SyntaxKind.NullKeyword ||
    ts.isVoidExpression(value) ||
    (ts.isIdentifier(value) && value.text === 'undefined')
  );
}

/** Whether a block can fail: a `throw`, or a `return` of a value that is not nullish (nested functions excluded). */
function canFail(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child) || ts.isClassLike(child)) return;
    if (ts.isThrowStatement(child) || (ts.isReturnStatement(child) && child.expression !== undefined && !isNullish(child.expression))) {
      found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** A function that always returns undefined/null, i.e. accepts every certificate. */
function neverFails(node: ts.Node): boolean {
  const fn = ts.isParenthesizedExpression(node) ? skipOuterExpressions(node) : node;
  if (ts.isArrowFunction(fn)) return ts.isBlock(fn.body) ? !canFail(fn.body) : isNullish(fn.body);
  if (ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) return fn.body !== undefined && !canFail(fn.body);
  return false;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const expression = skipOuterExpressions(name.expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  }
  return undefined;
}

const MESSAGES = {
  rejectUnauthorized: 'TLS certificate verification disabled: rejectUnauthorized is false',
  strictSSL: 'TLS certificate verification disabled: strictSSL is false',
  env: `TLS certificate verification disabled: ${ENV_VARIABLE} is set to '0'`,
  checkServerIdentity: 'TLS server identity check disabled: checkServerIdentity accepts every certificate',
  disableTLSCerts: 'TLS certificate verification disabled: disableTLSCerts() accepts every certificate',
} as const;

/** The message for `key: value` (object literal) or `x.key = value` (assignment), or undefined when safe. */
function messageFor(key: string, value: ts.Expression): string | undefined {
  switch (key) {
    case 'rejectUnauthorized':
      return isConstantFalse(value) ? MESSAGES.rejectUnauthorized : undefined;
    case 'strictSSL':
      return isConstantFalse(value) ? MESSAGES.strictSSL : undefined;
    case ENV_VARIABLE:
      return isZero(value) ? MESSAGES.env : undefined;
    case 'checkServerIdentity':
      return neverFails(value) ? MESSAGES.checkServerIdentity : undefined;
    default:
      return undefined;
  }
}

export const tlsVerificationDisabled = defineRule({
  meta: {
    id: 'EVD-CODE-002',
    slug: 'tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    description:
      'The code turns off verification of TLS certificates (`rejectUnauthorized: false`, `strictSSL: false`, ' +
      "`NODE_TLS_REJECT_UNAUTHORIZED = '0'`, a `checkServerIdentity` that accepts everything, superagent " +
      '`disableTLSCerts()`). The connection is still encrypted, but to whoever answers: a man in the middle can read ' +
      'and change the data in transit.',
    severity: 'high',
    remediation:
      'Remove the override. To trust a private or self-signed certificate authority, pass it with the `ca` option ' +
      '(or NODE_EXTRA_CA_CERTS) instead of disabling verification.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(e)(1)', '164.312(e)(2)(i)'],
      gdpr: ['Art.32(1)(a)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Without certificate verification the peer is not authenticated (164.312(d)) and ePHI in transit can be intercepted or altered undetected (164.312(e)(1), 164.312(e)(2)(i)).',
      gdpr:
        'Encryption to an unauthenticated peer does not protect against interception, so it is neither effective encryption (Art.32(1)(a)) nor ensures ongoing confidentiality and integrity (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/295.html',
      'https://nodejs.org/api/tls.html#tlsconnectoptions-callback',
      'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
    ],
  },
  create(context) {
    return {
      [ts.SyntaxKind.PropertyAssignment](node) {
        const key = propertyKey(node.name);
        const message = key === undefined ? undefined : messageFor(key, node.initializer);
        if (message !== undefined) context.report({ node, message });
      },
      [ts.SyntaxKind.MethodDeclaration](node) {
        if (!ts.isObjectLiteralExpression(node.parent)) return;
        if (propertyKey(node.name) === 'checkServerIdentity' && neverFails(node)) {
          context.report({ node, message: MESSAGES.checkServerIdentity });
        }
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return;
        const key = memberName(target);
        const message = key === undefined ? undefined : messageFor(key, node.right);
        if (message !== undefined) context.report({ node, message });
      },
      [ts.SyntaxKind.CallExpression](node) {
        const callee = skipOuterExpressions(node.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'disableTLSCerts' && node.arguments.length === 0) {
          context.report({ node, message: MESSAGES.disableTLSCerts });
        }
      },
    };
  },
});
