import { templateAutoescapeDisabled } from '../../src/rules/template-autoescape-disabled.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(templateAutoescapeDisabled, {
  valid: [
    { name: 'autoescape on', code: 'nunjucks.configure(\'views\', { autoescape: true });' },
    { name: 'a computed value', code: 'nunjucks.configure(\'views\', { autoescape: isProd });' },
    { name: 'an escape function that escapes', code: 'ejs.render(t, d, { escape: (s) => he.encode(s) });' },
    { name: 'an identity function that is not an escape option', code: 'const options = { transform: (s) => s };' },
  ],
  invalid: [
    {
      name: 'nunjucks',
      code: 'nunjucks.configure(\'views\', { autoescape: false });',
      findings: [
        {
          message: 'Template autoescaping disabled (autoescape: false): every rendered value becomes HTML; keep escaping on',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 48,
          snippet: 'autoescape: false',
        },
      ],
    },
    {
      name: 'Handlebars noEscape',
      code: 'const tpl = Handlebars.compile(source, { noEscape: true });',
      findings: [
        {
          message: 'Handlebars escaping disabled (noEscape: true): every rendered value becomes HTML; keep escaping on',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 56,
          snippet: 'noEscape: true',
        },
      ],
    },
    {
      name: 'Mustache.escape',
      code: 'Mustache.escape = function (text) { return text; };',
      findings: [
        {
          message: 'Template escaping replaced by an identity function (Mustache.escape): every rendered value becomes HTML; keep the default escape',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 51,
          snippet: 'Mustache.escape = function (text) { return text; }',
        },
      ],
    },
    {
      name: 'ejs escape option',
      code: 'ejs.render(template, data, { escape: (s) => String(s) });',
      findings: [
        {
          message: 'Template escaping replaced by an identity function (escape): every rendered value becomes HTML; keep the default escape',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 54,
          snippet: 'escape: (s) => String(s)',
        },
      ],
    },
  ],
});
