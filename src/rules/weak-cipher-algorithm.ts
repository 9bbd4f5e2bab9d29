/**
 * EVD-CODE-022: a broken cipher or the ECB mode.
 *
 * Reported when the algorithm is a constant (or a `const`):
 * - Node `crypto.createCipheriv(alg, …)` / `createDecipheriv(alg, …)` with
 *   DES, 3DES (`des-ede3-cbc`, `des3`), DESX, RC2, RC4, RC5, Blowfish (`bf-*`),
 *   CAST5, IDEA, or any `*-ecb` mode (`aes-256-ecb`);
 * - node-forge `forge.cipher.createCipher('DES-CBC' | '3DES-CBC' | 'AES-ECB' | 'RC2', …)`;
 * - crypto-js `CryptoJS.DES`, `CryptoJS.TripleDES`, `CryptoJS.RC4`,
 *   `CryptoJS.RC4Drop` (`.encrypt`/`.decrypt`), and `mode: CryptoJS.mode.ECB`.
 * Node's `createCipher`/`createDecipher` (no IV) are EVD-CODE-023, which
 * also names a weak algorithm passed to them.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, propertyNameOf, receiverOf } from '../engine/code/values.js';

const WEAK_FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:des-ede3|des-ede|des3|3des|tripledes|des-ede3-cbc)(?:$|-)/, '3DES'],
  [/^desx(?:$|-)/, 'DESX'],
  [/^des(?:$|-)/, 'DES'],
  [/^rc2(?:$|-)/, 'RC2'],
  [/^rc4(?:$|-)/, 'RC4'],
  [/^rc5(?:$|-)/, 'RC5'],
  [/^(?:bf|blowfish)(?:$|-)/, 'Blowfish'],
  [/^(?:cast|cast5)(?:$|-)/, 'CAST5'],
  [/^idea(?:$|-)/, 'IDEA'],
];

/** Why an algorithm name is weak (`DES`, `ECB mode`), or undefined. */
export function weakCipherReason(algorithm: string): string | undefined {
  const name = algorithm.toLowerCase();
  for (const [pattern, label] of WEAK_FAMILIES) if (pattern.test(name)) return `${label} is a broken cipher`;
  if (/(?:^|-)ecb$/.test(name)) return 'ECB mode encrypts equal blocks to equal ciphertext';
  return undefined;
}

const NODE_FACTORIES = new Set(['createCipheriv', 'createDecipheriv']);
const CRYPTO_JS_WEAK: ReadonlyMap<string, string> = new Map(Object.entries({ DES: 'DES', TripleDES: '3DES', RC4: 'RC4', RC4Drop: 'RC4' }));

export const weakCipherAlgorithm = defineRule({
  meta: {
    id: 'EVD-CODE-022',
    slug: 'weak-cipher-algorithm',
    title: 'Broken cipher or ECB mode',
    description:
      'Data is encrypted with a cipher that is broken or too weak today (DES, 3DES, RC2, RC4, Blowfish, CAST5, IDEA) ' +
      'or in ECB mode, which encrypts equal blocks of plaintext to equal blocks of ciphertext and so shows the ' +
      "structure of the data (`crypto.createCipheriv('aes-256-ecb', …)`, `CryptoJS.DES.encrypt`, `mode: CryptoJS.mode.ECB`).",
    severity: 'high',
    remediation:
      "Use an authenticated mode of AES: `crypto.createCipheriv('aes-256-gcm', key, randomIv)` (store the IV and the " +
      'auth tag with the ciphertext), or ChaCha20-Poly1305. Re-encrypt data written with the old cipher.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)', 'Art.34(3)(a)'],
    },
    rationale: {
      hipaa:
        'Encryption of ePHI (164.312(a)(2)(iv), 164.312(e)(2)(ii)) with a broken cipher or ECB is not encryption consistent with NIST guidance, so it offers neither protection nor the breach safe harbor.',
      gdpr:
        'Weak encryption is not an appropriate measure (Art.32(1)(a)) and does not make leaked data unintelligible, so the Art.34(3)(a) exemption from notifying data subjects does not apply.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options',
      'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, ['createCipheriv', 'createDecipheriv', 'createCipher', 'createDecipher', 'CryptoJS', 'ECB']);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined) return;
        if (NODE_FACTORIES.has(name) || (name === 'createCipher' || name === 'createDecipher')) {
          const receiver = receiverOf(node);
          // node-forge: forge.cipher.createCipher('DES-CBC', key); Node's own createCipher is EVD-CODE-023.
          const isForge = receiver !== undefined && ts.isPropertyAccessExpression(skipOuterExpressions(receiver)) && (skipOuterExpressions(receiver) as ts.PropertyAccessExpression).name.text === 'cipher';
          if (!NODE_FACTORIES.has(name) && !isForge) return;
          const argument = node.arguments[0];
          const algorithm = argument === undefined ? undefined : constantString(argument);
          const reason = algorithm === undefined ? undefined : weakCipherReason(algorithm);
          if (algorithm !== undefined && reason !== undefined) {
            context.report({ node, message: `Weak cipher '${algorithm}' in ${name}(): ${reason}; use AES-GCM or ChaCha20-Poly1305` });
          }
          return;
        }
        if (name === 'encrypt' || name === 'decrypt') {
          // CryptoJS.DES.encrypt(…)
          const receiver = receiverOf(node);
          const inner = receiver === undefined ? undefined : skipOuterExpressions(receiver);
          if (inner === undefined || !ts.isPropertyAccessExpression(inner)) return;
          const label = CRYPTO_JS_WEAK.get(inner.name.text);
          if (label === undefined) return;
          const base = skipOuterExpressions(inner.expression);
          if ((ts.isIdentifier(base) && base.text === 'CryptoJS') || imports.resolve(base)?.module === 'crypto-js') {
            context.report({ node, message: `Weak cipher ${label} (CryptoJS.${inner.name.text}.${name}): ${label} is a broken cipher; use AES-GCM` });
          }
        }
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!relevant || propertyNameOf(node.name) !== 'mode') return;
        // { mode: CryptoJS.mode.ECB }
        const value = skipOuterExpressions(node.initializer);
        if (!ts.isPropertyAccessExpression(value) || value.name.text !== 'ECB') return;
        const mode = skipOuterExpressions(value.expression);
        if (ts.isPropertyAccessExpression(mode) && mode.name.text === 'mode') {
          context.report({ node, message: 'ECB mode (CryptoJS.mode.ECB): equal blocks encrypt to equal ciphertext; use AES-GCM or CBC with a random IV and a MAC' });
        }
      },
    };
  },
});
