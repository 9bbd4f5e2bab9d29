/**
 * EVD-CODE-007: a whole database record about a person returned to the
 * client, where a projection or a mapping to the fields the client needs is
 * expected.
 *
 * A response (Express `res.json/send/jsonp`, Fastify `reply.send`, Koa
 * `ctx.body = …`, `res.render(view, locals)`) is looked at when its data is a
 * variable — alone, as a value of an object (`{ patient }`, `{ data:
 * patients }`), spread (`{ ...patient }`) or in an array. The variable is
 * reported when:
 * - it is a local of the same function initialised from a database read
 *   (see queries.ts: `findById`, `findOne`, `find`, `findAll`, `findUnique`,
 *   a `SELECT *`, …, also `const [patient] = …` and `const { rows } = …`)
 *   that selects no fields, and the model or the variable names personal
 *   data (`Patient`, `prisma.user`, `patients`); or
 * - its value is not visible in the function (a parameter, a variable of an
 *   enclosing scope) and its name denotes a record about a person
 *   (`patient`, `users`, `customerRecord`, `userProfile`).
 * A local declared without a value (`let patient;`, or `var patient;` in
 * compiled async code) is judged by the values the function assigns to it.
 * Not reported: reads with a projection (`.select('name')`, a Mongoose
 * projection argument, `attributes`/`select` options, `SELECT id, name`),
 * values passed through any call (a DTO, `pick`/`omit`, `toJSON()`,
 * `toView(patient)`), object literals of chosen fields, and records of
 * models that name no personal data (`Appointment`, `Product`).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { DATA_CATEGORIES, isRecordName, type DataCategory } from '../engine/code/data-classifier.js';
import { SQL_METHODS, databaseQueryOf, type DatabaseQuery } from '../engine/code/queries.js';
import { enclosingFunction, forEachDescendant } from '../engine/code/web-auth.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import type { SinkNode } from '../engine/code/sinks.js';

/** Response methods that return data as the body (not `end`/`write` of raw strings, where records rarely go). */
const BODY_ENTRIES: ReadonlySet<string> = new Set(['express-response', 'fastify-reply', 'koa-body']);
/** Destructured properties of a SQL result that hold its rows. */
const ROW_PROPERTIES: ReadonlySet<string> = new Set(['rows', 'recordset', 'recordsets']);

/**
 * The values assigned to a local declared without an initializer (`let patient;` then `patient = await …`), in the
 * function (or file) that declares it.
 */
function assignedValues(declaration: ts.VariableDeclaration, name: string): ts.Expression[] {
  const values: ts.Expression[] = [];
  forEachDescendant(enclosingFunction(declaration) ?? declaration.getSourceFile(), (node) => {
    if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const target = skipOuterExpressions(node.left);
    if (ts.isIdentifier(target) && target.text === name) values.push(node.right);
  });
  return values;
}

/** The variables a response's data is made of (alone, in an object or array, spread, or a branch of `?:`/`??`/`||`). */
function recordVariables(input: ts.Expression, out: ts.Identifier[]): void {
  const node = skipOuterExpressions(input);
  if (ts.isIdentifier(node)) {
    if (node.text !== 'undefined') out.push(node);
  } else if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (ts.isShorthandPropertyAssignment(property)) out.push(property.name);
      else if (ts.isPropertyAssignment(property) && ts.isIdentifier(skipOuterExpressions(property.initializer))) recordVariables(property.initializer, out);
      else if (ts.isSpreadAssignment(property)) recordVariables(property.expression, out);
    }
  } else if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) recordVariables(ts.isSpreadElement(element) ? element.expression : element, out);
  } else if (ts.isConditionalExpression(node)) {
    recordVariables(node.whenTrue, out);
    recordVariables(node.whenFalse, out);
  } else if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    recordVariables(node.left, out);
    recordVariables(node.right, out);
  }
}

function union(a: readonly DataCategory[], b: readonly DataCategory[]): DataCategory[] {
  const set = new Set([...a, ...b]);
  return DATA_CATEGORIES.filter((c) => set.has(c));
}

export const wholeRecordInResponse = defineRule({
  meta: {
    id: 'EVD-CODE-007',
    slug: 'whole-record-in-response',
    title: 'Whole personal-data record returned to the client',
    description:
      'A response returns a whole database record about a person (a patient, a user, a customer) — every field the ' +
      'model has, including identifiers, clinical fields, password hashes and internal flags — where the client needs ' +
      'a few of them. Fields added to the model later are exposed without anyone deciding to.',
    severity: 'medium',
    remediation:
      'Select the fields the client needs in the query (`.select("name dateOfBirth")`, `attributes: [...]`, ' +
      '`select: {...}`), or map the record to a response object (a DTO, `toPatientView(patient)`, `pick(patient, ...)`).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.308(a)(4)(i)', '164.312(a)(1)'],
      gdpr: ['Art.5(1)(c)', 'Art.25(2)'],
    },
    rationale: {
      hipaa:
        'Returning every field of a record grants access to ePHI beyond what the user\'s role needs, against information access management and access control (164.308(a)(4)(i), 164.312(a)(1)); the Privacy Rule\'s minimum necessary standard (164.502(b)) points the same way.',
      gdpr:
        'Only the personal data necessary for the purpose may be processed and made accessible, by default (Art.5(1)(c), Art.25(2)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/213.html',
      'https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/',
      'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/minimum-necessary-requirement/index.html',
    ],
  },
  create(context) {
    const recordCategories = (name: string): DataCategory[] => (isRecordName(name) ? context.classify(name) : []);
    /** Why a variable holds a whole record about a person: `[categories, reason]`, else undefined. */
    const wholeRecord = (id: ts.Identifier, depth = 0): { categories: DataCategory[]; reason: string } | undefined => {
      const binding = findLocalBinding(id, { crossFunctions: false });
      const own = recordCategories(id.text);
      // `let patient; … patient = await …`: judged by what is assigned. Compiled async code declares every local this
      // way, in the function around the generator callback that uses it.
      const declared = binding ?? findLocalBinding(id, { crossFunctions: true });
      if (declared !== undefined && declared.source === undefined && ts.isVariableDeclaration(declared.declaration)) {
        for (const value of assignedValues(declared.declaration, id.text)) {
          const inner = skipOuterExpressions(value);
          // `userData = _userData` (a callback's parameter): judged as that variable is.
          const found = ts.isIdentifier(inner) ? (depth < 3 ? wholeRecord(inner, depth + 1) : undefined) : readOf(id, own, inner);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      if (binding === undefined || binding.source === undefined) {
        // A parameter or a variable of an enclosing scope: judged by its name.
        return own.length > 0 ? { categories: own, reason: `whole record (${id.text})` } : undefined;
      }
      const step = binding.path[0];
      const rowsOfSql = binding.path.length === 1 && step?.kind === 'property' && ROW_PROPERTIES.has(step.name);
      const elementOf = binding.path.length === 1 && step?.kind === 'element';
      if (binding.path.length > 0 && !rowsOfSql && !elementOf) return undefined;
      return readOf(id, own, binding.source);
    };

    /** A whole record when `value` is a database read without projection. */
    const readOf = (id: ts.Identifier, own: DataCategory[], value: ts.Expression): { categories: DataCategory[]; reason: string } | undefined => {
      const query = databaseQueryOf(value);
      return query === undefined || query.projected ? undefined : fromQuery(id, own, query);
    };

    const fromQuery = (id: ts.Identifier, own: DataCategory[], query: DatabaseQuery): { categories: DataCategory[]; reason: string } | undefined => {
      const modelCategories = query.model === undefined ? [] : recordCategories(query.model);
      const categories = union(own, modelCategories);
      if (categories.length === 0) return undefined;
      const sql = SQL_METHODS.has(query.method) || query.method === 'sql';
      const source = query.model === undefined ? query.method : sql ? `${query.method} on ${query.model}` : `${query.model}.${query.method}`;
      return { categories, reason: `whole record (${id.text}) from ${source}` };
    };

    const check = (node: SinkNode): void => {
      const sink = context.matchSink(node);
      if (sink === undefined || !BODY_ENTRIES.has(sink.entry)) return;
      const variables: ts.Identifier[] = [];
      for (const argument of sink.dataArguments) recordVariables(argument, variables);
      const found = variables.map(wholeRecord).filter((r): r is { categories: DataCategory[]; reason: string } => r !== undefined);
      if (found.length === 0) return;
      const reasons = [...new Set(found.map((r) => r.reason))];
      const listed = reasons.length === 1 ? (reasons[0] as string) : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1] as string}`;
      const categories = found.reduce<DataCategory[]>((all, r) => union(all, r.categories), []);
      context.report({
        node,
        message: `${listed.charAt(0).toUpperCase()}${listed.slice(1)} returned to the client by ${sink.callee}: select or map the fields the client needs`,
        dataCategories: categories,
      });
    };
    return {
      [ts.SyntaxKind.CallExpression]: check,
      [ts.SyntaxKind.BinaryExpression]: check,
    };
  },
});
