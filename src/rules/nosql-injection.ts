/**
 * EVD-CODE-035: MongoDB queries a client can rewrite.
 *
 * Reported:
 * - a query filter that is, or has a field whose value is, request input
 *   the client can make structured — a JSON body or an extended query string
 *   (`req.body`, `req.query`, `JSON.parse(…)` of input, an untyped NestJS
 *   `@Body()`/`@Query()` parameter) — passed to `find`, `findOne`,
 *   `findOneAndUpdate`, `findOneAndDelete`, `findOneAndReplace`, `deleteOne`,
 *   `deleteMany`, `updateOne`, `updateMany`, `replaceOne`, `countDocuments`,
 *   `exists` or mongoose `where`: `User.findOne({ email: req.body.email })`
 *   matches any user when the body says `{"email": {"$ne": null}}`;
 * - a `$where` (server-side JavaScript) built from dynamic values.
 * Not reported: ORM find options (`{ where: … }`, `{ select, relations }`:
 * TypeORM, Prisma and Sequelize do not read `$` operators from plain objects), route parameters and headers (always strings), values
 * wrapped in `String(…)`, `Number(…)`, a sanitiser or a validator (any other
 * call ends the input), values under `$eq`, filters in `find(cb)` (arrays),
 * and NestJS parameters typed with a DTO class or a primitive (taken as
 * validated by a ValidationPipe).
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { requestInputOf, type RequestInput } from '../engine/code/request-input.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import {
  calleeName,
  callReportNode,
  hasAnyIdentifier,
  isConstantValue,
  lastName,
  propertyNameOf,
  receiverOf,
  shortText,
  stringParts,
} from '../engine/code/values.js';

const FILTER_METHODS = new Set([
  'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'findOneAndRemove', 'deleteOne',
  'deleteMany', 'updateOne', 'updateMany', 'replaceOne', 'countDocuments', 'count', 'exists', 'where', 'remove',
]);
const SAFE_OPERATORS = new Set(['$eq']);
/** Keys of ORM find options (TypeORM, Prisma, Sequelize), which are not MongoDB filters. */
const ORM_OPTION_KEYS = new Set(['where', 'select', 'relations', 'order', 'include', 'attributes', 'take', 'skip', 'orderBy']);

/** The structured request input a filter carries at its top level: `req.body`, `{ email: req.body.email }`. */
function structuredInput(filter: ts.Expression): { input: RequestInput; field?: string } | undefined {
  const value = skipOuterExpressions(filter);
  if (ts.isObjectLiteralExpression(value)) {
    if (value.properties.some((p) => p.name !== undefined && ORM_OPTION_KEYS.has(propertyNameOf(p.name) ?? ''))) return undefined;
    for (const property of value.properties) {
      let field: string | undefined;
      let fieldValue: ts.Expression | undefined;
      if (ts.isPropertyAssignment(property)) {
        field = propertyNameOf(property.name);
        fieldValue = property.initializer;
      } else if (ts.isShorthandPropertyAssignment(property)) {
        field = property.name.text;
        fieldValue = property.name;
      } else if (ts.isSpreadAssignment(property)) {
        const input = requestInputOf(property.expression);
        if (input?.structured === true) return { input, field: '...' };
        continue;
      }
      if (field === undefined || fieldValue === undefined || SAFE_OPERATORS.has(field)) continue;
      const inner = skipOuterExpressions(fieldValue);
      if (ts.isObjectLiteralExpression(inner)) {
        // { age: { $gt: req.body.min } } is as bad; { email: { $eq: req.body.email } } is safe
        const nested = structuredInput(inner);
        if (nested !== undefined) return { input: nested.input, field };
        continue;
      }
      const input = requestInputOf(inner);
      if (input?.structured === true) return { input, field };
    }
    return undefined;
  }
  const input = requestInputOf(value);
  return input?.structured === true ? { input } : undefined;
}

export const nosqlInjection = defineRule({
  meta: {
    id: 'EVD-CODE-035',
    slug: 'nosql-injection',
    title: 'MongoDB query built from request input (NoSQL injection)',
    description:
      'A MongoDB/mongoose query filter takes a value straight from the request body or query string ' +
      '(`User.findOne({ email: req.body.email, password: req.body.password })`, `Patient.find(req.query)`), or ' +
      'builds a `$where` from dynamic values. A client that sends an object instead of a string (`{"$ne": null}`, ' +
      '`{"$regex": ".*"}`) changes the query: it logs in without a password or lists every record.',
    severity: 'high',
    remediation:
      'Validate the request with a schema (zod, Joi, class-validator) so fields are strings, cast them (`String(x)`), ' +
      'or compare with `$eq`; strip `$` keys (express-mongo-sanitize, mongoose `sanitizeFilter: true`); never use ' +
      '`$where`.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'Operator injection bypasses authentication and record-level access control over ePHI (164.312(a)(1)) and can modify or delete records (164.312(c)(1)); it is a risk to reduce under 164.308(a)(1)(ii)(B).',
      gdpr:
        'Queries the client can rewrite expose personal data to unauthorised access (Art.5(1)(f), Art.32(1)(b)); input validation is a data-protection-by-design measure (Art.25(1)).',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/943.html',
      'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection',
      'https://mongoosejs.com/docs/api/mongoose.html#Mongoose.prototype.sanitizeFilter()',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    const relevant = hasAnyIdentifier(sourceFile, ['req', 'request', 'ctx', 'context', 'event', 'Body', 'Query', 'JSON']);
    const hasWhere = hasAnyIdentifier(sourceFile, ['$where']);
    return {
      [ts.SyntaxKind.CallExpression](node) {
        if (!relevant) return;
        const name = calleeName(node);
        if (name === undefined || !FILTER_METHODS.has(name)) return;
        const receiver = receiverOf(node);
        const filter = node.arguments[0];
        if (receiver === undefined || filter === undefined) return;
        const value = skipOuterExpressions(filter);
        if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return;
        const found = structuredInput(filter);
        if (found === undefined) return;
        const where = ts.isCallExpression(skipOuterExpressions(receiver)) ? `${name}()` : `${lastName(receiver) ?? '…'}.${name}()`;
        const field = found.field === undefined ? ' as the filter' : found.field === '...' ? ' spread into the filter' : ` as the value of ${found.field} in the filter`;
        context.report({
          node: callReportNode(node),
          message: `Request input (${found.input.label}) used${field} of ${where}: a client can send query operators ($ne, $regex, $where); validate it as a string or use $eq`,
        });
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        if (!hasWhere || propertyNameOf(node.name) !== '$where') return;
        const value = node.initializer;
        if (isConstantValue(value) || ts.isFunctionExpression(skipOuterExpressions(value)) || ts.isArrowFunction(skipOuterExpressions(value))) return;
        const parts = stringParts(value);
        const dynamic = parts.find((p) => p.node !== undefined)?.node;
        if (dynamic === undefined) return;
        const input = requestInputOf(dynamic);
        const label = input === undefined ? `a dynamic value (${shortText(dynamic, sourceFile)})` : `request input (${input.label})`;
        context.report({ node, message: `$where built from ${label}: server-side JavaScript runs whatever the value contains; use query operators instead` });
      },
    };
  },
});
