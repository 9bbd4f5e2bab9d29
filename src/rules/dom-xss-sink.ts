/**
 * EVD-CODE-040: dynamic HTML written into the DOM.
 *
 * Sinks: assignments (`=`, `+=`) to `innerHTML`, `outerHTML` or an iframe's
 * `srcdoc`; `insertAdjacentHTML(position, html)`; `document.write(html)` /
 * `document.writeln(html)` (also on another window's document);
 * `range.createContextualFragment(html)`; jQuery `$(…).html(html)`,
 * `.append(html)`, `.prepend(html)`, `.before(html)`, `.after(html)`,
 * `.replaceWith(html)` on a `$(…)`/`jQuery(…)` chain when the value is a
 * string built with dynamic parts or request input.
 *
 * A value is reported unless it is safe in HTML (see markup.ts: constants,
 * numbers, sanitised or escaped values — `DOMPurify.sanitize`, `escapeHtml`,
 * `he.encode` — translations, HTML read from another element, templates whose
 * dynamic parts are all safe, locals initialised with such values). Messages
 * say when the value comes from the URL or the request.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { markupRisk, type MarkupRisk } from '../engine/code/markup.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, hasAnyIdentifier, isStringBuilder, lastName, receiverOf, rootName } from '../engine/code/values.js';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const JQUERY_METHODS = new Set(['html', 'append', 'prepend', 'before', 'after', 'replaceWith']);

function describe(risk: MarkupRisk): string {
  return risk.input !== undefined ? `${risk.input.origin === 'browser' ? 'the URL' : 'request input'} (${risk.label})` : `a dynamic value (${risk.label})`;
}

export const domXssSink = defineRule({
  meta: {
    id: 'EVD-CODE-040',
    slug: 'dom-xss-sink',
    title: 'Dynamic HTML written into the DOM (DOM XSS)',
    description:
      'A value that is not a constant and not sanitised is written into the page as HTML: `el.innerHTML = …`, ' +
      '`insertAdjacentHTML`, `document.write`, jQuery `.html(…)`. If any part of it comes from a user, the URL, or ' +
      'stored data others can write, its markup runs as script in the user\'s session.',
    severity: 'medium',
    remediation:
      'Write text, not HTML: `el.textContent = value`, or build elements with `document.createElement`. When HTML is ' +
      'needed, sanitise it first (`DOMPurify.sanitize(html)`) or escape each value in the template.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Script injected into a clinician\'s or patient\'s session acts with their access to ePHI (164.312(a)(1)) and can change records in their name (164.312(c)(1)).',
      gdpr: 'Cross-site scripting undermines the confidentiality and integrity of the service (Art.32(1)(b)); output encoding is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/DOM_based_XSS_Prevention_Cheat_Sheet.html',
      'https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, ['innerHTML', 'outerHTML', 'srcdoc', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment', '$', 'jQuery']);
    const report = (node: ts.Node, value: ts.Expression, sink: string): void => {
      const risk = markupRisk(value, sourceFile);
      if (risk !== undefined) context.report({ node, message: `HTML from ${describe(risk)} written by ${sink}: use textContent or sanitise it (DOMPurify.sanitize)` });
    };
    return {
      [ts.SyntaxKind.BinaryExpression](node) {
        if (!relevant) return;
        const operator = node.operatorToken.kind;
        if (operator !== ts.SyntaxKind.EqualsToken && operator !== ts.SyntaxKind.PlusEqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target) || !HTML_PROPERTIES.has(target.name.text)) return;
        report(node, node.right, target.name.text);
      },
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined) return;
        const receiver = receiverOf(node);
        if (receiver === undefined) return;
        if (name === 'insertAdjacentHTML') {
          const html = node.arguments[1];
          if (html !== undefined) report(node, html, 'insertAdjacentHTML()');
          return;
        }
        if (name === 'write' || name === 'writeln') {
          const html = node.arguments[0];
          if (html !== undefined && lastName(receiver) === 'document') report(node, html, `document.${name}()`);
          return;
        }
        if (name === 'createContextualFragment') {
          const html = node.arguments[0];
          if (html !== undefined) report(node, html, 'createContextualFragment()');
          return;
        }
        if (JQUERY_METHODS.has(name)) {
          const html = node.arguments[0];
          const root = rootName(receiver);
          if (html === undefined || (root !== '$' && root !== 'jQuery')) return;
          const value = skipOuterExpressions(html);
          // .append(element) and .html(fn) are common and safe; only strings are judged
          if (name !== 'html' && !isStringBuilder(value)) return;
          if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return;
          report(node, html, `jQuery .${name}()`);
        }
      },
    };
  },
});
