/**
 * EVD-CODE-025: `Math.random()` generating a security value.
 *
 * `Math.random()` is reported when its value flows into a name that says it
 * must be unguessable. The value is followed upwards through arithmetic,
 * concatenation, templates, `Math.floor(…)`, `.toString(36)`, `.slice(…)`,
 * element access (`chars[Math.floor(Math.random() * n)]`), array callbacks
 * (`Array.from({ length: 32 }, () => …)`, `.map(…)`), `+=` in loops, and
 * `return` (then the function's name counts) until it is stored:
 * `const resetToken = …`, `{ otp: … }`, `user.sessionId = …`,
 * `function generateApiKey() { return … }`.
 *
 * Security names (words of the name): token, secret, password, passwd, pwd,
 * passphrase, otp, totp, hotp, nonce, salt, iv, csrf, xsrf, uuid, guid, pin,
 * challenge, sid, credential; `key` with api, secret, session, encryption,
 * access, private, signing, auth, master, crypto, hmac; `code` with
 * verification, verify, reset, otp, confirmation, confirm, invite,
 * invitation, recovery, auth, mfa, login, activation; `id` with session,
 * reset, invite, invitation, verification.
 * Not reported: names whose last word is a measure or UI value (`tokenCount`,
 * `passwordStrength`, `retryDelay`, `jitter`), React `key` props, ids for UI
 * or tests (`id`, `key`, `requestId`, `traceId`), and values not stored under
 * a name (passed to a function, compared).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { enclosingFunctionName, hasAnyIdentifier, propertyNameOf, receivingName } from '../engine/code/values.js';

const SECURITY_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'otp', 'totp', 'hotp', 'nonce', 'salt', 'iv', 'csrf',
  'xsrf', 'uuid', 'guid', 'pin', 'challenge', 'sid', 'credential',
]);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'session', 'encryption', 'access', 'private', 'signing', 'auth', 'master', 'crypto', 'hmac']);
const CODE_QUALIFIERS = new Set(['verification', 'verify', 'reset', 'otp', 'confirmation', 'confirm', 'invite', 'invitation', 'recovery', 'auth', 'mfa', 'login', 'activation']);
const ID_QUALIFIERS = new Set(['session', 'reset', 'invite', 'invitation', 'verification']);
/** Last words that make the value a measure or a UI detail, not the secret itself. */
const MEASURE_HEADS = new Set([
  'count', 'length', 'strength', 'score', 'delay', 'timeout', 'interval', 'jitter', 'index', 'idx', 'position', 'color',
  'colour', 'width', 'height', 'size', 'offset', 'retry', 'backoff', 'ttl', 'expiry', 'expire', 'expiration', 'age',
  'probability', 'chance', 'ratio', 'percent', 'weight', 'opacity', 'angle', 'x', 'y', 'z',
]);

/** Whether a name says its value must be unguessable. */
export function isSecurityName(name: string): boolean {
  const words = tokenizeName(name);
  const last = words[words.length - 1];
  if (last === undefined || MEASURE_HEADS.has(last)) return false;
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  if (has(SECURITY_WORDS)) return true;
  if (words.includes('key') && has(KEY_QUALIFIERS)) return true;
  if (words.includes('code') && has(CODE_QUALIFIERS)) return true;
  if (words.includes('id') && has(ID_QUALIFIERS)) return true;
  return /^(?:apikey|sessionid|sessid)$/i.test(name);
}

const MAX_CLIMB = 16;

/**
 * The name a random value ends up stored under, and the node to report:
 * climbs through the expressions that transform it (see the module comment).
 */
function destinationOf(start: ts.Expression): { name: string; holder: ts.Node } | undefined {
  let node: ts.Node = start;
  for (let step = 0; step < MAX_CLIMB; step++) {
    const parent: ts.Node | undefined = node.parent;
    if (parent === undefined) return undefined;
    switch (parent.kind) {
      case ts.SyntaxKind.VariableDeclaration:
      case ts.SyntaxKind.PropertyAssignment:
      case ts.SyntaxKind.PropertyDeclaration:
      case ts.SyntaxKind.Parameter:
        return receivingName(node as ts.Expression);
      case ts.SyntaxKind.BinaryExpression: {
        const binary = parent as ts.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (binary.right === node && (operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken)) {
          const target = skipOuterExpressions(binary.left);
          const name = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : ts.isElementAccessExpression(target) ? undefined : undefined;
          return name === undefined ? undefined : { name, holder: binary };
        }
        if (operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment) return undefined;
        if (operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.LessThanToken || operator === ts.SyntaxKind.GreaterThanToken || operator === ts.SyntaxKind.LessThanEqualsToken || operator === ts.SyntaxKind.GreaterThanEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsEqualsToken) {
          return undefined; // a comparison: the random value is not stored
        }
        break;
      }
      case ts.SyntaxKind.ReturnStatement: {
        const fn = enclosingFunction(parent);
        if (fn === undefined) return undefined;
        const callbackTarget = asCallbackResult(fn);
        if (callbackTarget !== undefined) {
          node = callbackTarget;
          continue;
        }
        const name = enclosingFunctionName(parent);
        return name === undefined ? undefined : { name: `${name}()`, holder: parent };
      }
      case ts.SyntaxKind.ArrowFunction: {
        const fn = parent as ts.ArrowFunction;
        if (fn.body !== node) return undefined;
        const callbackTarget = asCallbackResult(fn);
        if (callbackTarget !== undefined) {
          node = callbackTarget;
          continue;
        }
        const name = enclosingFunctionName(node);
        return name === undefined ? undefined : { name: `${name}()`, holder: node };
      }
      case ts.SyntaxKind.CallExpression: {
        // Math.floor(x), String(x), chars.charAt(x): the result carries x; other functions take it away.
        const call = parent as ts.CallExpression;
        if (call.expression !== node && !isTransform(call)) return undefined;
        break;
      }
      case ts.SyntaxKind.JsxExpression:
      case ts.SyntaxKind.JsxAttribute:
      case ts.SyntaxKind.ExpressionStatement:
      case ts.SyntaxKind.IfStatement:
        return undefined;
      default:
        if (!ts.isExpression(parent) && !ts.isTemplateSpan(parent)) return undefined;
        break;
    }
    node = parent;
  }
  return undefined;
}

const TRANSFORMS = new Set([
  'floor', 'ceil', 'round', 'trunc', 'abs', 'String', 'Number', 'charAt', 'at', 'padStart', 'padEnd', 'fromCharCode',
  'fromCodePoint', 'toString', 'slice', 'substring', 'substr', 'concat', 'join', 'from', 'push',
]);

function isTransform(call: ts.CallExpression): boolean {
  const callee = skipOuterExpressions(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && TRANSFORMS.has(name);
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current !== undefined) {
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current) || ts.isArrowFunction(current) || ts.isMethodDeclaration(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/** When a function is the callback of `Array.from(…, cb)`, `.map(cb)`, `.replace(re, cb)`: the call whose result carries its return value. */
function asCallbackResult(fn: ts.FunctionLikeDeclaration): ts.CallExpression | undefined {
  const call = fn.parent;
  if (call === undefined || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
  const callee = skipOuterExpressions(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name === 'from' || name === 'map' || name === 'flatMap' || name === 'replace' || name === 'replaceAll' ? call : undefined;
}

function isMathRandom(node: ts.CallExpression): boolean {
  if (node.arguments.length !== 0) return false;
  const callee = skipOuterExpressions(node.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'random') return false;
  const receiver = skipOuterExpressions(callee.expression);
  return ts.isIdentifier(receiver) && receiver.text === 'Math';
}

export const insecureRandomness = defineRule({
  meta: {
    id: 'EVD-CODE-025',
    slug: 'insecure-randomness',
    title: 'Math.random() used for a token, secret or password',
    description:
      '`Math.random()` produces a value that ends up in a token, secret, password, one-time code, nonce, salt or ' +
      'session id. Its generator (xorshift128+ in V8) is not cryptographically secure: a few outputs let an attacker ' +
      'predict the next ones and take over password resets or sessions.',
    severity: 'high',
    remediation:
      'Use a cryptographically secure generator: `crypto.randomBytes(32).toString(\'base64url\')`, `crypto.randomUUID()`, ' +
      '`crypto.randomInt(0, 1_000_000)` for numeric codes, or `crypto.getRandomValues()` in the browser.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(d)'],
      gdpr: ['Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Predictable tokens, one-time codes and session ids let someone other than the person authenticate (164.312(d)) and reach ePHI without authorisation (164.312(a)(1)).',
      gdpr:
        'Guessable security tokens undermine the ongoing confidentiality of processing systems and services (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/338.html',
      'https://cwe.mitre.org/data/definitions/330.html',
      'https://nodejs.org/api/crypto.html#cryptorandombytessize-callback',
    ],
  },
  create(context) {
    const relevant = hasAnyIdentifier(context.sourceFile, ['random']);
    const reported = new Set<ts.Node>();
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant || !isMathRandom(node)) return;
        const destination = destinationOf(node);
        if (destination === undefined || !isSecurityName(destination.name) || reported.has(destination.holder)) return;
        if (ts.isPropertyAssignment(destination.holder) && propertyNameOf(destination.holder.name) === 'key' && ts.isJsxExpression(destination.holder.parent)) return;
        reported.add(destination.holder);
        context.report({
          node: destination.holder,
          // No "name: value" shape in the message: redaction would read it as a secret assignment.
          message: `Math.random() generates ${destination.name}, but its output is predictable; use crypto.randomBytes(), crypto.randomUUID() or crypto.getRandomValues()`,
        });
      },
    };
  },
});
