/**
 * EVD-CODE-056: JWT verification without an algorithm allow-list, or with an
 * allow-list that mixes symmetric and asymmetric algorithms.
 *
 * Reported:
 * - jsonwebtoken `jwt.verify(token, key)`, `jwt.verify(token, key, callback)`
 *   and `jwt.verify(token, key, { … })` whose options have no `algorithms`;
 * - express-jwt `expressjwt({ secret })` (also `expressJwt`, and `jwt` when
 *   imported from express-jwt) without `algorithms` (express-jwt 6+ throws at
 *   start-up, older versions accept whatever the token header says);
 * - passport-jwt strategy options, recognised by their `jwtFromRequest` key
 *   (`new JwtStrategy({ … })`, NestJS `super({ … })` in a `PassportStrategy`),
 *   without `algorithms`;
 * - any `algorithms` list that mixes HMAC (`HS*`) with RSA/ECDSA/EdDSA
 *   (`RS*`, `PS*`, `ES*`, `EdDSA`): with one key used for both, the RSA public
 *   key becomes an HMAC secret that anyone can sign with (key confusion).
 * Not reported: options that are not an object literal or that spread
 * another object (the list may come from it); jose `jwtVerify` (it derives
 * the algorithm from the key type); NestJS `JwtModule.register` (it usually
 * only signs; verification goes through the passport strategy, which is
 * checked). Keyless `jwt.verify(token)` is EVD-CODE-054's.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, hasAnyIdentifier, propertyNameOf } from '../engine/code/values.js';
import { constantStrings, hasKey, hasSpread, isMissingKey, jsonwebtokenCall, jsonwebtokenOptions, maskedReporter, optionsOf } from '../engine/code/web-auth.js';

const HINTS = ['verify', 'expressjwt', 'expressJwt', 'jwtFromRequest', 'algorithms'];
const EXPRESS_JWT_NAMES: ReadonlySet<string> = new Set(['expressjwt', 'expressJwt', 'jwt']);

/** The family of a JWS algorithm name: symmetric (HMAC) or asymmetric (RSA, ECDSA, EdDSA). */
function familyOf(algorithm: string): 'symmetric' | 'asymmetric' | undefined {
  if (/^HS\d+$/i.test(algorithm)) return 'symmetric';
  if (/^(?:RS|PS|ES)\d+K?$/i.test(algorithm) || /^EdDSA$/i.test(algorithm)) return 'asymmetric';
  return undefined;
}

/** Whether an allow-list mixes both families. */
function mixesFamilies(list: readonly string[]): boolean {
  const families = new Set(list.map(familyOf).filter((f) => f !== undefined));
  return families.size === 2;
}

const MESSAGES = {
  verify: 'jwt.verify() has no algorithms allow-list: the token header chooses the algorithm; pass { algorithms: [...] } with the one algorithm you issue',
  expressJwt: 'express-jwt options have no algorithms allow-list: pass algorithms with the one algorithm you issue',
  passport: 'passport-jwt strategy options have no algorithms allow-list: add algorithms with the one algorithm you issue',
  mixed: 'JWT algorithms allow-list mixes HMAC and public-key algorithms: a public key can then be used as an HMAC secret (key confusion); allow one family',
} as const;

export const jwtVerifyWithoutAlgorithms = defineRule({
  meta: {
    id: 'EVD-CODE-056',
    slug: 'jwt-verify-without-algorithms',
    title: 'JWT verified without an algorithm allow-list',
    description:
      'A JSON Web Token is verified without pinning the accepted algorithms (jsonwebtoken `jwt.verify(token, key)`, ' +
      'express-jwt or passport-jwt options without `algorithms`), or with a list that mixes HMAC and public-key ' +
      "algorithms (`['HS256', 'RS256']`). The token's own header then picks how it is checked: older jsonwebtoken and " +
      'express-jwt versions accept an HMAC token signed with the RSA public key (key confusion). Options built ' +
      'elsewhere or spread from another object are not judged; jose `jwtVerify` is not reported (it ties the ' +
      'algorithm to the key type).',
    severity: 'high',
    remediation:
      "Pass an explicit allow-list with the single algorithm your issuer uses: `jwt.verify(token, publicKey, { algorithms: ['RS256'] })`, " +
      "`expressjwt({ secret, algorithms: ['HS256'] })`, `new JwtStrategy({ …, algorithms: ['RS256'] })`. Never mix `HS*` with `RS*`/`ES*`/`PS*`.",
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Letting the token choose its verification algorithm allows forged tokens to authenticate (164.312(d)), reach ePHI (164.312(a)(1)) and carry altered claims (164.312(c)(1)).',
      gdpr:
        'Verification that an attacker can steer does not ensure the confidentiality and integrity of processing systems (Art.32(1)(b)); pinning the algorithm is the secure default (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://cwe.mitre.org/data/definitions/757.html',
      'https://datatracker.ietf.org/doc/html/rfc8725#section-3.1',
      'https://github.com/auth0/express-jwt#required-parameters',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const imports = importResolverFor(context.sourceFile);

    /** Whether options leave out `algorithms` for sure (absent, or a literal without it and without spread). */
    const lacksAlgorithms = (options: ts.Expression | undefined): boolean => {
      const state = optionsOf(options);
      if (state.kind === 'absent') return true;
      if (state.kind === 'unknown') return false;
      return !hasKey(state.object, 'algorithms') && !hasSpread(state.object);
    };

    const isExpressJwt = (call: ts.CallExpression): boolean => {
      const name = calleeName(call);
      if (name === undefined || !EXPRESS_JWT_NAMES.has(name)) return false;
      const callee = skipOuterExpressions(call.expression);
      const origin = ts.isIdentifier(callee) ? imports.name(callee.text) : imports.resolve(callee);
      if (origin !== undefined) return origin.module === 'express-jwt';
      return name !== 'jwt';
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        if (jsonwebtokenCall(node, imports) === 'verify') {
          if (isMissingKey(node.arguments[1])) return; // keyless: EVD-CODE-054
          if (lacksAlgorithms(jsonwebtokenOptions(node))) reportMasked({ node, message: MESSAGES.verify });
          return;
        }
        if (isExpressJwt(node)) {
          const options = node.arguments[0];
          if (options !== undefined && lacksAlgorithms(options)) reportMasked({ node, message: MESSAGES.expressJwt });
        }
      },
      [ts.SyntaxKind.ObjectLiteralExpression](node) {
        if (!relevant || !hasKey(node, 'jwtFromRequest')) return;
        if (hasKey(node, 'algorithms') || hasSpread(node)) return;
        if (!hasKey(node, 'secretOrKey') && !hasKey(node, 'secretOrKeyProvider')) return;
        const call = node.parent;
        const target = call !== undefined && (ts.isCallExpression(call) || ts.isNewExpression(call) || ts.isVariableDeclaration(call)) ? call : node;
        reportMasked({ node: target, message: MESSAGES.passport });
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!relevant || propertyNameOf(node.name) !== 'algorithms') return;
        const list = constantStrings(node.initializer);
        if (list !== undefined && mixesFamilies(list)) reportMasked({ node, message: MESSAGES.mixed });
      },
    };
  },
});
