/**
 * EVD-CODE-026: a password hash or key derivation with too little work.
 *
 * Reported when the work factor is a constant (or a `const`) below:
 * - bcrypt (`bcrypt`, `bcryptjs`, `@node-rs/bcrypt`): cost 10 in
 *   `hash(pw, cost)`, `hashSync(pw, cost)`, `genSalt(cost)`, `genSaltSync(cost)`;
 * - PBKDF2 (`crypto.pbkdf2`/`pbkdf2Sync(pw, salt, iterations, …)`, WebCrypto
 *   `deriveBits`/`deriveKey({ name: 'PBKDF2', iterations })`): 100,000 iterations;
 * - scrypt (`crypto.scrypt`/`scryptSync(pw, salt, len, { N | cost })`): N = 16,384 (2^14);
 * - Argon2 (`argon2.hash(pw, { timeCost, memoryCost })`): OWASP's minimum
 *   memory for the time cost (t=1: 47,104 KiB, t=2: 19,456, t=3: 12,288,
 *   t=4: 9,216, t≥5: 7,168), with node-argon2's defaults (t=3, m=65,536) for
 *   an option that is not given.
 * These are floors chosen for few false alarms; OWASP's current
 * recommendations are higher (PBKDF2-SHA256: 600,000 iterations).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantNumber, constantString, hasAnyIdentifier, objectLiteralOf, objectProperty, receiverOf } from '../engine/code/values.js';

/** Minimum bcrypt cost (log2 rounds). */
export const MIN_BCRYPT_COST = 10;
/** Minimum PBKDF2 iterations. */
export const MIN_PBKDF2_ITERATIONS = 100_000;
/** Minimum scrypt N. */
export const MIN_SCRYPT_N = 16_384;
const ARGON2_MIN_MEMORY: readonly number[] = [47_104, 47_104, 19_456, 12_288, 9_216, 7_168];

const BCRYPT_MODULES = new Set(['bcrypt', 'bcryptjs', '@node-rs/bcrypt', 'bcrypt-nodejs']);
const BCRYPT_ROUNDS: ReadonlyMap<string, number> = new Map(Object.entries({ hash: 1, hashSync: 1, genSalt: 0, genSaltSync: 0 }));

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export const weakKeyDerivation = defineRule({
  meta: {
    id: 'EVD-CODE-026',
    slug: 'weak-key-derivation',
    title: 'Password hashing or key derivation with too low a work factor',
    description:
      'A password hash or key derivation uses a work factor below current guidance: bcrypt cost < 10, PBKDF2 < 100,000 ' +
      'iterations, scrypt N < 16,384, Argon2 with less memory than OWASP\'s minimum for its time cost. The lower the ' +
      'work factor, the faster leaked hashes can be guessed.',
    severity: 'medium',
    remediation:
      'Raise the work factor: bcrypt cost 12, PBKDF2-HMAC-SHA256 with 600,000 iterations, scrypt N=2^17 (r=8, p=1), ' +
      'Argon2id with m=19 MiB and t=2 or more; re-hash each password at its next login.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(5)(ii)(D)', '164.312(d)'],
      gdpr: ['Art.32(1)(a)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'Procedures for safeguarding passwords (164.308(a)(5)(ii)(D)) and person authentication (164.312(d)) are weakened when stored hashes can be guessed quickly.',
      gdpr:
        'A low work factor does not protect stored credentials to the state of the art (Art.32(1)(a)) and endangers the confidentiality of accounts (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
      'https://nodejs.org/api/crypto.html#cryptopbkdf2password-salt-iterations-keylen-digest-callback',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const relevant = hasAnyIdentifier(context.sourceFile, ['bcrypt', 'bcryptjs', '@node-rs/bcrypt', 'bcrypt-nodejs', 'genSalt', 'genSaltSync', 'hashSync', 'pbkdf2', 'pbkdf2Sync', 'deriveBits', 'deriveKey', 'scrypt', 'scryptSync', 'argon2']);

    const moduleOfReceiver = (call: ts.CallExpression): string | undefined => {
      const receiver = receiverOf(call);
      if (receiver === undefined) {
        const name = calleeName(call);
        return name === undefined ? undefined : imports.name(name)?.module;
      }
      const inner = skipOuterExpressions(receiver);
      const origin = imports.resolve(inner);
      if (origin !== undefined) return origin.module;
      return ts.isIdentifier(inner) ? inner.text : undefined;
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined) return;
        const roundsIndex = BCRYPT_ROUNDS.get(name);
        const module = roundsIndex === undefined ? undefined : moduleOfReceiver(node);
        if (roundsIndex !== undefined && module !== undefined && BCRYPT_MODULES.has(module)) {
          const argument = node.arguments[roundsIndex];
          const cost = argument === undefined ? undefined : constantNumber(argument);
          if (argument !== undefined && cost !== undefined && cost < MIN_BCRYPT_COST) {
            context.report({ node, message: `bcrypt cost ${cost} in ${name}() is below ${MIN_BCRYPT_COST}: each extra point doubles the guessing work; use 12` });
          }
          return;
        }
        if (name === 'pbkdf2' || name === 'pbkdf2Sync') {
          const argument = node.arguments[2];
          const iterations = argument === undefined ? undefined : constantNumber(argument);
          if (argument === undefined || iterations === undefined || iterations >= MIN_PBKDF2_ITERATIONS) return;
          const digestArgument = node.arguments[4];
          const digest = digestArgument === undefined ? undefined : constantString(digestArgument);
          context.report({
            node,
            message: `PBKDF2 with ${formatNumber(iterations)} iterations${digest === undefined ? '' : ` (${digest})`} in ${name}() is below ${formatNumber(MIN_PBKDF2_ITERATIONS)}; OWASP recommends 600,000 for SHA-256`,
          });
          return;
        }
        if (name === 'deriveBits' || name === 'deriveKey') {
          const options = objectLiteralOf(node.arguments[0]);
          if (options === undefined) return;
          const algorithm = objectProperty(options, 'name');
          if (algorithm === undefined || constantString(algorithm)?.toUpperCase() !== 'PBKDF2') return;
          const value = objectProperty(options, 'iterations');
          const iterations = value === undefined ? undefined : constantNumber(value);
          if (value !== undefined && iterations !== undefined && iterations < MIN_PBKDF2_ITERATIONS) {
            context.report({ node: options, message: `PBKDF2 with ${formatNumber(iterations)} iterations in ${name}() is below ${formatNumber(MIN_PBKDF2_ITERATIONS)}; OWASP recommends 600,000 for SHA-256` });
          }
          return;
        }
        if (name === 'scrypt' || name === 'scryptSync') {
          const options = objectLiteralOf(node.arguments[3]);
          if (options === undefined) return;
          const value = objectProperty(options, 'N') ?? objectProperty(options, 'cost');
          const n = value === undefined ? undefined : constantNumber(value);
          if (value !== undefined && n !== undefined && n < MIN_SCRYPT_N) {
            context.report({ node, message: `scrypt cost N=${formatNumber(n)} in ${name}() is below ${formatNumber(MIN_SCRYPT_N)} (2^14); use 2^17` });
          }
          return;
        }
        if (name === 'hash' && module === 'argon2') {
          const options = objectLiteralOf(node.arguments[1]);
          if (options === undefined) return;
          const timeValue = objectProperty(options, 'timeCost');
          const memoryValue = objectProperty(options, 'memoryCost');
          const time = timeValue === undefined ? 3 : constantNumber(timeValue);
          const memory = memoryValue === undefined ? 65_536 : constantNumber(memoryValue);
          if (time === undefined || memory === undefined || (timeValue === undefined && memoryValue === undefined)) return;
          const minimum = ARGON2_MIN_MEMORY[Math.min(Math.max(time, 0), ARGON2_MIN_MEMORY.length - 1)] ?? 7_168;
          if (memory < minimum) {
            context.report({
              node,
              message: `Argon2 with memoryCost ${formatNumber(memory)} KiB and timeCost ${time} is below OWASP's minimum (${formatNumber(minimum)} KiB for t=${time}); use m=19,456 KiB with t=2 or more`,
            });
          }
        }
      },
    };
  },
});
