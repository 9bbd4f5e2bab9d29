/**
 * EVD-CODE-032: a secret in a known format written in the source.
 *
 * Every string literal, no-substitution template and template text is
 * matched against the provider formats of secrets.ts: AWS access key IDs
 * (`AKIA…`, `ASIA…`), GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`,
 * `github_pat_`) and GitLab (`glpat-`…) tokens, Slack tokens (`xoxb-`…) and
 * webhook URLs, Stripe live secret and restricted keys (`sk_live_`,
 * `rk_live_`), Google API keys (`AIza…`), Twilio API keys (`SK` + 32 hex),
 * SendGrid (`SG.…`), OpenAI (`sk-…`, `sk-proj-…`) and Anthropic (`sk-ant-…`)
 * API keys, npm tokens (`npm_`), PEM private keys, JSON Web Tokens, and
 * passwords in URLs (`postgres://app:<password>@db.acme.com`).
 * An AWS secret access key (40 characters of base64) is only recognised
 * under a name that says so (`secretAccessKey`, `AWS_SECRET_ACCESS_KEY`).
 *
 * Not reported: placeholders and documentation values (`AKIAIOSFODNN7EXAMPLE`,
 * `sk-xxxx…`, `<token>`, `${TOKEN}`), Stripe test keys, and URL passwords
 * that name a placeholder (`:password@`) or point at a local host. A file
 * literal shorter than 16 characters is never a secret here.
 * The secret is masked in the message and the snippet (`AKIA****`).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { findKnownSecret, isAwsSecretKeyShape, type SecretMatch } from '../engine/code/secrets.js';
import { receivingName } from '../engine/code/values.js';
import { MASK } from '../findings/redact.js';

const AWS_SECRET_NAME = /aws.?secret|secret.?access.?key/i;

/** How a secret is shown in messages: its public prefix and the mask. */
export function maskedSecret(value: string, match: Pick<SecretMatch, 'from' | 'keep'>): string {
  return `${value.slice(match.from, match.from + match.keep)}${MASK}`;
}

export const hardcodedSecretToken = defineRule({
  meta: {
    id: 'EVD-CODE-032',
    slug: 'hardcoded-secret-token',
    title: 'Hard-coded API key, token or private key',
    description:
      'The source contains a credential in a format its provider issues: cloud access keys (AWS), source-control ' +
      'tokens (GitHub, GitLab, npm), SaaS API keys (Stripe, Slack, Google, Twilio, SendGrid, OpenAI, Anthropic), PEM ' +
      'private keys, signed JWTs, or a password inside a connection URL. Anyone with read access to the code, its ' +
      'history, build logs or bundles can use it.',
    severity: 'critical',
    remediation:
      'Revoke and rotate the credential now (it is in the git history), then load it at run time from a secret ' +
      'manager or an environment variable set by the platform. Add a pre-commit secret scan.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(d)', '164.308(a)(5)(ii)(D)'],
      gdpr: ['Art.32(1)(b)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'A credential in the code grants access to systems holding ePHI to anyone who reads it, bypassing access control (164.312(a)(1)) and authentication (164.312(d)), and contradicts password safeguarding (164.308(a)(5)(ii)(D)).',
      gdpr:
        'Published credentials defeat the confidentiality of processing systems (Art.32(1)(b)) and the security of personal data (Art.5(1)(f)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const check = (literal: ts.Node, value: string): void => {
      // Literals are tested one by one (most are short): cheaper than searching the whole file text.
      if (value.length < 16) return;
      let match: SecretMatch | undefined = findKnownSecret(value);
      if (match === undefined && value.length !== 40) return;
      const destination = receivingName(literal);
      if (match === undefined) {
        if (destination === undefined || !AWS_SECRET_NAME.test(destination.name) || !isAwsSecretKeyShape(value)) return;
        match = { format: 'aws-secret-access-key', label: 'AWS secret access key', from: 0, to: 40, keep: 0 };
      }
      // Point at the whole assignment when it is on the literal's line, so the snippet shows what holds the secret.
      const holder = destination?.holder;
      const sameLine =
        holder !== undefined &&
        sourceFile.getLineAndCharacterOfPosition(holder.getStart(sourceFile)).line === sourceFile.getLineAndCharacterOfPosition(literal.getStart(sourceFile)).line;
      const node = sameLine && holder !== undefined ? holder : literal;
      const label = match.label.startsWith('npm') ? match.label : match.label.charAt(0).toUpperCase() + match.label.slice(1);
      context.report({
        node,
        message: `${label} hard-coded in the source (${maskedSecret(value, match)}): revoke it and load it from a secret manager`,
        secrets: [{ node: literal, from: match.from, to: match.to, keep: match.keep }],
      });
    };

    return {
      [ts.SyntaxKind.StringLiteral](node) {
        if (node.parent !== undefined && (ts.isImportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent))) return;
        check(node, node.text);
      },
      [ts.SyntaxKind.NoSubstitutionTemplateLiteral](node) {
        check(node, (node as ts.NoSubstitutionTemplateLiteral).text);
      },
      [ts.SyntaxKind.TemplateExpression](node) {
        check(node.head, node.head.text);
        for (const span of node.templateSpans) check(span.literal, span.literal.text);
      },
    };
  },
});
