/**
 * EVD-CODE-054: JSON Web Tokens accepted or issued unsigned (`alg: none`).
 *
 * Reported:
 * - an `algorithms` allow-list containing `'none'` (any case) in JWT
 *   verification options (jsonwebtoken, express-jwt, passport-jwt,
 *   `@fastify/jwt`, NestJS `verifyOptions`): a list whose other entries are
 *   JWS algorithms, an object with JWT options (`secret`, `secretOrKey`,
 *   `issuer`, `audience`, …), or the options of `jwt.verify`;
 * - jsonwebtoken `jwt.sign(payload, key, { algorithm: 'none' })`, and jose
 *   `setProtectedHeader({ alg: 'none' })`;
 * - jose `new UnsecuredJWT(…)` and `UnsecuredJWT.decode(…)`: unsecured
 *   tokens by design;
 * - jsonwebtoken `jwt.verify(token)` / `jwt.verify(token, null | undefined | '')`:
 *   jsonwebtoken before v9 accepts an unsigned token when no secret is given
 *   (its `none` path), and v9 then throws on every signed token, so the call
 *   verifies nothing either way.
 * A computed secret (`jwt.verify(token, getKey())`) is not judged.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor, type ImportResolver } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, hasAnyIdentifier, lastName, propertyNameOf } from '../engine/code/values.js';
import { constantStrings, hasKey, isMissingKey, isNewOf, jsonwebtokenCall, maskedReporter } from '../engine/code/web-auth.js';

const HINTS = ['algorithms', 'algorithm', 'alg', 'UnsecuredJWT', 'verify'];

function isNone(text: string | undefined): boolean {
  return text !== undefined && text.trim().toLowerCase() === 'none';
}

/** JWS algorithm names (RFC 7518), `none` aside. */
const JWS_ALGORITHM = /^(?:HS|RS|PS|ES)(?:256|384|512)K?$|^EdDSA$/i;
/** Option names that only JWT verification options have. */
const JWT_OPTION_KEYS = ['secret', 'secretOrKey', 'secretOrKeyProvider', 'jwtFromRequest', 'issuer', 'audience', 'ignoreExpiration', 'credentialsRequired', 'complete', 'maxAge', 'clockTolerance'];

/**
 * Whether an `algorithms` list holding `'none'` is about JWTs (other lists,
 * compression or cipher settings, use the same words): its other entries are
 * JWS algorithms, its object has JWT verification options, or it is passed
 * to jsonwebtoken's `verify`.
 */
function isJwtContext(property: ts.PropertyAssignment, list: readonly string[], imports: ImportResolver): boolean {
  const others = list.filter((name) => !isNone(name));
  if (others.length > 0 && others.every((name) => JWS_ALGORITHM.test(name))) return true;
  const object = property.parent;
  if (JWT_OPTION_KEYS.some((name) => hasKey(object, name))) return true;
  const call = object.parent;
  return call !== undefined && ts.isCallExpression(call) && jsonwebtokenCall(call, imports) === 'verify';
}

export const jwtNoneAlgorithm = defineRule({
  meta: {
    id: 'EVD-CODE-054',
    slug: 'jwt-none-algorithm',
    title: "JWT accepted or issued with the 'none' algorithm",
    description:
      "The code accepts or issues JSON Web Tokens without a signature: an `algorithms` list containing `'none'`, " +
      "`jwt.sign(payload, key, { algorithm: 'none' })`, jose `UnsecuredJWT`, or `jwt.verify(token)` with no key " +
      '(null, undefined or an empty string). Anyone can then write a token with any user id or role and the server ' +
      'believes it. A key computed at run time is not judged.',
    severity: 'critical',
    remediation:
      "Remove 'none': sign with a real algorithm (`HS256` with a secret of at least 256 bits, or `RS256`/`ES256`/`EdDSA` " +
      "with a private key), and verify with the key and an explicit allow-list (`{ algorithms: ['RS256'] }`).",
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'An unsigned token proves nothing about who sent it (164.312(d)), so access to ePHI is granted to anyone who writes one (164.312(a)(1)), and its claims can be altered undetected (164.312(c)(1)).',
      gdpr:
        'Forgeable identity tokens break the confidentiality and integrity of the processing systems (Art.32(1)(b)) and are the opposite of security by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://datatracker.ietf.org/doc/html/rfc8725#section-3.1',
      'https://github.com/auth0/node-jsonwebtoken#algorithms-supported',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const imports = importResolverFor(context.sourceFile);
    return {
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!relevant) return;
        const key = propertyNameOf(node.name);
        if (key === 'algorithms') {
          const list = constantStrings(node.initializer);
          if (list?.some(isNone) === true && isJwtContext(node, list, imports)) {
            reportMasked({ node, message: "JWT verification accepts the 'none' algorithm: unsigned tokens pass as valid; remove 'none' from algorithms" });
          }
          return;
        }
        if (key !== 'algorithm' && key !== 'alg') return;
        if (!isNone(constantString(node.initializer))) return;
        // jwt.sign(p, k, { algorithm: 'none' }) or jose setProtectedHeader({ alg: 'none' })
        const call = node.parent.parent;
        if (call === undefined || !ts.isCallExpression(call)) return;
        const isJsonwebtokenSign = key === 'algorithm' && jsonwebtokenCall(call, imports) === 'sign';
        const isJoseHeader = key === 'alg' && calleeName(call) === 'setProtectedHeader';
        if (isJsonwebtokenSign || isJoseHeader) {
          reportMasked({ node, message: "JWT issued with the 'none' algorithm: the token carries no signature and anyone can forge it" });
        }
      },
      [ts.SyntaxKind.NewExpression](node) {
        if (relevant && isNewOf(node, ['UnsecuredJWT'])) {
          reportMasked({ node, message: 'jose UnsecuredJWT issues a token without a signature: anyone can forge it; use SignJWT' });
        }
      },
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const callee = skipOuterExpressions(node.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'decode' && lastName(callee.expression) === 'UnsecuredJWT') {
          reportMasked({ node, message: 'jose UnsecuredJWT.decode() accepts a token without a signature: use jwtVerify with a key' });
          return;
        }
        if (jsonwebtokenCall(node, imports) !== 'verify') return;
        const key = node.arguments[1];
        if (isMissingKey(key)) {
          reportMasked({ node, message: 'jwt.verify() is called without a key: jsonwebtoken then accepts unsigned (alg none) tokens or rejects every signed one; pass the secret or public key' });
        }
      },
    };
  },
});
