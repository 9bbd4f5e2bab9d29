/**
 * EVD-CODE-053: a session or token signing secret hard-coded where
 * EVD-CODE-027 (hardcoded-cryptographic-key) does not look.
 *
 * EVD-CODE-027 already reports literal secrets in `jwt.sign`/`jwt.verify`,
 * jose, `cookieParser(…)`, and the `secret`/`secrets`/`keys` options of
 * express-session, cookie-session, express-jwt, `JwtModule.register`,
 * passport-jwt and Fastify plugins; reporting them again here would give two
 * findings for one line. This rule covers the other places frameworks take
 * a session or token key:
 * - Koa `app.keys = ['…']` (the keys of signed cookies and koa-session),
 *   where `app` is a `new Koa()` or the file imports koa;
 * - `new Keygrip(['…'])` / `Keygrip(['…'])` (keygrip);
 * - `@fastify/secure-session` registered with a literal `key`;
 * - NestJS `jwtService.sign(payload, { secret: '…' })`, `verify`,
 *   `signAsync`, `verifyAsync` (`secret` or `privateKey`);
 * - NestJS `JwtModule.registerAsync({ useFactory: () => ({ secret: '…' }) })`.
 * A value is hard-coded when it is a literal, an array of literals,
 * `Buffer.from('…')`, a `const` bound to one, or the fallback of an
 * environment variable (`process.env.SESSION_KEY || '…'`: the fallback
 * ships). The literal is masked in the snippet; messages never contain it.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constInitializer, hasAnyIdentifier, propertyNameOf } from '../engine/code/values.js';
import { forEachDescendant, hardcodedSecretLiterals, isJwtServiceCall, isNewOf, isStaticCall, optionsOf } from '../engine/code/web-auth.js';

const HINTS = ['keys', 'Keygrip', '@fastify/secure-session', 'fastify-secure-session', 'jwtService', 'JwtModule', 'registerAsync', '_jwtService'];
const SECURE_SESSION_MODULES: ReadonlySet<string> = new Set(['@fastify/secure-session', 'fastify-secure-session']);
const JWT_SERVICE_METHODS: ReadonlySet<string> = new Set(['sign', 'verify', 'signAsync', 'verifyAsync']);
const JWT_SECRET_OPTIONS: ReadonlySet<string> = new Set(['secret', 'privateKey']);

export const hardcodedSessionSecret = defineRule({
  meta: {
    id: 'EVD-CODE-053',
    slug: 'hardcoded-session-secret',
    title: 'Hard-coded session or token signing secret',
    description:
      "A key that signs session cookies or tokens is written in the source: Koa `app.keys = ['…']`, " +
      "`new Keygrip(['…'])`, `@fastify/secure-session` `key`, NestJS `jwtService.sign(payload, { secret: '…' })` or a " +
      "`JwtModule.registerAsync` factory returning a literal secret, including the fallback of an environment variable " +
      "(`process.env.SESSION_KEY || '…'`). Everyone with the code can forge any user's session. Literal secrets in " +
      '`jwt.sign`, express-session, cookie-session, cookie-parser, express-jwt, passport-jwt and `JwtModule.register` ' +
      'are reported by EVD-CODE-027 instead (one finding per line).',
    severity: 'critical',
    remediation:
      'Read the key at start-up from a secret store or an environment variable set by the platform, with no ' +
      'fallback: fail when it is missing. Rotate the committed key (every session signed with it can be forged).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(a)(1)'],
      gdpr: ['Art.32(1)(b)'],
    },
    rationale: {
      hipaa:
        'A public signing key lets anyone mint a valid session or token, so it authenticates no one (164.312(d)) and no longer restricts access to ePHI (164.312(a)(1)).',
      gdpr:
        'Forgeable sessions undermine the ongoing confidentiality and integrity of the processing systems (Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://koajs.com/#app-keys-',
      'https://github.com/fastify/fastify-secure-session#using-keys-as-strings',
      'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS);
    const imports = importResolverFor(sourceFile);

    const report = (node: ts.Node, literals: readonly ts.Node[], where: string): void => {
      context.report({
        node,
        message: `Hard-coded signing secret in ${where}: anyone with the code can forge sessions or tokens; load it from a secret store`,
        secrets: literals.map((literal) => ({ node: literal })),
      });
    };

    /** Reports the listed options of an object literal that hold hard-coded secrets. */
    const checkOptions = (object: ts.ObjectLiteralExpression, names: ReadonlySet<string>, where: string): void => {
      for (const property of object.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const key = propertyNameOf(property.name);
        if (key === undefined || !names.has(key)) continue;
        const literals = hardcodedSecretLiterals(property.initializer);
        if (literals !== undefined) report(property, literals, `${where} (${key})`);
      }
    };

    /** Whether a receiver is a Koa application: bound to `new Koa()`, or named `app` in a file that imports `Koa` from koa. */
    const isKoaApp = (receiver: ts.Expression): boolean => {
      const value = skipOuterExpressions(receiver);
      if (!ts.isIdentifier(value)) return false;
      const initializer = constInitializer(value);
      if (initializer !== undefined) return isNewOf(initializer, ['Koa']);
      return value.text === 'app' && imports.name('Koa')?.module === 'koa';
    };

    const isSecureSessionPlugin = (node: ts.Expression | undefined): boolean => {
      if (node === undefined) return false;
      const origin = imports.resolve(node);
      return origin !== undefined && SECURE_SESSION_MODULES.has(origin.module);
    };

    return {
      [ts.SyntaxKind.BinaryExpression](node) {
        if (!relevant || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'keys' || !isKoaApp(target.expression)) return;
        const literals = hardcodedSecretLiterals(node.right);
        if (literals !== undefined) report(node, literals, 'Koa app.keys');
      },
      [ts.SyntaxKind.NewExpression](node) {
        if (!relevant || !isNewOf(node, ['Keygrip'])) return;
        const first = node.arguments?.[0];
        const literals = first === undefined ? undefined : hardcodedSecretLiterals(first);
        if (literals !== undefined) report(node, literals, 'new Keygrip()');
      },
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === 'Keygrip') {
          const first = node.arguments[0];
          const literals = first === undefined ? undefined : hardcodedSecretLiterals(first);
          if (literals !== undefined) report(node, literals, 'Keygrip()');
          return;
        }
        if (name === 'register' && isSecureSessionPlugin(node.arguments[0])) {
          const options = optionsOf(node.arguments[1]);
          if (options.kind === 'literal') checkOptions(options.object, new Set(['key']), '@fastify/secure-session');
          return;
        }
        if (name !== undefined && JWT_SERVICE_METHODS.has(name) && isJwtServiceCall(node)) {
          const options = optionsOf(node.arguments[1]);
          if (options.kind === 'literal') checkOptions(options.object, JWT_SECRET_OPTIONS, `JwtService.${name}()`);
          return;
        }
        if (isStaticCall(node, 'JwtModule', ['registerAsync'])) {
          const options = optionsOf(node.arguments[0]);
          if (options.kind !== 'literal') return;
          for (const property of options.object.properties) {
            const isFactory =
              (ts.isPropertyAssignment(property) || ts.isMethodDeclaration(property)) && propertyNameOf(property.name) === 'useFactory';
            if (!isFactory) continue;
            forEachDescendant(property, (inner) => {
              if (ts.isObjectLiteralExpression(inner)) checkOptions(inner, JWT_SECRET_OPTIONS, 'JwtModule.registerAsync() factory');
            });
          }
        }
      },
    };
  },
});
