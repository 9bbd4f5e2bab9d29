/**
 * EVD-CODE-027: a cryptographic key or signing secret written in the source.
 *
 * Key positions:
 * - `crypto.createCipheriv(alg, KEY, iv)`, `createDecipheriv(alg, KEY, iv)`,
 *   `createCipher(alg, PASSWORD)`, `createHmac(alg, KEY)`;
 * - `jwt.sign(payload, SECRET)`, `jwt.verify(token, SECRET)` (jsonwebtoken,
 *   a receiver named `jwt`/`jsonwebtoken` or bound to the module, or
 *   `sign`/`verify` imported from it); jose `new SignJWT(…).sign(KEY)`,
 *   `jwtVerify(token, KEY)`;
 * - options: `secretOrKey` (passport-jwt), and `secret` / `secrets` / `keys` /
 *   `password` in the options of express-session (`session`), cookie-session,
 *   express-jwt (`expressjwt`), `cookieParser(SECRET)`, `JwtModule.register`,
 *   `@fastify/jwt`, `@fastify/cookie`, `@fastify/session`, iron-session and next-auth.
 * A key is hard-coded when it is a string literal, a constant string,
 * `Buffer.from(<constant>)`, `new TextEncoder().encode(<constant>)`, an array
 * of such, a `const` bound to one (in any scope), or the fallback of an
 * environment variable (`process.env.JWT_SECRET || 'dev-secret'`). An empty
 * string is not reported (no key material to protect).
 * The literal is masked in the snippet; the message names the constant, never its value.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule, type SecretSpan } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, hasAnyIdentifier, propertyNameOf, receiverOf } from '../engine/code/values.js';
import { hardcodedSecret, type HardcodedSecret } from '../engine/code/web-auth.js';

/** Node crypto factories and the index of their key argument. */
const CRYPTO_KEY_ARGUMENT: ReadonlyMap<string, number> = new Map(Object.entries({
  createCipheriv: 1,
  createDecipheriv: 1,
  createCipher: 1,
  createDecipher: 1,
  createHmac: 1,
}));
const JWT_MODULES = new Set(['jsonwebtoken', 'jwt']);
const JWT_OPTIONS = new Set(['secret', 'secretOrKey', 'secretOrPrivateKey', 'privateKey']);
const SESSION_OPTIONS = new Set(['secret', 'secrets', 'keys']);
const IRON_OPTIONS = new Set(['password']);
/** Calls whose options object carries a signing/session secret, and which option names hold it. */
const SECRET_OPTION_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['session', SESSION_OPTIONS], ['expressSession', SESSION_OPTIONS], ['cookieSession', SESSION_OPTIONS],
  ['fastifySession', SESSION_OPTIONS], ['fastifyCookie', SESSION_OPTIONS], ['NextAuth', SESSION_OPTIONS],
  ['expressjwt', JWT_OPTIONS], ['expressJwt', JWT_OPTIONS], ['jwt', JWT_OPTIONS], ['fastifyJwt', JWT_OPTIONS],
  ['register', JWT_OPTIONS], ['JwtStrategy', JWT_OPTIONS], ['Strategy', JWT_OPTIONS],
  ['getIronSession', IRON_OPTIONS], ['withIronSessionApiRoute', IRON_OPTIONS], ['ironSession', IRON_OPTIONS], ['sealData', IRON_OPTIONS],
]);
const EMPTY: readonly ts.Expression[] = [];
/** Identifiers one of which a file that passes keys to these APIs contains. */
const HINTS = [...CRYPTO_KEY_ARGUMENT.keys(), ...SECRET_OPTION_CALLS.keys(), 'sign', 'verify', 'jwtVerify', 'cookieParser', 'secretOrKey'];

export const hardcodedCryptographicKey = defineRule({
  meta: {
    id: 'EVD-CODE-027',
    slug: 'hardcoded-cryptographic-key',
    title: 'Hard-coded cryptographic key or signing secret',
    description:
      'An encryption key, HMAC key, JWT signing secret or session secret is written in the source ' +
      "(`createCipheriv('aes-256-gcm', Buffer.from('…'), iv)`, `jwt.sign(payload, 'secret')`, " +
      "`session({ secret: 'keyboard cat' })`). Everyone with the code can decrypt the data, forge tokens and " +
      'sessions, and the key cannot be rotated without a release.',
    severity: 'high',
    remediation:
      'Load keys at run time from a key management service or secret store (AWS KMS/Secrets Manager, Vault, an ' +
      'environment variable set by the platform); fail at start-up when the key is missing instead of falling back ' +
      'to a literal. Rotate any key that was committed.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.312(d)', '164.312(a)(1)'],
      gdpr: ['Art.32(1)(a)', 'Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'A key in the source is known to everyone with the code, so ePHI encrypted with it is not protected (164.312(a)(2)(iv)), and tokens signed with it authenticate no one (164.312(d), 164.312(a)(1)).',
      gdpr:
        'Encryption whose key is public is not an appropriate measure (Art.32(1)(a)), and forgeable sessions undermine the confidentiality of processing systems (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-management',
    ],
  },
  create(context) {
    const imports = importResolverFor(context.sourceFile);
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS);

    const report = (node: ts.Node, key: HardcodedSecret, where: string): void => {
      const secrets: SecretSpan[] = key.literals.map((literal) => ({ node: literal }));
      context.report({
        node,
        message: `Hard-coded key passed to ${where} (${key.how}): load it from a key manager or secret store`,
        secrets,
      });
    };

    const isJwtCall = (call: ts.CallExpression, name: string): boolean => {
      const receiver = receiverOf(call);
      if (receiver === undefined) {
        const origin = imports.name(name);
        return origin !== undefined && JWT_MODULES.has(origin.module);
      }
      const inner = skipOuterExpressions(receiver);
      const origin = imports.resolve(inner);
      if (origin !== undefined) return JWT_MODULES.has(origin.module) && origin.name === '*';
      return ts.isIdentifier(inner) && (inner.text === 'jwt' || inner.text === 'jsonwebtoken');
    };

    /** `new SignJWT(…)….sign(key)`: a sign call at the end of a chain that starts with `new SignJWT`. */
    const isJoseSign = (call: ts.CallExpression): boolean => {
      let current = receiverOf(call);
      for (let i = 0; current !== undefined && i < 12; i++) {
        const value = skipOuterExpressions(current);
        if (ts.isNewExpression(value)) return ts.isIdentifier(value.expression) && value.expression.text === 'SignJWT';
        if (!ts.isCallExpression(value)) return false;
        current = receiverOf(value);
      }
      return false;
    };

    const checkOptions = (call: ts.CallExpression | ts.NewExpression, name: string, options: ReadonlySet<string>): void => {
      for (const argument of call.arguments ?? EMPTY) {
        const object = skipOuterExpressions(argument);
        if (!ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const key = propertyNameOf(property.name);
          if (key === undefined || !options.has(key)) continue;
          const found = hardcodedSecret(property.initializer, sourceFile, 0);
          if (found !== undefined) report(property, found, `${name}({ ${key} })`);
        }
      }
    };

    const visitCall = (node: ts.CallExpression | ts.NewExpression): void => {
      if (!relevant) return;
      const name = calleeName(node);
      if (name === undefined) return;
      const args = node.arguments ?? EMPTY;
      if (ts.isCallExpression(node)) {
        const index = CRYPTO_KEY_ARGUMENT.get(name);
        if (index !== undefined) {
          const argument = args[index];
          const found = argument === undefined ? undefined : hardcodedSecret(argument, sourceFile, 0);
          if (argument !== undefined && found !== undefined) report(node, found, `${name}()`);
          return;
        }
        if ((name === 'sign' || name === 'verify') && isJwtCall(node, name)) {
          const argument = args[1];
          const found = argument === undefined ? undefined : hardcodedSecret(argument, sourceFile, 0);
          if (argument !== undefined && found !== undefined) report(node, found, `jwt.${name}()`);
          return;
        }
        if ((name === 'sign' && isJoseSign(node)) || name === 'jwtVerify') {
          const argument = args[name === 'sign' ? 0 : 1];
          const found = argument === undefined ? undefined : hardcodedSecret(argument, sourceFile, 0);
          if (argument !== undefined && found !== undefined) report(node, found, name === 'sign' ? 'SignJWT.sign()' : 'jwtVerify()');
          return;
        }
        if (name === 'cookieParser') {
          const argument = args[0];
          const found = argument === undefined ? undefined : hardcodedSecret(argument, sourceFile, 0);
          if (argument !== undefined && found !== undefined) report(node, found, 'cookieParser()');
          return;
        }
      }
      const options = SECRET_OPTION_CALLS.get(name);
      if (options !== undefined) checkOptions(node, name, options);
    };

    return {
      [ts.SyntaxKind.CallExpression]: visitCall,
      [ts.SyntaxKind.NewExpression]: visitCall,
      [ts.SyntaxKind.PropertyAssignment](node) {
        // passport-jwt: { secretOrKey: '…' } wherever the options object is built
        if (!relevant || propertyNameOf(node.name) !== 'secretOrKey') return;
        const object = node.parent;
        const call = object.parent;
        if (call !== undefined && (ts.isCallExpression(call) || ts.isNewExpression(call))) {
          const name = calleeName(call);
          if (name !== undefined && SECRET_OPTION_CALLS.get(name)?.has('secretOrKey') === true) return; // reported by checkOptions
        }
        const found = hardcodedSecret(node.initializer, sourceFile, 0);
        if (found !== undefined) report(node, found, 'secretOrKey');
      },
    };
  },
});
