/**
 * EVD-CODE-055: a JWT decoded without verification and then trusted.
 *
 * Decoders: jsonwebtoken `jwt.decode(token)`, jwt-decode (`jwtDecode(token)`,
 * any local name imported from the module), jose `decodeJwt(token)`. None of
 * them checks the signature.
 *
 * Reported on server-side code when the decoded claims make an identity or
 * authorization decision, in the same function:
 * - a claim other than the timing/metadata ones (`exp`, `iat`, `nbf`, `jti`,
 *   `iss`, `aud`, `header`) is read: `payload.sub`, `decoded.role`,
 *   `jwt.decode(t).userId`, `const { permissions } = jwtDecode(t)`
 *   (`decoded.payload.x` of `{ complete: true }` counts as `x`);
 * - the result is stored on the request (`req.user = …`, `req.auth`,
 *   `res.locals.user`, `ctx.state.user`, `request.principal`);
 * - the result is returned from a function whose name says it
 *   authenticates (`auth`, `user`, `identity`, `principal`, `claims`,
 *   `session`, `current`, `role`, `permission`, `account`).
 * Not reported: when the same function also verifies the same token (a call
 * whose name contains `verify` with that token as an argument: reading the
 * `kid` header before `jwt.verify` is the JWKS pattern); browser-side code
 * (`.jsx`/`.tsx`, client/web/frontend/ui/components folders, files importing
 * a UI framework), where decoding `exp` for display is fine; results not
 * followed beyond the function.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor, type ImportResolver } from '../engine/code/imports.js';
import { memberPath, skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, enclosingFunctionName, hasAnyIdentifier, propertyNameOf } from '../engine/code/values.js';
import { enclosingFunction, forEachDescendant, isBrowserFile, jsonwebtokenCall, maskedReporter } from '../engine/code/web-auth.js';

const HINTS = ['decode', 'jwtDecode', 'jwt_decode', 'decodeJwt', 'jwt-decode'];
/** Claims that say when and by whom, not who: reading them decides nothing about identity. */
const NON_DECISION_CLAIMS: ReadonlySet<string> = new Set(['exp', 'iat', 'nbf', 'jti', 'iss', 'aud', 'header', 'signature', 'typ', 'kid', 'alg']);
/** Request members that hold the authenticated principal. */
const PRINCIPAL_MEMBERS = /^(?:user|auth|identity|principal|currentUser|claims|account|session)$/;
/** Function names that say they return an identity. */
const AUTH_FUNCTION = /auth|user|identity|principal|claims|session|current|role|permission|account/i;
const MAX_CLIMB = 8;

/** The decoder a call is, by the name messages use; undefined when the call decodes nothing. */
function decoderOf(call: ts.CallExpression, imports: ImportResolver): string | undefined {
  if (jsonwebtokenCall(call, imports) === 'decode') return 'jwt.decode()';
  const callee = skipOuterExpressions(call.expression);
  const origin = ts.isIdentifier(callee) ? imports.name(callee.text) : imports.resolve(callee);
  if (origin === undefined) return undefined;
  if (origin.module === 'jwt-decode' && (origin.name === '*' || origin.name === 'jwtDecode')) return 'jwtDecode()';
  if (origin.module === 'jose' && origin.name === 'decodeJwt') return 'decodeJwt()';
  return undefined;
}

/** The first claim name read by a member chain whose base is the decoded value (`payload` of `complete` skipped). */
function claimOfChain(base: ts.Node): string | undefined {
  let current: ts.Node = base;
  for (let i = 0; i < 3; i++) {
    const parent = current.parent;
    if (parent === undefined) return undefined;
    let name: string | undefined;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === current) name = parent.name.text;
    else if (ts.isElementAccessExpression(parent) && parent.expression === current) {
      const key = skipOuterExpressions(parent.argumentExpression);
      name = ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key) ? key.text : undefined;
    } else if (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent)) {
      current = parent;
      continue;
    } else return undefined;
    if (name !== 'payload') return name;
    current = parent;
  }
  return undefined;
}

/** Whether an assignment target is the request's principal: `req.user`, `res.locals.user`, `ctx.state.user`. */
function isPrincipalTarget(target: ts.Expression): boolean {
  const path = memberPath(target);
  if (path === undefined || path.length < 2) return false;
  return PRINCIPAL_MEMBERS.test(path[path.length - 1] ?? '');
}

/** What an identity decision made on a value is, looking at the value's parent: a claim read, a request principal, a return. */
function decisionAt(value: ts.Node): string | undefined {
  let node: ts.Node = value;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = node.parent;
    if (parent === undefined) return undefined;
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isAwaitExpression(parent) || ts.isSatisfiesExpression(parent)) {
      node = parent;
      continue;
    }
    if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) {
      const claim = claimOfChain(node);
      return claim !== undefined && !NON_DECISION_CLAIMS.has(claim) ? `its claim ${claim}` : undefined;
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) {
      return isPrincipalTarget(parent.left) ? `it is stored as ${memberPath(parent.left)?.join('.') ?? 'the request user'}` : undefined;
    }
    if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
      const name = enclosingFunctionName(parent.kind === ts.SyntaxKind.ArrowFunction ? node : parent);
      return name !== undefined && AUTH_FUNCTION.test(name) ? `it is returned by ${name}()` : undefined;
    }
    return undefined;
  }
  return undefined;
}

export const jwtDecodeWithoutVerify = defineRule({
  meta: {
    id: 'EVD-CODE-055',
    slug: 'jwt-decode-without-verify',
    title: 'JWT decoded without verification and trusted',
    description:
      'Server code decodes a JSON Web Token without checking its signature (jsonwebtoken `jwt.decode`, jwt-decode ' +
      '`jwtDecode`, jose `decodeJwt`) and uses the claims for an identity or authorization decision: reads `sub`, ' +
      '`role`, `userId` or `permissions`, stores the result as `req.user`, or returns it from an authentication ' +
      'function. Anyone can write a token with any claims. Not reported when the same function verifies the same ' +
      'token, in browser code (reading `exp` for display), or when the result only feeds timing claims (`exp`, `iat`).',
    severity: 'critical',
    remediation:
      "Verify before trusting: `jwt.verify(token, key, { algorithms: ['RS256'] })` or jose `jwtVerify(token, key)`. " +
      'Use `decode` only to read the header (`kid`) that picks the verification key.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(d)', '164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Claims taken from an unverified token authenticate no one (164.312(d)); access decisions on them expose ePHI to anyone who edits a token (164.312(a)(1)), and the claims themselves can be altered undetected (164.312(c)(1)).',
      gdpr:
        'Trusting forgeable identity claims breaks the confidentiality and integrity of processing systems (Art.32(1)(b)) and is not security by design (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/345.html',
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://github.com/auth0/node-jsonwebtoken#jwtdecodetoken--options',
      'https://github.com/panva/jose/blob/main/docs/util/decode_jwt/functions/decodeJwt.md',
    ],
  },
  create(context) {
    const reportMasked = maskedReporter(context);
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, HINTS) && !isBrowserFile(context.file, sourceFile);
    const imports = importResolverFor(sourceFile);

    /** Whether `scope` calls something named like verify with the token among its arguments. */
    const verifiesToken = (scope: ts.Node, token: string): boolean => {
      let found = false;
      forEachDescendant(scope, (node) => {
        if (found || !ts.isCallExpression(node)) return;
        const name = calleeName(node);
        if (name === undefined || !/verify/i.test(name)) return;
        found = node.arguments.some((argument) => skipOuterExpressions(argument).getText(sourceFile) === token);
      });
      return found;
    };

    /** The first decision made on the decoded value: directly, or through the variable (or destructured names) it is stored in. */
    const decisionOf = (call: ts.CallExpression, scope: ts.Node): string | undefined => {
      const direct = decisionAt(call);
      if (direct !== undefined) return direct;
      let holder: ts.Node = call;
      while (holder.parent !== undefined && (ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent) || ts.isAwaitExpression(holder.parent) || ts.isNonNullExpression(holder.parent))) {
        holder = holder.parent;
      }
      const declaration = holder.parent;
      if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer !== holder) return undefined;
      if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          const claim = element.propertyName !== undefined ? propertyNameOf(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
          if (claim !== undefined && !NON_DECISION_CLAIMS.has(claim)) return `its claim ${claim}`;
        }
        return undefined;
      }
      if (!ts.isIdentifier(declaration.name)) return undefined;
      const variable = declaration.name.text;
      let decision: string | undefined;
      forEachDescendant(scope, (node) => {
        if (decision !== undefined || !ts.isIdentifier(node) || node.text !== variable || node === declaration.name) return;
        if (node.pos < declaration.end) return;
        const parent = node.parent;
        if (ts.isPropertyAccessExpression(parent) && parent.name === node) return;
        if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name) && parent.initializer === node) {
          for (const element of parent.name.elements) {
            const claim = element.propertyName !== undefined ? propertyNameOf(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
            if (claim !== undefined && !NON_DECISION_CLAIMS.has(claim)) {
              decision = `its claim ${claim}`;
              return;
            }
          }
          return;
        }
        decision = decisionAt(node);
      });
      return decision;
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const decoder = decoderOf(node, imports);
        const token = node.arguments[0];
        if (decoder === undefined || token === undefined) return;
        const scope: ts.Node = enclosingFunction(node) ?? sourceFile;
        if (verifiesToken(scope, skipOuterExpressions(token).getText(sourceFile))) return;
        const decision = decisionOf(node, scope);
        if (decision === undefined) return;
        reportMasked({
          node,
          message: `${decoder} does not check the signature, but the result is trusted (${decision}): anyone can forge these claims; verify the token with jwt.verify() or jose jwtVerify()`,
        });
      },
    };
  },
});
