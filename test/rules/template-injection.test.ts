import { templateInjection } from '../../src/rules/template-injection.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(templateInjection, {
  valid: [
    { name: 'a fixed template with request data', code: 'Handlebars.compile(\'<p>{{name}}</p>\')({ name: req.body.name });' },
    { name: 'res.render of a view', code: 'res.render(\'letter\', { name: req.query.name });' },
    { name: 'a template from a file', code: 'Handlebars.compile(readFileSync(\'letter.hbs\', \'utf8\'));' },
    { name: 'compile of another object', code: 'regex.compile(req.body.pattern);' },
  ],
  invalid: [
    {
      name: 'Handlebars.compile of the body',
      code: 'app.post(\'/preview\', (req, res) => res.send(Handlebars.compile(req.body.template)({})));',
      findings: [
        {
          message: 'Template source taken from request input (req.body.template) compiled by Handlebars.compile() (handlebars): pass request values as data to a fixed template',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 82,
          snippet: 'Handlebars.compile(req.body.template)',
        },
      ],
    },
    {
      name: 'ejs.render of the query',
      code: 'import ejs from \'ejs\';\nexport const page = (req: Request) => ejs.render(req.query.page as string);',
      findings: [
        {
          message: 'Template source taken from request input (req.query.page) compiled by ejs.render() (ejs): pass request values as data to a fixed template',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 75,
          snippet: 'ejs.render(req.query.page as string)',
        },
      ],
    },
    {
      name: 'pug.render of a built template',
      code: 'pug.render(`h1 ${req.query.title}`);',
      findings: [
        {
          message: 'Template source taken from request input (req.query.title) compiled by pug.render() (pug): pass request values as data to a fixed template',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          snippet: 'pug.render(`h1 ${req.query.title}`)',
        },
      ],
    },
    {
      name: 'lodash template',
      filename: 'src/mail.js',
      code: 'const _ = require(\'lodash\');\nconst subject = _.template(req.body.subject);',
      findings: [
        {
          message: 'Template source taken from request input (req.body.subject) compiled by _.template() (lodash): pass request values as data to a fixed template',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 45,
          snippet: '_.template(req.body.subject)',
        },
      ],
    },
  ],
});
