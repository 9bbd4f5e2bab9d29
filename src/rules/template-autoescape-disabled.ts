/**
 * EVD-CODE-044: HTML escaping turned off in a template engine.
 *
 * Reported:
 * - `autoescape: false` in any object literal (nunjucks `configure` and
 *   `Environment`, swig, twig.js: only template engines read this key);
 * - `noEscape: true` (Handlebars `compile` options, express-handlebars
 *   `compilerOptions`);
 * - an identity escape function: `Mustache.escape = (t) => t`,
 *   `Handlebars.Utils.escapeExpression = (s) => s`, and `escape: (s) => s` /
 *   `escapeFunction: …` in template options (ejs, Mustache, eta), where the
 *   function returns its argument unchanged (or `String(arg)`), or is
 *   `_.identity`.
 * Constants other than these (`autoescape: true`, a computed value) are not
 * reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { hasAnyIdentifier, lastName, propertyNameOf } from '../engine/code/values.js';

const ESCAPE_KEYS = new Set(['escape', 'escapeFunction', 'escapeExpression', 'escapeFn']);
const HINTS = ['autoescape', 'noEscape', ...ESCAPE_KEYS];
const TEMPLATE_ESCAPE_OWNERS = new Set(['Mustache', 'mustache', 'Utils', 'ejs', 'eta', 'Handlebars', 'handlebars']);

/** Whether a function returns its first parameter unchanged: `(s) => s`, `function (s) { return String(s); }`, `_.identity`. */
function isIdentity(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (lastName(value) === 'identity') return true;
  if (!ts.isArrowFunction(value) && !ts.isFunctionExpression(value)) return false;
  const parameter = value.parameters[0];
  if (parameter === undefined || !ts.isIdentifier(parameter.name)) return false;
  const name = parameter.name.text;
  let result: ts.Expression | undefined;
  if (ts.isBlock(value.body)) {
    const statements = value.body.statements;
    const only = statements.length === 1 ? statements[0] : undefined;
    if (only === undefined || !ts.isReturnStatement(only)) return false;
    result = only.expression;
  } else {
    result = value.body;
  }
  if (result === undefined) return false;
  let returned = skipOuterExpressions(result);
  if (ts.isCallExpression(returned) && ts.isIdentifier(returned.expression) && returned.expression.text === 'String' && returned.arguments[0] !== undefined) {
    returned = skipOuterExpressions(returned.arguments[0]);
  }
  return ts.isIdentifier(returned) && returned.text === name;
}

function isTemplateOptions(object: ts.ObjectLiteralExpression): boolean {
  // escape: in an options object passed to a template call (ejs.render(t, d, { escape }), Mustache.render(t, v, p, { escape }))
  const call = object.parent;
  if (!ts.isCallExpression(call)) return false;
  const callee = skipOuterExpressions(call.expression);
  const owner = ts.isPropertyAccessExpression(callee) ? lastName(callee.expression) : undefined;
  return owner !== undefined && TEMPLATE_ESCAPE_OWNERS.has(owner);
}

export const templateAutoescapeDisabled = defineRule({
  meta: {
    id: 'EVD-CODE-044',
    slug: 'template-autoescape-disabled',
    title: 'HTML escaping disabled in a template engine',
    description:
      'A template engine is configured not to escape HTML: `nunjucks.configure({ autoescape: false })`, ' +
      'Handlebars `noEscape: true`, an identity `escape` function for Mustache or ejs. Every value rendered into a ' +
      'template then becomes markup, so any stored or reflected user data can inject script.',
    severity: 'medium',
    remediation:
      'Keep escaping on (the engines\' default). Mark the few trusted HTML fragments as safe one by one ' +
      '(nunjucks `| safe`, Handlebars `{{{ }}}`, ejs `<%-`) after sanitising them.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Without escaping, injected script acts with users\' access to ePHI (164.312(a)(1)) and can alter records (164.312(c)(1)).',
      gdpr: 'Turning off output encoding removes a default protection of the confidentiality and integrity of the service (Art.25(1), Art.32(1)(b)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://cwe.mitre.org/data/definitions/116.html',
      'https://mozilla.github.io/nunjucks/api.html#configure',
      'https://handlebarsjs.com/api-reference/compilation.html#handlebars-compile-template-options',
    ],
  },
  create(context) {
    const relevant = hasAnyIdentifier(context.sourceFile, HINTS);
    return {
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!relevant) return;
        const key = propertyNameOf(node.name);
        if (key === undefined) return;
        const value = skipOuterExpressions(node.initializer);
        if (key === 'autoescape' && value.kind === ts.SyntaxKind.FalseKeyword) {
          context.report({ node, message: 'Template autoescaping disabled (autoescape: false): every rendered value becomes HTML; keep escaping on' });
        } else if (key === 'noEscape' && value.kind === ts.SyntaxKind.TrueKeyword) {
          context.report({ node, message: 'Handlebars escaping disabled (noEscape: true): every rendered value becomes HTML; keep escaping on' });
        } else if (ESCAPE_KEYS.has(key) && isIdentity(value) && isTemplateOptions(node.parent)) {
          context.report({ node, message: `Template escaping replaced by an identity function (${key}): every rendered value becomes HTML; keep the default escape` });
        }
      },
      [ts.SyntaxKind.BinaryExpression](node) {
        if (!relevant || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        const target = skipOuterExpressions(node.left);
        if (!ts.isPropertyAccessExpression(target) || !ESCAPE_KEYS.has(target.name.text)) return;
        const owner = lastName(target.expression);
        if (owner === undefined || !TEMPLATE_ESCAPE_OWNERS.has(owner) || !isIdentity(node.right)) return;
        context.report({ node, message: `Template escaping replaced by an identity function (${owner}.${target.name.text}): every rendered value becomes HTML; keep the default escape` });
      },
    };
  },
});
