/**
 * EVD-CODE-042: Angular's sanitiser bypassed for a dynamic value.
 *
 * Reported: `bypassSecurityTrustHtml`, `bypassSecurityTrustScript`,
 * `bypassSecurityTrustStyle`, `bypassSecurityTrustUrl` and
 * `bypassSecurityTrustResourceUrl` (on `DomSanitizer`, whatever the receiver
 * is called) with a value that is not safe in HTML (see markup.ts): not a
 * constant, not already sanitised (`this.sanitizer.sanitize(SecurityContext.HTML, x)`,
 * `DOMPurify.sanitize(x)`).
 * Trusting a constant (`bypassSecurityTrustResourceUrl('https://…')`) is the
 * intended use and is not reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { markupRisk } from '../engine/code/markup.js';
import { calleeName, hasAnyIdentifier } from '../engine/code/values.js';

const BYPASS_NAMES = ['bypassSecurityTrustHtml', 'bypassSecurityTrustScript', 'bypassSecurityTrustStyle', 'bypassSecurityTrustUrl', 'bypassSecurityTrustResourceUrl'];
const BYPASS = new Set(BYPASS_NAMES);

export const angularBypassSanitizer = defineRule({
  meta: {
    id: 'EVD-CODE-042',
    slug: 'angular-bypass-sanitizer',
    title: "Angular's sanitiser bypassed for a dynamic value",
    description:
      '`DomSanitizer.bypassSecurityTrust*()` marks a value that is neither constant nor sanitised as safe HTML, ' +
      'script, style or URL. Angular then inserts it unchanged, so any markup or `javascript:` URL in it runs in the ' +
      "user's session.",
    severity: 'medium',
    remediation:
      'Let Angular sanitise bound values (`[innerHTML]="html"` is sanitised by default); if a value must be trusted, ' +
      'sanitise it first (`this.sanitizer.sanitize(SecurityContext.HTML, value)` or DOMPurify) or trust only constants.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Bypassing the sanitiser lets injected script act with the user\'s access to ePHI (164.312(a)(1)) and alter records (164.312(c)(1)).',
      gdpr: 'It removes a built-in protection of the confidentiality and integrity of the service (Art.32(1)(b), Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://angular.dev/best-practices/security#bypass-security-apis',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, BYPASS_NAMES);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        const value = node.arguments[0];
        if (name === undefined || value === undefined || !BYPASS.has(name)) return;
        const risk = markupRisk(value, sourceFile);
        if (risk === undefined) return;
        const source = risk.input !== undefined ? `${risk.input.origin === 'browser' ? 'the URL' : 'request input'} (${risk.label})` : `a dynamic value (${risk.label})`;
        context.report({ node, message: `${name}() trusts ${source} without sanitising it: let Angular sanitise, or sanitise first` });
      },
    };
  },
});
