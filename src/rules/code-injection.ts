/**
 * EVD-CODE-037: code evaluated from a dynamic string.
 *
 * Reported when the code is not a constant (literal, constant string, `const`):
 * - `eval(x)` (also `window.eval`, `globalThis.eval`);
 * - `new Function(…, body)` / `Function(…, body)`: any non-constant argument;
 * - Node `vm`: `runInNewContext`, `runInThisContext`, `runInContext`,
 *   `compileFunction`, `new vm.Script(code)` (resolved through imports;
 *   `vm` is not a security boundary);
 * - `setTimeout` / `setInterval` whose first argument is a string built from
 *   dynamic parts or is request input (a function value is not reported).
 * Messages say whether the code comes from request input.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { requestInputOf } from '../engine/code/request-input.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { calleeName, hasAnyIdentifier, isConstantValue, isStringBuilder, receiverOf, shortText, stringParts } from '../engine/code/values.js';

const GLOBALS = new Set(['window', 'globalThis', 'self', 'global']);
const VM_FUNCTIONS = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']);
const NAME_LIST = ['eval', 'Function', 'Script', 'setTimeout', 'setInterval', ...VM_FUNCTIONS];
const NAMES = new Set(NAME_LIST);

export const codeInjection = defineRule({
  meta: {
    id: 'EVD-CODE-037',
    slug: 'code-injection',
    title: 'Code evaluated from a dynamic string (code injection)',
    description:
      'JavaScript is compiled from a string that is not a constant: `eval(x)`, `new Function(body)`, ' +
      '`vm.runInNewContext(code)`, `setTimeout("…" + x)`. If any part of the string can come from a user, they run ' +
      'code with the application\'s rights (Node) or in other users\' sessions (browser).',
    severity: 'high',
    remediation:
      'Do not evaluate strings: parse data with `JSON.parse`, look handlers up in a map of functions, use a safe ' +
      'expression evaluator for formulas, pass a function to `setTimeout`. `vm` is not a sandbox; run untrusted code ' +
      'in a separate, locked-down process if it is really needed.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Evaluated input runs with full access to the application\'s ePHI (164.312(a)(1)) and can alter it (164.312(c)(1)); such a risk must be reduced under 164.308(a)(1)(ii)(B).',
      gdpr: 'Code injection compromises the confidentiality and integrity of processing systems (Art.32(1)(b)); not evaluating strings is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/95.html',
      'https://cwe.mitre.org/data/definitions/94.html',
      'https://nodejs.org/api/vm.html#vm-executing-javascript',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const imports = importResolverFor(sourceFile);
    const relevant = hasAnyIdentifier(sourceFile, NAME_LIST);

    const describe = (code: ts.Expression): string => {
      const input = requestInputOf(code);
      if (input !== undefined) return `request input (${input.label})`;
      let first: ts.Expression | undefined;
      for (const part of stringParts(code)) {
        if (part.node === undefined) continue;
        const partInput = requestInputOf(part.node);
        if (partInput !== undefined) return `request input (${partInput.label})`;
        first ??= part.node;
      }
      return `a dynamic value (${shortText(first ?? code, sourceFile)})`;
    };

    const reportCode = (node: ts.Node, code: ts.Expression, where: string): void => {
      context.report({ node, message: `Code evaluated from ${describe(code)} by ${where}: do not evaluate strings` });
    };

    const visit = (node: ts.CallExpression | ts.NewExpression): void => {
      if (!relevant) return;
      const name = calleeName(node);
      if (name === undefined || !NAMES.has(name)) return;
      const args = node.arguments;
      const first = args?.[0];
      const receiver = receiverOf(node);
      const receiverValue = receiver === undefined ? undefined : skipOuterExpressions(receiver);
      const isGlobal = receiverValue === undefined || (ts.isIdentifier(receiverValue) && GLOBALS.has(receiverValue.text));
      if (name === 'eval' && isGlobal) {
        if (first !== undefined && !isConstantValue(first)) reportCode(node, first, 'eval()');
        return;
      }
      if (name === 'Function' && isGlobal && args !== undefined) {
        const dynamic = args.find((a) => !isConstantValue(a) && !ts.isSpreadElement(a));
        if (dynamic !== undefined) reportCode(node, dynamic, ts.isNewExpression(node) ? 'new Function()' : 'Function()');
        return;
      }
      if (VM_FUNCTIONS.has(name) || (name === 'Script' && ts.isNewExpression(node))) {
        const origin = imports.resolve(skipOuterExpressions(node.expression));
        if (origin?.module !== 'vm') return;
        if (first !== undefined && !isConstantValue(first)) reportCode(node, first, `vm.${name === 'Script' ? 'Script' : name}()`);
        return;
      }
      if ((name === 'setTimeout' || name === 'setInterval') && isGlobal && first !== undefined) {
        const value = skipOuterExpressions(first);
        const input = requestInputOf(value);
        if (input !== undefined || (isStringBuilder(value) && stringParts(value).some((p) => p.node !== undefined))) reportCode(node, first, `${name}() with a string`);
      }
    };

    return {
      [ts.SyntaxKind.CallExpression]: visit,
      [ts.SyntaxKind.NewExpression]: visit,
    };
  },
});
