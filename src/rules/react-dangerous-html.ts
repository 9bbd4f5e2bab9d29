/**
 * EVD-CODE-041: React `dangerouslySetInnerHTML` with an unsanitised value.
 *
 * Reported: `dangerouslySetInnerHTML={{ __html: x }}` in JSX, and
 * `{ dangerouslySetInnerHTML: { __html: x } }` in `React.createElement`
 * props, when `x` is not safe in HTML (see markup.ts). The object may also be
 * a local (`const markup = { __html: x }`) or the result of a function of the
 * same file that returns one (`createMarkup()` in React's own docs).
 * Safe: constants, `DOMPurify.sanitize(x)`, `sanitizeHtml(x)`, `xss(x)`,
 * escaped values, and locals initialised with them.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { markupRisk } from '../engine/code/markup.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import { hasAnyIdentifier, objectProperty, propertyNameOf } from '../engine/code/values.js';

const ATTRIBUTE = 'dangerouslySetInnerHTML';

/** The `{ __html }` object of an attribute value: a literal, a local bound to one, or a same-file function returning one. */
function markupObject(node: ts.Expression, sourceFile: ts.SourceFile, depth = 0): ts.ObjectLiteralExpression | undefined {
  if (depth > 4) return undefined;
  const value = skipOuterExpressions(node);
  if (ts.isObjectLiteralExpression(value)) return value;
  if (ts.isIdentifier(value)) {
    const binding = findLocalBinding(value, { crossFunctions: true });
    return binding?.source === undefined || binding.path.length > 0 ? undefined : markupObject(binding.source, sourceFile, depth + 1);
  }
  if (ts.isCallExpression(value) && ts.isIdentifier(value.expression)) {
    const fn = functionNamed(value.expression, sourceFile);
    const returned = fn === undefined ? undefined : returnedExpression(fn);
    return returned === undefined ? undefined : markupObject(returned, sourceFile, depth + 1);
  }
  return undefined;
}

function functionNamed(id: ts.Identifier, sourceFile: ts.SourceFile): ts.FunctionLikeDeclaration | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === id.text) return statement;
  }
  const binding = findLocalBinding(id, { crossFunctions: true });
  const source = binding?.source === undefined ? undefined : skipOuterExpressions(binding.source);
  return source !== undefined && (ts.isArrowFunction(source) || ts.isFunctionExpression(source)) ? source : undefined;
}

function returnedExpression(fn: ts.FunctionLikeDeclaration): ts.Expression | undefined {
  const body = fn.body;
  if (body === undefined) return undefined;
  if (!ts.isBlock(body)) return body;
  for (const statement of body.statements) if (ts.isReturnStatement(statement) && statement.expression !== undefined) return statement.expression;
  return undefined;
}

export const reactDangerousHtml = defineRule({
  meta: {
    id: 'EVD-CODE-041',
    slug: 'react-dangerous-html',
    title: 'React dangerouslySetInnerHTML with unsanitised HTML',
    description:
      '`dangerouslySetInnerHTML={{ __html: value }}` renders a value that is neither constant nor sanitised. React ' +
      'escapes everything else it renders; this is the one place where markup in data (a clinical note, a message, ' +
      'a value from the URL) runs as script in the user\'s session.',
    severity: 'medium',
    remediation:
      'Render the value as text (`{value}`), or sanitise it where it is rendered: ' +
      '`dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(value) }}`; for Markdown use a renderer that escapes HTML.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Script injected through unsanitised HTML acts with the user\'s access to ePHI (164.312(a)(1)) and can alter records in their name (164.312(c)(1)).',
      gdpr: 'Cross-site scripting undermines the confidentiality and integrity of the service (Art.32(1)(b)); sanitising rendered HTML is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html',
      'https://github.com/cure53/DOMPurify',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, [ATTRIBUTE]);
    const check = (node: ts.Node, value: ts.Expression): void => {
      const object = markupObject(value, sourceFile);
      const html = object === undefined ? undefined : objectProperty(object, '__html');
      if (html === undefined) return;
      const risk = markupRisk(html, sourceFile);
      if (risk === undefined) return;
      const source = risk.input !== undefined ? `${risk.input.origin === 'browser' ? 'the URL' : 'request input'} (${risk.label})` : `an unsanitised value (${risk.label})`;
      context.report({ node, message: `dangerouslySetInnerHTML renders ${source}: sanitise it with DOMPurify.sanitize() or render text` });
    };
    return {
      [ts.SyntaxKind.JsxAttribute](node) {
        if (!relevant || !ts.isIdentifier(node.name) || node.name.text !== ATTRIBUTE) return;
        const initializer = node.initializer;
        if (initializer === undefined || !ts.isJsxExpression(initializer) || initializer.expression === undefined) return;
        check(node, initializer.expression);
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!relevant || propertyNameOf(node.name) !== ATTRIBUTE) return;
        check(node, node.initializer);
      },
    };
  },
});
