/**
 * EVD-CODE-038: deserialisation that can run code.
 *
 * Reported:
 * - `node-serialize` `unserialize(x)` (and `funcster.deepDeserialize`,
 *   `cryo.parse`) of any non-constant value: these revive functions, and an
 *   immediately invoked one (`_$$ND_FUNC$$_function(){…}()`) runs on parse;
 * - js-yaml `load`/`loadAll` with a schema that has JavaScript types:
 *   `DEFAULT_FULL_SCHEMA` (js-yaml 3) or one extended with `js-yaml-js-types`;
 * - `v8.deserialize(x)` of request input (directly or through
 *   `Buffer.from(…)`), which can build objects the code does not expect.
 * Not reported: `yaml.load(x)` without a schema — safe in js-yaml 4, unsafe
 * only in js-yaml 3, and the version is not in the source; `JSON.parse`.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { importResolverFor } from '../engine/code/imports.js';
import { requestInputOf } from '../engine/code/request-input.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import {
  calleeName,
  callReportNode,
  hasAnyIdentifier,
  isConstantValue,
  lastName,
  objectLiteralOf,
  objectProperty,
  receiverOf,
} from '../engine/code/values.js';

const REVIVING: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  'node-serialize': new Set(['unserialize']),
  funcster: new Set(['deepDeserialize']),
  cryo: new Set(['parse']),
}));

/** Whether a js-yaml schema expression includes JavaScript types. */
function isUnsafeSchema(node: ts.Expression, text: string): boolean {
  const value = skipOuterExpressions(node);
  if (lastName(value) === 'DEFAULT_FULL_SCHEMA') return true;
  return text.includes('js-yaml-js-types') && ts.isCallExpression(value) && calleeName(value) === 'extend';
}

export const unsafeDeserialization = defineRule({
  meta: {
    id: 'EVD-CODE-038',
    slug: 'unsafe-deserialization',
    title: 'Deserialisation that can run code',
    description:
      'Data is deserialised with a format that can carry functions: `node-serialize` `unserialize()`, `funcster`, ' +
      '`cryo`, js-yaml with `DEFAULT_FULL_SCHEMA` or JavaScript types, or `v8.deserialize()` of request data. A ' +
      'crafted payload runs code on the server when it is parsed.',
    severity: 'high',
    remediation:
      'Exchange data as JSON (`JSON.parse`) and validate it with a schema; load YAML with js-yaml 4 `load()` (default ' +
      'schema) or `JSON_SCHEMA`; never deserialise functions or V8 structures from untrusted input.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)'],
    },
    rationale: {
      hipaa:
        'Code execution through deserialisation gives an attacker access to ePHI (164.312(a)(1)) and the ability to alter it (164.312(c)(1)); it is a risk to reduce (164.308(a)(1)(ii)(B)).',
      gdpr: 'It compromises the confidentiality and integrity of processing systems (Art.32(1)(b)); data-only formats are the design-level measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/502.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html',
      'https://github.com/nodeca/js-yaml/blob/master/migrate_v3_to_v4.md',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const text = sourceFile.text;
    const imports = importResolverFor(sourceFile);
    const relevant = hasAnyIdentifier(sourceFile, ['unserialize', 'deepDeserialize', 'cryo', 'DEFAULT_FULL_SCHEMA', 'js-yaml-js-types', 'deserialize']);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        const first = node.arguments[0];
        if (name === undefined || first === undefined) return;
        const origin = imports.resolve(skipOuterExpressions(node.expression));
        const receiver = receiverOf(node);
        if (name === 'unserialize' || name === 'deepDeserialize' || (name === 'parse' && origin?.module === 'cryo')) {
          const module = origin?.module;
          const known = module !== undefined && REVIVING.get(module)?.has(origin?.name ?? '') === true;
          const named = name === 'unserialize' && receiver !== undefined && /serial/i.test(lastName(receiver) ?? '');
          if ((known || named) && !isConstantValue(first)) {
            const input = requestInputOf(first);
            const source = input === undefined ? '' : ` of request input (${input.label})`;
            context.report({ node: callReportNode(node), message: `${module ?? 'node-serialize'} ${name}()${source} revives functions and can run code: exchange data as JSON` });
          }
          return;
        }
        if (name === 'load' || name === 'loadAll') {
          const options = objectLiteralOf(node.arguments[name === 'loadAll' ? 2 : 1]) ?? objectLiteralOf(node.arguments[1]);
          const schema = options === undefined ? undefined : objectProperty(options, 'schema');
          if (schema !== undefined && isUnsafeSchema(schema, text)) {
            context.report({ node: callReportNode(node), message: `YAML ${name}() with a schema that has JavaScript types (${lastName(schema) ?? 'extended'}): a document can define functions; use the default schema` });
          }
          return;
        }
        if (name === 'deserialize') {
          const isV8 = origin?.module === 'v8' || (receiver !== undefined && lastName(receiver) === 'v8');
          if (!isV8) return;
          let data = skipOuterExpressions(first);
          if (ts.isCallExpression(data) && calleeName(data) === 'from' && data.arguments[0] !== undefined) data = data.arguments[0];
          const input = requestInputOf(data);
          if (input !== undefined) context.report({ node: callReportNode(node), message: `v8.deserialize() of request input (${input.label}): untrusted V8 data can build unexpected objects; exchange data as JSON` });
        }
      },
    };
  },
});
