/**
 * EVD-CODE-024: a constant IV (or nonce) for encryption.
 *
 * Reported when the IV given to `createCipheriv(alg, key, iv)` or to WebCrypto
 * `crypto.subtle.encrypt({ name, iv }, …)` is fixed by the source:
 * - `Buffer.alloc(n)` / `Buffer.alloc(n, <constant>)`, `new Uint8Array(n)`
 *   (all zeros), `Buffer.from(<constant string>[, enc])`,
 *   `Buffer.from([<numbers>])`, `new Uint8Array([<numbers>])`,
 *   `new TextEncoder().encode(<constant>)`, `CryptoJS.enc.*.parse(<constant>)`;
 * - a string literal or constant string;
 * - a `const` bound to any of these (in any enclosing scope), also as the
 *   `iv` property of crypto-js options (`{ iv: CryptoJS.enc.Hex.parse('00…') }`).
 * Only encryption is reported: a decipher's IV comes from the ciphertext.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantNumber, constantString, constInitializer, hasAnyIdentifier, objectLiteralOf, objectProperty, propertyNameOf, receiverOf } from '../engine/code/values.js';

const MAX_DEPTH = 6;

/** How a constant IV looks (`Buffer.alloc(16)`, `a string literal`), or undefined when the IV is not constant. */
export function constantBytes(node: ts.Expression, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipOuterExpressions(node);
  // An empty IV is no IV (stream ciphers, ECB): not a reused one.
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text === '' ? undefined : 'a string literal';
  if (ts.isIdentifier(value)) {
    const initializer = constInitializer(value);
    if (initializer === undefined) return undefined;
    const inner = constantBytes(initializer, depth + 1);
    if (inner === undefined || filledLater(value.text, initializer)) return undefined;
    return `${value.text} = ${inner}`;
  }
  const constant = constantString(value);
  if (constant !== undefined) return constant === '' ? undefined : 'a constant string';
  if (ts.isNewExpression(value)) {
    const type = skipOuterExpressions(value.expression);
    const argument = value.arguments?.[0];
    if (ts.isIdentifier(type) && /^(?:Uint8Array|Int8Array|Uint16Array|Uint32Array|ArrayBuffer)$/.test(type.text) && argument !== undefined) {
      if (constantNumber(argument) !== undefined) return `new ${type.text}(${constantNumber(argument)}) (all zeros)`;
      if (isConstantArray(argument)) return `new ${type.text}([…]) of constants`;
    }
    return undefined;
  }
  if (!ts.isCallExpression(value)) return undefined;
  const name = calleeName(value);
  const receiver = receiverOf(value);
  const receiverValue = receiver === undefined ? undefined : skipOuterExpressions(receiver);
  const first = value.arguments[0];
  if (first === undefined) return undefined;
  if (receiverValue !== undefined && ts.isIdentifier(receiverValue) && receiverValue.text === 'Buffer') {
    if (name === 'alloc' && (constantNumber(first) ?? 0) > 0) {
      const fill = value.arguments[1];
      if (fill === undefined) return `Buffer.alloc(${constantNumber(first)}) (all zeros)`;
      return constantNumber(fill) !== undefined || constantString(fill) !== undefined ? `Buffer.alloc(${constantNumber(first)}, <constant>)` : undefined;
    }
    if (name === 'from') {
      if (constantString(first) !== undefined) return 'Buffer.from(<constant string>)';
      if (isConstantArray(first)) return 'Buffer.from([…]) of constants';
      const inner = constantBytes(first, depth + 1);
      return inner === undefined ? undefined : `Buffer.from(${inner})`;
    }
    return undefined;
  }
  // new TextEncoder().encode('…'), CryptoJS.enc.Hex.parse('…')
  if ((name === 'encode' || name === 'parse') && constantString(first) !== undefined) {
    if (name === 'encode' && receiverValue !== undefined && ts.isNewExpression(receiverValue)) return 'TextEncoder.encode(<constant>)';
    if (name === 'parse' && receiverValue !== undefined && ts.isPropertyAccessExpression(receiverValue)) {
      const enc = skipOuterExpressions(receiverValue.expression);
      if (ts.isPropertyAccessExpression(enc) && enc.name.text === 'enc') return `CryptoJS.enc.${receiverValue.name.text}.parse(<constant>)`;
    }
  }
  return undefined;
}

/** Methods that write into a buffer or typed array. */
const FILLING_CALLS = /^(?:getRandomValues|randomFillSync|randomFill|set|fill|write|copy|writeU?Int(?:8|16|32)(?:BE|LE)?|writeBigU?Int64(?:BE|LE))$/;

/**
 * Whether a buffer bound to `name` (initialised by `initializer`) is filled
 * after it is created, in the scope that declares it:
 * `const iv = new Uint8Array(12); crypto.getRandomValues(iv);`,
 * `iv.writeUInt32BE(counter, 8)`, `iv[i] = …`.
 */
function filledLater(name: string, initializer: ts.Expression): boolean {
  let scope: ts.Node | undefined = initializer.parent;
  while (scope !== undefined && !ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isModuleBlock(scope)) scope = scope.parent;
  if (scope === undefined) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const callee = skipOuterExpressions(node.expression);
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (method !== undefined && FILLING_CALLS.test(method)) {
        const receiver = ts.isPropertyAccessExpression(callee) ? skipOuterExpressions(callee.expression) : undefined;
        const first = node.arguments[0];
        const target = first === undefined ? undefined : skipOuterExpressions(first);
        if ((receiver !== undefined && ts.isIdentifier(receiver) && receiver.text === name && method !== 'getRandomValues') || (target !== undefined && ts.isIdentifier(target) && target.text === name && /random/i.test(method))) {
          found = true;
          return;
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = skipOuterExpressions(node.left);
      if (ts.isElementAccessExpression(left) && ts.isIdentifier(left.expression) && left.expression.text === name) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

function isConstantArray(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  return ts.isArrayLiteralExpression(value) && value.elements.length > 0 && value.elements.every((e) => constantNumber(e) !== undefined);
}

export const staticInitializationVector = defineRule({
  meta: {
    id: 'EVD-CODE-024',
    slug: 'static-initialization-vector',
    title: 'Constant IV or nonce for encryption',
    description:
      'The initialisation vector (or nonce) passed to a cipher is a constant: `Buffer.alloc(16)` (all zeros), a string ' +
      'literal, `Buffer.from(\'…\')`. With the same key, a repeated IV shows which messages start alike (CBC), and in ' +
      'CTR or GCM it lets an attacker recover plaintext and forge messages.',
    severity: 'high',
    remediation:
      'Generate a fresh random IV for every message (`crypto.randomBytes(12)` for GCM, 16 for CBC; ' +
      '`crypto.getRandomValues(new Uint8Array(12))` in the browser) and store it next to the ciphertext; it need not be secret.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)', 'Art.34(3)(a)'],
    },
    rationale: {
      hipaa:
        'Encryption with a reused IV can be undone without the key, so it does not satisfy the encryption specifications for ePHI (164.312(a)(2)(iv), 164.312(e)(2)(ii)).',
      gdpr:
        'A constant IV defeats the encryption Art.32(1)(a) expects and leaves leaked data intelligible (Art.34(3)(a)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/329.html',
      'https://cwe.mitre.org/data/definitions/1204.html',
      'https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options',
    ],
  },
  create(context) {
    const relevant = hasAnyIdentifier(context.sourceFile, ['createCipheriv', 'subtle', 'CryptoJS']);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === 'createCipheriv') {
          const iv = node.arguments[2];
          if (iv === undefined || iv.kind === ts.SyntaxKind.NullKeyword) return;
          const how = constantBytes(iv);
          if (how !== undefined) context.report({ node, message: `Constant IV passed to createCipheriv(): ${how}; use crypto.randomBytes() for every message` });
          return;
        }
        if (name === 'encrypt') {
          // crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data)
          const receiver = receiverOf(node);
          const inner = receiver === undefined ? undefined : skipOuterExpressions(receiver);
          if (inner === undefined || !ts.isPropertyAccessExpression(inner) || inner.name.text !== 'subtle') return;
          const options = objectLiteralOf(node.arguments[0]);
          const iv = options === undefined ? undefined : objectProperty(options, 'iv');
          const how = iv === undefined ? undefined : constantBytes(iv);
          if (iv !== undefined && how !== undefined) context.report({ node, message: `Constant IV passed to crypto.subtle.encrypt(): ${how}; use crypto.getRandomValues() for every message` });
        }
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        // CryptoJS.AES.encrypt(data, key, { iv: CryptoJS.enc.Hex.parse('000…') })
        if (!relevant || propertyNameOf(node.name) !== 'iv') return;
        const object = node.parent;
        const call = object.parent;
        if (call === undefined || !ts.isCallExpression(call) || calleeName(call) !== 'encrypt' || call.arguments[2] !== object) return;
        const how = constantBytes(node.initializer);
        if (how !== undefined) context.report({ node, message: `Constant IV passed to ${calleeName(call)}(): ${how}; use a random IV for every message` });
      },
    };
  },
});
