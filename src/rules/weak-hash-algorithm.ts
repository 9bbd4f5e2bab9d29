/**
 * EVD-CODE-020: MD5 or SHA-1 used as a hash.
 *
 * Reported: `crypto.createHash('md5' | 'md4' | 'md2' | 'sha1' | 'sha-1')`
 * (any receiver, or `createHash` imported by name; the algorithm a constant
 * or a `const`), Node's one-shot `crypto.hash('sha1', data)`, crypto-js
 * `CryptoJS.MD5(x)` / `CryptoJS.SHA1(x)`, and the `md5`, `blueimp-md5`,
 * `js-md5` and `sha1` packages called by their imported name.
 *
 * Not reported:
 * - HMAC with MD5 or SHA-1 (`createHmac('sha1', key)`): collisions do not
 *   break HMAC, and protocols such as TOTP (RFC 6238) require HMAC-SHA1;
 * - hashes whose value is named for a non-security use: an ETag, a cache
 *   key, a Gravatar/avatar URL, a shard or bucket, a dedupe key, or a field
 *   that a protocol requires to be MD5 (`ContentMD5`, `md5sum`); or computed
 *   in a function or module named for one (`bucketFor`, `etagOf`, `cache.js`,
 *   `gravatar.ts`, `asset-hash/index.js`);
 * - a password hashed with MD5/SHA-1: EVD-CODE-021 reports it (a fast hash
 *   of a password is wrong whatever the algorithm).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, enclosingFunctionName, hasAnyIdentifier, outermostChainCall, receiverOf, receivingName } from '../engine/code/values.js';
import { hashesPassword } from './fast-hash-for-password.js';

const WEAK: ReadonlyMap<string, string> = new Map(Object.entries({ md5: 'MD5', md4: 'MD4', md2: 'MD2', sha1: 'SHA-1', 'sha-1': 'SHA-1', rsa_md5: 'MD5', 'rsa-md5': 'MD5', 'rsa-sha1': 'SHA-1' }));
/** Modules whose default or named export hashes with MD5 / SHA-1. */
const HASH_MODULES: ReadonlyMap<string, string> = new Map(Object.entries({
  md5: 'MD5', 'blueimp-md5': 'MD5', 'js-md5': 'MD5', 'md5-hex': 'MD5', sha1: 'SHA-1', 'crypto-js/md5': 'MD5', 'crypto-js/sha1': 'SHA-1',
}));
/** Identifiers one of which a file that hashes with MD5/SHA-1 contains. */
const HINTS = ['createHash', 'hash', 'MD5', 'SHA1', 'md5', 'sha1', 'blueimp-md5', 'js-md5', 'md5-hex', 'crypto-js/md5', 'crypto-js/sha1'];
const CRYPTO_JS_METHODS: ReadonlyMap<string, string> = new Map(Object.entries({ MD5: 'MD5', SHA1: 'SHA-1' }));
/** Words of a destination name that mean the hash is not used for security. */
const NON_SECURITY_WORDS = new Set(['etag', 'cache', 'gravatar', 'avatar', 'shard', 'bucket', 'partition', 'dedupe', 'dedup', 'md', 'color', 'colour', 'asset']);

/**
 * Whether the module is named for a non-security use: its file name (`cache.js`, `gravatar.ts`) or its folder
 * (`asset-hash/index.js`), so every hash in it serves that use.
 */
function nonSecurityModule(file: string): boolean {
  const segments = file.split('/');
  const name = (segments.pop() ?? '').replace(/\.[^.]*$/, '');
  const folder = segments.pop();
  return isNonSecurityName(name) || (folder !== undefined && isNonSecurityName(folder));
}

/** Whether the value of a hash expression is stored under (or returned by a function with) a non-security name. */
function nonSecurityUse(expression: ts.Expression): boolean {
  // Climb through the string or call the hash is embedded in: `https://gravatar.com/avatar/${md5(email)}`.
  let value: ts.Expression = expression;
  for (let i = 0; i < 6; i++) {
    const parent = value.parent;
    if (parent === undefined) break;
    if (ts.isTemplateSpan(parent)) value = parent.parent;
    else if ((ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) || ts.isParenthesizedExpression(parent)) value = parent;
    else break;
  }
  const destination = receivingName(value)?.name ?? (isReturned(value) ? enclosingFunctionName(value) : undefined);
  if (destination !== undefined && isNonSecurityName(destination)) return true;
  // The function's own name says what all its hashing is for: `bucketFor(flag)`, `cacheKeyOf(request)`, `etag(body)`.
  const owner = enclosingFunctionName(value);
  return owner !== undefined && owner !== destination && isNonSecurityName(owner);
}

/**
 * Whether a name says a non-security use. `md5` tokenizes as md + 5: names such as ContentMD5, md5sum, md5Hash say a
 * protocol wants MD5 itself. Adjacent words are also tried joined: the header's own spelling `ETag` is e + tag.
 */
function isNonSecurityName(name: string): boolean {
  const words = tokenizeName(name);
  return words.some((word, i) => NON_SECURITY_WORDS.has(word) || (i > 0 && NON_SECURITY_WORDS.has(`${words[i - 1]}${word}`)));
}

function isReturned(expression: ts.Expression): boolean {
  const parent = expression.parent;
  return parent !== undefined && (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === expression));
}

export const weakHashAlgorithm = defineRule({
  meta: {
    id: 'EVD-CODE-020',
    slug: 'weak-hash-algorithm',
    title: 'Weak hash algorithm (MD5 or SHA-1)',
    description:
      'A hash is computed with MD5 or SHA-1 (`crypto.createHash(\'md5\')`, `crypto.hash(\'sha1\', …)`, crypto-js `MD5`/`SHA1`, ' +
      'the `md5` package). Collisions are practical for both, so the hash no longer proves that data was not altered, ' +
      'and as a pseudonym it is easy to reverse for guessable inputs.',
    severity: 'medium',
    remediation:
      'Use SHA-256 or stronger (`crypto.createHash(\'sha256\')`); to authenticate data use an HMAC or a signature; ' +
      'for passwords use bcrypt, scrypt or Argon2 (see EVD-CODE-021).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(c)(2)', '164.312(e)(2)(i)'],
      gdpr: ['Art.32(1)(a)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'A collision-prone hash cannot corroborate that ePHI has not been altered or destroyed (164.312(c)(2)) or detect modification in transit (164.312(e)(2)(i)).',
      gdpr:
        'MD5/SHA-1 pseudonyms of guessable personal data are reversible, so they are not effective pseudonymisation (Art.32(1)(a)), and they do not protect integrity (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/328.html',
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://nodejs.org/api/crypto.html#cryptocreatehashalgorithm-options',
      'https://csrc.nist.gov/projects/hash-functions',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);

    const report = (call: ts.CallExpression, algorithm: string, how: string): void => {
      const outer = outermostChainCall(call);
      if (nonSecurityUse(outer) || nonSecurityModule(context.file) || hashesPassword(call, context)) return;
      context.report({
        node: call,
        message: `Weak hash algorithm ${algorithm} (${how}): collisions are practical; use SHA-256 or stronger, or bcrypt/scrypt/Argon2 for passwords`,
      });
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined) return;
        if (name === 'createHash' || name === 'hash') {
          const argument = node.arguments[0];
          if (argument === undefined) return;
          if (name === 'hash') {
            const receiver = receiverOf(node);
            const origin = receiver === undefined ? imports.name('hash') : imports.resolve(receiver);
            const isCrypto = origin?.module === 'crypto' || (receiver !== undefined && ts.isIdentifier(skipOuterExpressions(receiver)) && (skipOuterExpressions(receiver) as ts.Identifier).text === 'crypto');
            if (!isCrypto) return;
          }
          const algorithm = constantString(argument)?.toLowerCase();
          const label = algorithm === undefined ? undefined : WEAK.get(algorithm);
          if (label !== undefined) report(node, label, `${name}('${algorithm}')`);
          return;
        }
        const cryptoJs = CRYPTO_JS_METHODS.get(name);
        if (cryptoJs !== undefined) {
          const receiver = receiverOf(node);
          if (receiver === undefined) return;
          const value = skipOuterExpressions(receiver);
          const origin = imports.resolve(value);
          if ((ts.isIdentifier(value) && value.text === 'CryptoJS') || origin?.module === 'crypto-js') report(node, cryptoJs, `CryptoJS.${name}()`);
          return;
        }
        const callee = skipOuterExpressions(node.expression);
        if (ts.isIdentifier(callee)) {
          const origin = imports.name(callee.text);
          const label = origin === undefined ? undefined : HASH_MODULES.get(origin.module);
          if (label !== undefined && origin?.name === '*') report(node, label, `${origin.module} package`);
        }
      },
    };
  },
});
