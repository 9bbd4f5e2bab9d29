/**
 * EVD-CODE-023: Node's `crypto.createCipher()` / `createDecipher()`.
 *
 * Both derive the key and the IV from a password with one round of MD5 and
 * no salt (OpenSSL `EVP_BytesToKey`): the same password gives the same IV for
 * every message, which leaks repeated plaintext in CBC and destroys
 * confidentiality and authenticity in CTR and GCM. Deprecated since Node 10
 * (DEP0106) and removed in Node 22.
 *
 * Reported when the callee is Node's: `crypto.createCipher` (a receiver named
 * `crypto` or bound to the `crypto` module), `require('crypto').createCipher`,
 * or `createCipher` imported from `crypto`. node-forge's `forge.cipher.createCipher`
 * takes an IV and is not reported here (its algorithm is checked by EVD-CODE-022).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, receiverOf } from '../engine/code/values.js';
import { weakCipherReason } from './weak-cipher-algorithm.js';

const NAMES = new Set(['createCipher', 'createDecipher']);

export const deprecatedCreateCipher = defineRule({
  meta: {
    id: 'EVD-CODE-023',
    slug: 'deprecated-create-cipher',
    title: 'Encryption without an IV (crypto.createCipher)',
    description:
      '`crypto.createCipher()` and `crypto.createDecipher()` derive the key and IV from a password with a single ' +
      'unsalted MD5 round, so every message encrypted with the same password uses the same IV. They are deprecated ' +
      '(DEP0106) and were removed in Node 22.',
    severity: 'high',
    remediation:
      'Derive a key once with scrypt (`crypto.scryptSync(password, salt, 32)`) or use a random key from a key ' +
      "manager, and call `crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))` with a fresh IV per message.",
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)', 'Art.34(3)(a)'],
    },
    rationale: {
      hipaa:
        'A fixed IV and an MD5-derived key do not meet the encryption specifications for ePHI at rest or in transit (164.312(a)(2)(iv), 164.312(e)(2)(ii)).',
      gdpr:
        'Encryption whose IV never changes is not state of the art (Art.32(1)(a)) and may not render data unintelligible after a breach (Art.34(3)(a)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/329.html',
      'https://nodejs.org/api/deprecations.html#DEP0106',
      'https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, ['createCipher', 'createDecipher']);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined || !NAMES.has(name)) return;
        const receiver = receiverOf(node);
        if (receiver === undefined) {
          if (imports.name(name)?.module !== 'crypto') return;
        } else {
          const inner = skipOuterExpressions(receiver);
          if (!(ts.isIdentifier(inner) && inner.text === 'crypto') && imports.resolve(inner)?.module !== 'crypto') return;
        }
        const argument = node.arguments[0];
        const algorithm = argument === undefined ? undefined : constantString(argument);
        const weak = algorithm === undefined ? undefined : weakCipherReason(algorithm);
        const suffix = weak === undefined ? '' : ` (and '${algorithm}': ${weak})`;
        context.report({
          node,
          message: `${name}() derives the key and IV from a password with MD5 and reuses the IV for every message${suffix}; use createCipheriv with a random IV`,
        });
      },
    };
  },
});
