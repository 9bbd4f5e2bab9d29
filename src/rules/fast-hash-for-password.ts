/**
 * EVD-CODE-021: a password hashed with a fast, general-purpose hash.
 *
 * Reported: `createHash(<any>).update(<password>)` (also after other
 * `.update()` calls, on a `const` hash object, and with `createHmac`: a pepper
 * does not slow guessing down), `crypto.hash(<alg>, <password>)`, crypto-js
 * `CryptoJS.SHA256(<password>)` (any of its hashers), and the `md5`, `sha1`,
 * `js-sha256`, `js-sha512` packages called on a password.
 *
 * "A password" is what the shared data classifier labels credentials *and*
 * names a password: password, passwd, pwd, passphrase, PIN
 * (`req.body.password`, `user.newPassword`, `` `${salt}${password}` ``).
 * Tokens and API keys are not passwords: hashing a random, high-entropy token
 * with SHA-256 before storing it is the accepted practice.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule, type RuleContext } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { importResolverFor } from '../engine/code/imports.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, receiverOf } from '../engine/code/values.js';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pin']);
const CRYPTO_JS_HASHERS = new Set(['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3', 'RIPEMD160']);
/** Identifiers one of which a file that hashes passwords quickly contains. */
const HINTS = ['createHash', 'createHmac', 'hash', 'CryptoJS', 'md5', 'sha1', 'sha256', 'sha512', 'js-sha256', 'js-sha512', 'js-sha1', 'blueimp-md5', 'js-md5'];
const HASH_PACKAGES = new Set(['md5', 'blueimp-md5', 'js-md5', 'sha1', 'js-sha1', 'js-sha256', 'js-sha512', 'sha256', 'crypto-js/md5', 'crypto-js/sha1', 'crypto-js/sha256', 'crypto-js/sha512']);

/** The password names in an expression (via the classifier), or an empty list. */
export function passwordTerms(expression: ts.Expression, context: RuleContext): string[] {
  const classification = context.classifyExpression(expression);
  if (!classification.categories.includes('credentials')) return [];
  const terms: string[] = [];
  for (const match of classification.matches) {
    if (match.category !== 'credentials') continue;
    if (tokenizeName(match.term).some((word) => PASSWORD_WORDS.has(word))) terms.push(match.term);
  }
  return terms;
}

/** The `createHash(…)` / `createHmac(…)` call a hash object comes from (a chained `.update()` or a `const`), else undefined. */
function hashFactory(receiver: ts.Expression, depth = 0): ts.CallExpression | undefined {
  const value = skipOuterExpressions(receiver);
  if (depth > 6) return undefined;
  if (ts.isCallExpression(value)) {
    const name = calleeName(value);
    if (name === 'createHash' || name === 'createHmac') return value;
    const inner = receiverOf(value);
    return name === 'update' && inner !== undefined ? hashFactory(inner, depth + 1) : undefined;
  }
  if (ts.isIdentifier(value)) {
    const binding = findLocalBinding(value, { crossFunctions: false });
    if (binding === undefined || binding.source === undefined || binding.path.length > 0) return undefined;
    return hashFactory(binding.source, depth + 1);
  }
  return undefined;
}

/**
 * Whether the hash started by `factory` (a `createHash`/`createHmac` call) is
 * fed a password by `.update()` calls chained on it. Used by EVD-CODE-020 to
 * leave such hashes to this rule.
 */
export function hashesPassword(factory: ts.CallExpression, context: RuleContext): boolean {
  const holder = factory.parent;
  if (holder !== undefined && ts.isVariableDeclaration(holder) && holder.initializer === factory && ts.isIdentifier(holder.name)) {
    return updatesWithPassword(holder.name.text, holder, context);
  }
  let current: ts.Node = factory;
  for (;;) {
    const access = current.parent;
    if (access === undefined || !ts.isPropertyAccessExpression(access)) return false;
    const call = access.parent;
    if (call === undefined || !ts.isCallExpression(call) || call.expression !== access) return false;
    if (access.name.text === 'update') {
      const data = call.arguments[0];
      if (data !== undefined && passwordTerms(data, context).length > 0) return true;
    }
    current = call;
  }
}

/** Whether `<name>.update(<password>)` is called in the block that declares `name`. */
function updatesWithPassword(name: string, declaration: ts.Node, context: RuleContext): boolean {
  let scope: ts.Node | undefined = declaration.parent;
  while (scope !== undefined && !ts.isBlock(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (scope === undefined) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'update') {
      const receiver = skipOuterExpressions(node.expression.expression);
      const data = node.arguments[0];
      if (ts.isIdentifier(receiver) && receiver.text === name && data !== undefined && passwordTerms(data, context).length > 0) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

function algorithmOf(factory: ts.CallExpression): string {
  const argument = factory.arguments[0];
  const algorithm = argument === undefined ? undefined : constantString(argument);
  const name = calleeName(factory) === 'createHmac' ? 'HMAC' : 'hash';
  return algorithm === undefined ? name : `${algorithm} ${name}`;
}

export const fastHashForPassword = defineRule({
  meta: {
    id: 'EVD-CODE-021',
    slug: 'fast-hash-for-password',
    title: 'Password hashed with a fast hash',
    description:
      'A password is hashed with a general-purpose hash (`createHash(\'sha256\').update(password)`, HMAC, crypto-js, ' +
      'the `md5` package). These hashes are built to be fast: a stolen table of them can be guessed at billions of ' +
      'candidates per second on a GPU, salted or not.',
    severity: 'high',
    remediation:
      'Hash passwords with a slow, salted password-hashing function: Argon2id (`argon2.hash`), scrypt ' +
      '(`crypto.scrypt`), bcrypt with cost ≥ 10, or PBKDF2 with ≥ 100,000 iterations (see EVD-CODE-026).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(5)(ii)(D)', '164.312(d)'],
      gdpr: ['Art.32(1)(a)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Password management (164.308(a)(5)(ii)(D)) and person authentication (164.312(d)) fail when stored password hashes can be reversed by brute force after a breach.',
      gdpr:
        'Passwords stored with a fast hash are not effectively protected (Art.32(1)(a)) and expose accounts, and the personal data behind them, after any database leak (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://cwe.mitre.org/data/definitions/759.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const report = (node: ts.CallExpression, terms: readonly string[], algorithm: string): void => {
      context.report({
        node,
        message: `Password (${terms.slice(0, 3).join(', ')}) hashed with a fast ${algorithm}: use Argon2id, scrypt, bcrypt or PBKDF2 with a high work factor`,
        dataCategories: ['credentials'],
      });
    };
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined) return;
        const data = node.arguments[0];
        if (name === 'update') {
          const receiver = receiverOf(node);
          if (data === undefined || receiver === undefined) return;
          const factory = hashFactory(receiver);
          if (factory === undefined) return;
          const terms = passwordTerms(data, context);
          if (terms.length > 0) report(node, terms, algorithmOf(factory));
          return;
        }
        if (name === 'hash') {
          // crypto.hash('sha256', password)
          const receiver = receiverOf(node);
          const value = node.arguments[1];
          if (receiver === undefined || value === undefined || data === undefined) return;
          const inner = skipOuterExpressions(receiver);
          if (!(ts.isIdentifier(inner) && inner.text === 'crypto') && imports.resolve(inner)?.module !== 'crypto') return;
          const terms = passwordTerms(value, context);
          if (terms.length > 0) report(node, terms, `${constantString(data) ?? ''} hash`.trim());
          return;
        }
        if (data === undefined) return;
        if (CRYPTO_JS_HASHERS.has(name)) {
          const receiver = receiverOf(node);
          if (receiver === undefined) return;
          const inner = skipOuterExpressions(receiver);
          if (!(ts.isIdentifier(inner) && inner.text === 'CryptoJS') && imports.resolve(inner)?.module !== 'crypto-js') return;
          const terms = passwordTerms(data, context);
          if (terms.length > 0) report(node, terms, `${name} hash (crypto-js)`);
          return;
        }
        const callee = skipOuterExpressions(node.expression);
        if (!ts.isIdentifier(callee)) return;
        const origin = imports.name(callee.text);
        if (origin === undefined || !HASH_PACKAGES.has(origin.module)) return;
        const terms = passwordTerms(data, context);
        if (terms.length > 0) report(node, terms, `hash (${origin.module} package)`);
      },
    };
  },
});
