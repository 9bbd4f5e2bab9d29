/**
 * EVD-CODE-033: a literal that looks like a real secret stored under a
 * credential name.
 *
 * Where: `const dbPassword = '…'`, `{ clientSecret: '…' }`,
 * `config.apiKey = '…'`, class fields (`private token = '…'`), parameter and
 * destructuring defaults (`password = '…'`), and the fallback of an
 * environment variable (`process.env.DB_PASSWORD ?? '…'`).
 *
 * The name must be classified as credentials by the shared data classifier
 * and contain one of the words password, passwd, pwd, passphrase, secret,
 * token, key, apikey, credential or creds (`DB_PASSWORD`, `clientSecret`,
 * `x-api-key`, and the key `pass` of mail and FTP clients; not
 * `passwordPolicyUrl`, `tokenType`, `secretName`: their head word is opaque).
 * The value must look like a real secret (secrets.ts `looksLikeSecret`):
 * at least 8 characters, no whitespace, at least two kinds of characters,
 * a Shannon entropy of at least 3.0 bits per character, and not a
 * placeholder, reference, URL, path or name (`changeme`, `<password>`,
 * `${DB_PASSWORD}`, `vault:…`, `JWT_SECRET`, `access_token`, `X-Api-Key`).
 * Values in a known provider format are EVD-CODE-032's. The value is masked.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { findKnownSecret, isAwsSecretKeyShape, looksLikeSecret, MIN_SECRET_LENGTH } from '../engine/code/secrets.js';
import { lastName, propertyNameOf } from '../engine/code/values.js';

const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'key', 'apikey', 'credential', 'cred']);
const AWS_SECRET_NAME = /aws.?secret|secret.?access.?key/i;
/** A cheap first test of a name before the tokenizer and the classifier. */
const NAME_HINT = /pass|pwd|secret|token|key|cred/i;

/** The string literal a value is, directly or as the fallback of `a ?? '…'` / `a || '…'`. */
function literalValue(node: ts.Expression | undefined): ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | undefined {
  if (node === undefined) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value;
  if (ts.isBinaryExpression(value)) {
    const operator = value.operatorToken.kind;
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) return literalValue(value.right);
  }
  return undefined;
}

export const hardcodedCredential = defineRule({
  meta: {
    id: 'EVD-CODE-033',
    slug: 'hardcoded-credential',
    title: 'Hard-coded password or secret',
    description:
      'A password, client secret, API key or token is assigned as a literal to a credential-named variable, property, ' +
      'field or default (`const dbPassword = \'…\'`, `{ clientSecret: \'…\' }`, `process.env.API_KEY ?? \'…\'`). Only ' +
      'values that look like real secrets are reported: at least 8 characters, two kinds of characters, an entropy of ' +
      '3 bits per character or more, and not a placeholder or reference.',
    severity: 'high',
    remediation:
      'Remove the literal and read the value at run time from a secret manager or an environment variable set by ' +
      'the platform; fail at start-up when it is missing. Rotate the credential: it stays in the git history.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(d)', '164.308(a)(5)(ii)(D)'],
      gdpr: ['Art.32(1)(b)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'A password in the code is shared with everyone who can read it, so it no longer restricts access (164.312(a)(1)) or authenticates anyone (164.312(d)), and it cannot be safeguarded or changed as 164.308(a)(5)(ii)(D) requires.',
      gdpr:
        'Credentials in source code undermine the confidentiality of processing systems (Art.32(1)(b)) and the security of the personal data they protect (Art.5(1)(f)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/259.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const isCredentialName = (name: string): boolean => {
      if (name === 'pass') return true; // nodemailer, FTP and SSH clients: auth.pass
      if (!tokenizeName(name).some((word) => SECRET_WORDS.has(word))) return false;
      return context.classify(name).includes('credentials');
    };

    const check = (holder: ts.Node, name: string | undefined, value: ts.Expression | undefined): void => {
      const literal = literalValue(value);
      if (literal === undefined || name === undefined || literal.text.length < MIN_SECRET_LENGTH || !NAME_HINT.test(name)) return;
      const text = literal.text;
      if (!looksLikeSecret(text) || !isCredentialName(name)) return;
      if (findKnownSecret(text) !== undefined || (AWS_SECRET_NAME.test(name) && isAwsSecretKeyShape(text))) return;
      context.report({
        node: holder,
        message: `Hard-coded credential in ${name} (****): load it from a secret manager or the environment`,
        dataCategories: ['credentials'],
        secrets: [{ node: literal }],
      });
    };

    return {
      [ts.SyntaxKind.VariableDeclaration](node) {
        if (ts.isIdentifier(node.name)) check(node, node.name.text, node.initializer);
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        check(node, propertyNameOf(node.name), node.initializer);
      },
      [ts.SyntaxKind.PropertyDeclaration](node) {
        const declaration = node as ts.PropertyDeclaration;
        check(declaration, propertyNameOf(declaration.name), declaration.initializer);
      },
      [ts.SyntaxKind.Parameter](node) {
        const parameter = node as ts.ParameterDeclaration;
        if (ts.isIdentifier(parameter.name)) check(parameter, parameter.name.text, parameter.initializer);
      },
      [ts.SyntaxKind.BindingElement](node) {
        const element = node as ts.BindingElement;
        if (ts.isIdentifier(element.name)) check(element, element.name.text, element.initializer);
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const right = skipOuterExpressions(node.right);
        if (!ts.isStringLiteral(right) && !ts.isNoSubstitutionTemplateLiteral(right) && !ts.isBinaryExpression(right)) return;
        check(node, lastName(node.left), node.right);
      },
    };
  },
});
