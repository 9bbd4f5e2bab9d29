/**
 * EVD-CODE-036: a shell command built from dynamic values.
 *
 * Sinks (resolved through imports, so `regex.exec(…)` is never one):
 * - `child_process.exec`/`execSync` (always a shell; also `promisify(exec)`),
 *   shelljs `exec`, execa `execaCommand`/`execaCommandSync`/`execa.command`:
 *   the command string;
 * - `child_process.spawn`/`spawnSync`/`execFile`/`execFileSync`/`fork` and
 *   `execa(…)` with `shell: true` (or a shell path) in their options: the
 *   command and each element of the argument array.
 * Reported when the command is request input, or is built (template literal,
 * concatenation, directly or through a local variable) with a dynamic part
 * that is not a number or a shell-quoting call (`shellQuote.quote([…])`,
 * `shellescape(…)`, a callee with the word escape or quote).
 * A command passed in as a plain variable or parameter is not reported
 * (`exec(command)`): whether it is safe depends on its callers.
 * Without `shell`, `spawn`/`execFile` do not use a shell and are not reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { importResolverFor, type ImportedName } from '../engine/code/imports.js';
import { requestInputOf } from '../engine/code/request-input.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import {
  callReportNode,
  constantString,
  hasAnyIdentifier,
  isNumericExpression,
  isStringBuilder,
  lastName,
  objectLiteralOf,
  objectProperty,
  shortText,
  stringParts,
} from '../engine/code/values.js';

const SHELL_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  child_process: new Set(['exec', 'execSync']),
  shelljs: new Set(['exec']),
  execa: new Set(['execaCommand', 'execaCommandSync', 'command', 'commandSync']),
}));
const SPAWN_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  child_process: new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']),
  execa: new Set(['*', 'execa', 'execaSync', 'sync']),
}));

/** Identifiers one of which a file that runs commands contains (`require('child_process')` is a string, not an identifier). */
const HINTS = ['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork', 'execa', 'execaSync', 'execaCommand', 'execaCommandSync', 'command', 'commandSync'];

function isQuoting(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const name = lastName(node.expression);
  return name !== undefined && tokenizeName(name).some((w) => w === 'escape' || w === 'quote' || w === 'escaped' || w === 'quoted' || w === 'shellescape');
}

/** Why a command (or argument) is unsafe: request input or a dynamic part of a built string; undefined when safe or unknown. */
function commandRisk(argument: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
  const direct = requestInputOf(argument);
  if (direct !== undefined) return `request input (${direct.label})`;
  let value = skipOuterExpressions(argument);
  if (ts.isIdentifier(value) && !isStringBuilder(value)) {
    const binding = findLocalBinding(value, { crossFunctions: false });
    if (binding !== undefined && binding.source !== undefined && binding.path.length === 0 && isStringBuilder(binding.source)) value = binding.source;
  }
  if (!isStringBuilder(value) && !(ts.isIdentifier(value) && stringParts(value).length > 1)) return undefined;
  let dynamic: string | undefined;
  for (const part of stringParts(value)) {
    if (part.node === undefined || isNumericExpression(part.node) || isQuoting(part.node)) continue;
    const input = requestInputOf(part.node);
    if (input !== undefined) return `request input (${input.label})`;
    dynamic ??= `a dynamic value (${shortText(part.node, sourceFile)})`;
  }
  return dynamic;
}

/** Whether spawn-style options turn the shell on: `shell: true` or a shell path. */
function usesShell(options: ts.Expression | undefined): boolean {
  const object = objectLiteralOf(options);
  const shell = object === undefined ? undefined : objectProperty(object, 'shell');
  if (shell === undefined) return false;
  const value = skipOuterExpressions(shell);
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  const text = constantString(value);
  return text !== undefined && text !== '';
}

export const commandInjection = defineRule({
  meta: {
    id: 'EVD-CODE-036',
    slug: 'command-injection',
    title: 'Shell command built from dynamic values (command injection)',
    description:
      'A shell command is built from request input or other dynamic values and run through a shell ' +
      '(`exec(`pg_dump ${table}`)`, `execSync("convert " + req.body.file)`, `spawn(cmd, { shell: true })`). A value ' +
      'containing `;`, `|`, `$( )` or backticks runs arbitrary commands with the server\'s rights.',
    severity: 'critical',
    remediation:
      'Run the program without a shell and pass values as separate arguments: `execFile(\'pg_dump\', [\'--table\', table])` ' +
      'or `spawn(cmd, args)` without `shell`; validate values against an allow-list; never pass request input to a shell.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'Command injection gives an attacker the server\'s access to every ePHI store (164.312(a)(1)) and the ability to alter or destroy it (164.312(c)(1)); it is a risk the security management process must reduce (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Remote command execution compromises the confidentiality and integrity of all personal data on the host (Art.5(1)(f), Art.32(1)(b)); avoiding shells is a design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/78.html',
      'https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback',
      'https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const imports = importResolverFor(sourceFile);
    const relevant = hasAnyIdentifier(sourceFile, HINTS);

    const resolve = (node: ts.CallExpression): ImportedName | undefined => {
      const callee = skipOuterExpressions(node.expression);
      const origin = imports.resolve(callee);
      if (origin !== undefined) return origin;
      return undefined;
    };

    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const origin = resolve(node);
        if (origin === undefined) return;
        const command = node.arguments[0];
        if (command === undefined) return;
        const name = origin.name === '*' ? origin.module : origin.name;
        if (SHELL_FUNCTIONS.get(origin.module)?.has(origin.name) === true) {
          const risk = commandRisk(command, sourceFile);
          if (risk !== undefined) {
            context.report({ node: callReportNode(node), message: `Shell command built from ${risk} run by ${name}(): use execFile/spawn with an argument array and no shell` });
          }
          return;
        }
        if (SPAWN_FUNCTIONS.get(origin.module)?.has(origin.name) !== true) return;
        const second = node.arguments[1];
        const args = second !== undefined && ts.isArrayLiteralExpression(skipOuterExpressions(second)) ? (skipOuterExpressions(second) as ts.ArrayLiteralExpression) : undefined;
        const options = args === undefined ? second : node.arguments[2];
        if (!usesShell(options)) return;
        let risk = commandRisk(command, sourceFile);
        for (const element of args?.elements ?? []) {
          if (risk !== undefined) break;
          risk = ts.isSpreadElement(element) ? undefined : commandRisk(element, sourceFile) ?? (requestInputOf(element) === undefined ? undefined : `request input (${requestInputOf(element)?.label ?? ''})`);
        }
        if (risk !== undefined) {
          context.report({ node: callReportNode(node), message: `Shell command built from ${risk} run by ${name}() with shell: true: drop the shell option and pass arguments as an array` });
        }
      },
    };
  },
});
