/**
 * EVD-CODE-057: JSON Web Tokens issued without an expiry, with a very long
 * one, or verified with expiry checks turned off.
 *
 * Reported:
 * - jsonwebtoken `jwt.sign(payload, key[, options][, callback])` where the
 *   payload is an object literal without `exp` and the options have no
 *   `expiresIn` (absent, or a literal without it); a string payload (it can
 *   carry no expiry at all): a literal, template or concatenation;
 * - `expiresIn` longer than {@link ACCESS_TOKEN_MAX_SECONDS} (24 hours), or
 *   than {@link REFRESH_TOKEN_MAX_SECONDS} (30 days) for refresh tokens (the
 *   call, its function or the variable it is stored in says "refresh").
 *   Numbers are seconds, strings are read like the `ms` package (`'30d'`,
 *   `'2 days'`);
 * - jose `new SignJWT(…)….sign(key)` chains without `.setExpirationTime(…)`
 *   (unless the payload literal has `exp`), or with a relative time over the
 *   same limits;
 * - NestJS `JwtModule.register({ … })` whose `signOptions` have no
 *   `expiresIn` (every `jwtService.sign()` then issues eternal tokens), or a
 *   too long one;
 * - `ignoreExpiration: true` in any options object (jsonwebtoken verify,
 *   passport-jwt, NestJS `verifyOptions`).
 * Payloads and options that are not object literals (`jwt.sign(user, key)`),
 * or that spread another object, are not judged.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, constantString, enclosingFunctionName, hasAnyIdentifier, isStringBuilder, objectProperty, propertyNameOf, receivingName } from '../engine/code/values.js';
import { chainCalls, constantBoolean, durationSeconds, hasKey, hasSpread, isNewOf, isStaticCall, jsonwebtokenCall, jsonwebtokenOptions, maskedReporter, optionsOf, type OptionsState } from '../engine/code/web-auth.js';

/** Longest lifetime accepted for an access token: 24 hours (OWASP suggests minutes; a working day is the outer limit). */
export const ACCESS_TOKEN_MAX_SECONDS = 24 * 3600;
/** Longest lifetime accepted for a refresh token: 30 days. */
export const REFRESH_TOKEN_MAX_SECONDS = 30 * 86_400;

const HINTS = ['sign', 'SignJWT', 'ignoreExpiration', 'JwtModule'];

/** `'30 days'` style for messages. */
function describeSeconds(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} days`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hours`;
  return `${Math.round(seconds)} seconds`;
}

/** Whether the token being issued is a refresh token, by the names around the call. */
function isRefreshToken(call: ts.Node, sourceFile: ts.SourceFile): boolean {
  if (/refresh/i.test(call.getText(sourceFile))) return true;
  if (/refresh/i.test(enclosingFunctionName(call) ?? '')) return true;
  return /refresh/i.test(receivingName(call)?.name ?? '');
}

/** Whether a payload has no `exp` for sure (a literal without it and without spread). */
function payloadLacksExp(state: OptionsState): boolean {
  return state.kind === 'literal' && !hasKey(state.object, 'exp') && !hasSpread(state.object);
}

export const jwtWithoutExpiry = defineRule({
  meta: {
    id: 'EVD-CODE-057',
    slug: 'jwt-without-expiry',
    title: 'JWT without expiry, with a very long expiry, or with expiry checks off',
    description:
      'A JSON Web Token is signed without `expiresIn`/`exp` (jsonwebtoken `jwt.sign`, jose `SignJWT` without ' +
      '`setExpirationTime`, NestJS `JwtModule` without `signOptions.expiresIn`), with a lifetime over 24 hours ' +
      '(30 days for refresh tokens), or verified with `ignoreExpiration: true`. A stolen token then works for ever ' +
      '(or for weeks): it cannot be revoked without rotating the key. Payloads and options built elsewhere are not judged.',
    severity: 'medium',
    remediation:
      "Give access tokens a short lifetime (`expiresIn: '15m'`, `.setExpirationTime('15m')`) and renew them with a " +
      'refresh token that is stored server-side and can be revoked; never set `ignoreExpiration`.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(a)(1)', '164.312(a)(2)(iii)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'A token that never expires keeps authenticating whoever holds it (164.312(d), 164.312(a)(1)) and defeats automatic logoff after inactivity (164.312(a)(2)(iii)).',
      gdpr:
        'Eternal credentials widen the impact of any leak and undermine the ongoing confidentiality of processing systems (Art.32(1)(b)); short-lived tokens are the secure default (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/613.html',
      'https://datatracker.ietf.org/doc/html/rfc8725#section-3.10',
      'https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#token-sidejacking',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS);
    const imports = importResolverFor(sourceFile);

    /** Reports a constant lifetime over the limit for this kind of token. */
    const checkLifetime = (call: ts.Node, holder: ts.Node, value: ts.Expression, numbersAreSeconds: boolean): void => {
      const seconds = durationSeconds(value, numbersAreSeconds);
      if (seconds === undefined) return;
      const refresh = isRefreshToken(call, sourceFile);
      const limit = refresh ? REFRESH_TOKEN_MAX_SECONDS : ACCESS_TOKEN_MAX_SECONDS;
      if (seconds <= limit) return;
      reportMasked({
        node: holder,
        message: `JWT lifetime of ${describeSeconds(seconds)} exceeds ${refresh ? '30 days for a refresh token' : '24 hours for an access token'}: a stolen token stays valid that long; shorten it`,
      });
    };

    const checkJsonwebtokenSign = (call: ts.CallExpression): void => {
      const payload = call.arguments[0];
      if (payload === undefined) return;
      const payloadValue = skipOuterExpressions(payload);
      const options = optionsOf(jsonwebtokenOptions(call));
      if (options.kind === 'literal') {
        const expiresIn = objectProperty(options.object, 'expiresIn');
        if (expiresIn !== undefined) {
          const holder = options.object.properties.find((p) => p.name !== undefined && propertyNameOf(p.name) === 'expiresIn') ?? call;
          checkLifetime(call, holder, expiresIn, true);
          return;
        }
        if (hasSpread(options.object)) return;
      } else if (options.kind === 'unknown') {
        return;
      }
      if (constantString(payloadValue) !== undefined || isStringBuilder(payloadValue)) {
        reportMasked({ node: call, message: 'JWT signed with a string payload: it can carry no expiry and is valid for ever; sign an object with expiresIn' });
        return;
      }
      if (payloadLacksExp(optionsOf(payload))) {
        reportMasked({ node: call, message: "JWT signed without expiresIn or exp: the token is valid for ever; add { expiresIn: '15m' }" });
      }
    };

    const checkSignJwt = (node: ts.NewExpression): void => {
      const calls = chainCalls(node);
      const last = calls[calls.length - 1];
      if (last === undefined || calleeName(last) !== 'sign') return;
      const expiry = calls.find((c) => calleeName(c) === 'setExpirationTime');
      if (expiry !== undefined) {
        const value = expiry.arguments[0];
        if (value !== undefined) checkLifetime(last, expiry, value, false);
        return;
      }
      if (payloadLacksExp(optionsOf(node.arguments?.[0])) || node.arguments?.[0] === undefined) {
        reportMasked({ node: last, message: "jose SignJWT issues a token without setExpirationTime(): the token is valid for ever; add .setExpirationTime('15m')" });
      }
    };

    const checkJwtModule = (call: ts.CallExpression): void => {
      const options = optionsOf(call.arguments[0]);
      if (options.kind !== 'literal' || hasSpread(options.object)) return;
      if (!hasKey(options.object, 'secret') && !hasKey(options.object, 'privateKey') && !hasKey(options.object, 'secretOrPrivateKey')) return;
      const signOptions = optionsOf(objectProperty(options.object, 'signOptions'));
      if (signOptions.kind === 'unknown') return;
      if (signOptions.kind === 'literal') {
        const expiresIn = objectProperty(signOptions.object, 'expiresIn');
        if (expiresIn !== undefined) {
          const holder = signOptions.object.properties.find((p) => p.name !== undefined && propertyNameOf(p.name) === 'expiresIn') ?? call;
          checkLifetime(call, holder, expiresIn, true);
          return;
        }
        if (hasSpread(signOptions.object)) return;
      }
      reportMasked({ node: call, message: 'JwtModule is registered without signOptions.expiresIn: every token JwtService signs is valid for ever' });
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        if (jsonwebtokenCall(node, imports) === 'sign') checkJsonwebtokenSign(node);
        else if (isStaticCall(node, 'JwtModule', ['register'])) checkJwtModule(node);
      },
      [ts.SyntaxKind.NewExpression](node) {
        if (relevant && isNewOf(node, ['SignJWT'])) checkSignJwt(node);
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (relevant && propertyNameOf(node.name) === 'ignoreExpiration' && constantBoolean(node.initializer) === true) {
          reportMasked({ node, message: 'JWT verification ignores expiry (ignoreExpiration: true): expired and stolen tokens stay valid' });
        }
      },
    };
  },
});
