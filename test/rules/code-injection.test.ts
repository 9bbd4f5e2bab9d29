import { codeInjection } from '../../src/rules/code-injection.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(codeInjection, {
  valid: [
    { name: 'a constant', code: 'eval(\'2 + 2\');' },
    { name: 'a constant Function', code: 'new Function(\'a\', \'b\', \'return a + b\');' },
    { name: 'setTimeout with a function', code: 'setTimeout(() => notify(name), 1000);' },
    { name: 'setTimeout with a variable (may be a function)', code: 'setTimeout(callback, 1000);' },
    { name: 'a method named eval', code: 'expressionParser.eval(input);' },
    { name: 'vm from another module', code: 'import { runInNewContext } from \'./sandbox\';\nrunInNewContext(code);' },
  ],
  invalid: [
    {
      name: 'eval of request input',
      code: 'app.post(\'/calc\', (req, res) => res.json({ value: eval(req.body.expression) }));',
      findings: [
        {
          message: 'Code evaluated from request input (req.body.expression) by eval(): do not evaluate strings',
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 76,
          snippet: 'eval(req.body.expression)',
        },
      ],
    },
    {
      name: 'new Function with a built body',
      code: 'export const compile = (expr: string) => new Function(\'row\', `return ${expr};`);',
      findings: [
        {
          message: 'Code evaluated from a dynamic value (expr) by new Function(): do not evaluate strings',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 80,
          snippet: 'new Function(\'row\', `return ${expr};`)',
        },
      ],
    },
    {
      name: 'vm',
      code: 'import vm from \'node:vm\';\nexport const run = (code: string) => vm.runInNewContext(code, {});',
      findings: [
        {
          message: 'Code evaluated from a dynamic value (code) by vm.runInNewContext(): do not evaluate strings',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 66,
          snippet: 'vm.runInNewContext(code, {})',
        },
      ],
    },
    {
      name: 'setTimeout with a built string',
      code: 'setTimeout(\'refresh(\' + id + \')\', 500);',
      findings: [
        {
          message: 'Code evaluated from a dynamic value (id) by setTimeout() with a string: do not evaluate strings',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          snippet: 'setTimeout(\'refresh(\' + id + \')\', 500)',
        },
      ],
    },
  ],
});
