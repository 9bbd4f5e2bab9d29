/**
 * EVD-CODE-058: sensitive personal data put in a JWT payload.
 *
 * Payloads: the first argument of jsonwebtoken `jwt.sign`, of NestJS
 * `jwtService.sign`/`signAsync`, of `@fastify/jwt` `reply.jwtSign` /
 * `fastify.jwt.sign`, and of jose `new SignJWT(payload)`.
 *
 * The payload goes through the shared expression classifier (object
 * literals, spreads, member chains, local variables in the same function):
 * `{ sub: user.id, diagnosis: p.diagnosis }`, `{ ...patient }`,
 * `jwt.sign(patient, key)`. Reported categories: health, government-id,
 * financial, credentials, location, biometric, genetic. `personal` and
 * `contact` alone are not reported: a name or e-mail address is what
 * identity tokens are for (OpenID Connect's standard claims), and reporting
 * them would flag nearly every token. The finding's `dataCategories` lists
 * the reported categories.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { describeClassification, type Classification, type DataCategory } from '../engine/code/data-classifier.js';
import { importResolverFor } from '../engine/code/imports.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, hasAnyIdentifier, receiverOf } from '../engine/code/values.js';
import { isJwtServiceCall, isNewOf, jsonwebtokenCall, maskedReporter } from '../engine/code/web-auth.js';

/** Categories too common in identity tokens to report on their own (see the module comment). */
const IGNORED: ReadonlySet<DataCategory> = new Set(['personal', 'contact']);
const HINTS = ['sign', 'signAsync', 'jwtSign', 'SignJWT'];

/** Whether a call is @fastify/jwt's `reply.jwtSign(payload)` or `fastify.jwt.sign(payload)`. */
function isFastifyJwtSign(call: ts.CallExpression): boolean {
  const name = calleeName(call);
  if (name === 'jwtSign') return true;
  if (name !== 'sign') return false;
  const receiver = receiverOf(call);
  const inner = receiver === undefined ? undefined : skipOuterExpressions(receiver);
  return inner !== undefined && ts.isPropertyAccessExpression(inner) && inner.name.text === 'jwt';
}

/** The classification restricted to reported categories. */
function reportable(classification: Classification): Classification {
  return {
    categories: classification.categories.filter((c) => !IGNORED.has(c)),
    matches: classification.matches.filter((m) => !IGNORED.has(m.category)),
  };
}

export const sensitiveDataInJwt = defineRule({
  meta: {
    id: 'EVD-CODE-058',
    slug: 'sensitive-data-in-jwt',
    title: 'Sensitive personal data in a JWT payload',
    description:
      'A JSON Web Token payload carries health data, a government identifier, financial data, credentials, precise ' +
      'location, biometric or genetic data (`jwt.sign({ sub, diagnosis }, key)`, `new SignJWT({ ...patient })`). ' +
      'A signed JWT is only base64-encoded: anyone holding the token (browser storage, logs, proxies, ' +
      'referrers) can read it. Names and e-mail addresses alone are not reported (they are what identity ' +
      'tokens carry).',
    severity: 'high',
    remediation:
      'Keep only an opaque subject id and the authorization claims in the token, and look sensitive data up ' +
      'server-side; if a claim must travel, encrypt the token (JWE, jose `EncryptJWT`).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(2)(iv)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'ePHI in a JWT is stored and transmitted unencrypted wherever the token goes, instead of being encrypted at rest and in transit (164.312(a)(2)(iv), 164.312(e)(2)(ii)).',
      gdpr:
        'Personal data in a readable token is neither encrypted nor pseudonymised (Art.32(1)(a)) and loses the confidentiality the integrity and confidentiality principle requires (Art.5(1)(f)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/315.html',
      'https://cwe.mitre.org/data/definitions/359.html',
      'https://datatracker.ietf.org/doc/html/rfc8725#section-3.6',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html#token-information-disclosure',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    const imports = importResolverFor(context.sourceFile);

    const check = (node: ts.Node, payload: ts.Expression | undefined, issuer: string): void => {
      if (payload === undefined) return;
      const classification = reportable(context.classifyExpression(payload));
      if (classification.categories.length === 0) return;
      reportMasked({
        node,
        message: `${describeClassification(classification)} put in a JWT payload by ${issuer}: the payload is only base64-encoded and readable by anyone holding the token`,
        dataCategories: classification.categories,
      });
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        if (jsonwebtokenCall(node, imports) === 'sign') check(node, node.arguments[0], 'jwt.sign()');
        else if ((calleeName(node) === 'sign' || calleeName(node) === 'signAsync') && isJwtServiceCall(node)) check(node, node.arguments[0], 'JwtService.sign()');
        else if (isFastifyJwtSign(node)) check(node, node.arguments[0], '@fastify/jwt');
      },
      [ts.SyntaxKind.NewExpression](node) {
        if (relevant && isNewOf(node, ['SignJWT'])) check(node, node.arguments?.[0], 'jose SignJWT');
      },
    };
  },
});
