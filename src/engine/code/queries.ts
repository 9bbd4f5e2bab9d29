/**
 * Database queries on a parse-only AST, by method name: which expressions
 * read records from a database, whether they select fields (a projection) or
 * return whole records, and which model or table they read. Used by the
 * response rules (whole records returned to clients, database errors
 * returned to clients).
 *
 * Recognised reads (the *query methods*): Mongoose (`findById`, `findOne`,
 * `find`, `findOneAndUpdate`, …), Sequelize (`findByPk`, `findAll`,
 * `findAndCountAll`, …), TypeORM (`findOneBy`, `findBy`, `findOneOrFail`, …),
 * Prisma (`findUnique`, `findFirst`, `findMany`, …), the MongoDB driver,
 * and SQL strings given to `query`/`execute`/`raw`/`$queryRaw`. A projection
 * is: a chained `.select(…)`/`.project(…)`; a second argument that is a
 * Mongoose projection (a string, an object of `0`/`1`/booleans, or a
 * variable, which is not judged); options with `attributes`, `select`,
 * `projection` or `fields`; a SQL `SELECT` of named columns.
 * `Array.prototype.find` (a callback argument) is not a query.
 */
import { ts } from './typescript.js';
import { memberPath, skipOuterExpressions } from './scope.js';
import { partsText, propertyNameOf, stringParts } from './values.js';

/** Methods that read records. */
export const QUERY_METHODS: ReadonlySet<string> = new Set([
  'find', 'findOne', 'findById', 'findByPk', 'findAll', 'findAndCountAll', 'findAndCount', 'findOneBy', 'findBy',
  'findOneOrFail', 'findOneByOrFail', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany',
  'findByIdAndUpdate', 'findOneAndUpdate', 'findOneAndReplace', 'findByIdAndDelete', 'findOneAndDelete',
]);

/** Methods that run SQL text. */
export const SQL_METHODS: ReadonlySet<string> = new Set(['query', 'execute', 'raw', '$queryRaw', '$queryRawUnsafe']);

/** Methods that write records (with the reads, what makes a database call). */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  'save', 'create', 'insert', 'insertOne', 'insertMany', 'update', 'updateOne', 'updateMany', 'upsert', 'delete',
  'deleteOne', 'deleteMany', 'destroy', 'remove', 'bulkWrite', 'bulkCreate', 'aggregate', 'countDocuments',
  'createMany', 'updateById', 'replaceOne', 'exec',
]);

/** Chained methods that select fields. */
const PROJECTION_METHODS = new Set(['select', 'project', 'projection', 'pluck', 'attributes']);
/** Option keys that select fields. */
const PROJECTION_KEYS = new Set(['attributes', 'select', 'projection', 'fields']);
/** Suffixes of receiver names that are not part of the model's name: `patientRepository` → `patient`. */
const MODEL_SUFFIX = /[_-]?(?:repository|repo|model|collection|dao|table|entity|store)$/i;

/** A read of records from a database. */
export interface DatabaseQuery {
  /** The query call (or the tagged template of `$queryRaw\`…\``). */
  readonly node: ts.Expression;
  /** The query method: `findById`, `query`. */
  readonly method: string;
  /** The model, table or collection when written: `Patient`, `patient` (from `prisma.patient`), `patients`. */
  readonly model?: string;
  /** Whether the query selects fields rather than returning whole records. */
  readonly projected: boolean;
}

/** The model a query's receiver names: `Patient`, `this.patientRepository` → `patient`, `db.collection('patients')` → `patients`. */
function modelOf(receiver: ts.Expression): string | undefined {
  const value = skipOuterExpressions(receiver);
  if (ts.isCallExpression(value)) {
    // db.collection('patients'), getRepository(Patient), knex('patients')
    const argument = value.arguments[0] === undefined ? undefined : skipOuterExpressions(value.arguments[0]);
    if (argument !== undefined && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))) return argument.text;
    if (argument !== undefined && ts.isIdentifier(argument)) return argument.text;
    return undefined;
  }
  const path = memberPath(value);
  const last = path?.[path.length - 1];
  if (last === undefined || last === 'this') return undefined;
  const stripped = last.replace(MODEL_SUFFIX, '');
  return stripped === '' ? undefined : stripped;
}

/** Whether a Mongoose-style second argument is a projection: `'name email'`, `{ ssn: 0 }`, `{ projection: … }`, a variable. */
function isProjectionArgument(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined')) return false;
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTemplateExpression(value)) return value.getText().length > 2;
  if (ts.isArrayLiteralExpression(value)) return value.elements.length > 0;
  if (ts.isObjectLiteralExpression(value)) {
    if (value.properties.length === 0) return false;
    return value.properties.every((p) => {
      if (!ts.isPropertyAssignment(p)) return false;
      const key = propertyNameOf(p.name);
      if (key !== undefined && PROJECTION_KEYS.has(key)) return true;
      const v = skipOuterExpressions(p.initializer);
      return ts.isNumericLiteral(v) || v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword || ts.isStringLiteral(v);
    });
  }
  return true; // a variable or call: not judged
}

/** Whether options name a projection: `{ where, attributes: [...] }`, `{ select: {...} }`. */
function hasProjectionKey(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (!ts.isObjectLiteralExpression(value)) return false;
  return value.properties.some((p) => p.name !== undefined && PROJECTION_KEYS.has(propertyNameOf(p.name as ts.PropertyName) ?? ''));
}

/** A SQL read: `{ projected, table }` from `SELECT a, b FROM t`, `SELECT * FROM t`, `… RETURNING *`; undefined when not a read. */
function sqlRead(node: ts.Expression): { projected: boolean; table?: string } | undefined {
  const text = partsText(stringParts(node));
  const select = /^\s*(?:with\b[\s\S]*?\)\s*)?select\s+([\s\S]+?)\s+from\s+["`]?([\w.]+)/i.exec(text);
  if (select !== null) {
    const columns = select[1] ?? '';
    const whole = columns.split(',').some((c) => /^\s*(?:[\w"`]+\.)?\*\s*$/.test(c));
    return { projected: !whole, ...(select[2] !== undefined ? { table: select[2] } : {}) };
  }
  const returning = /\breturning\s+\*/i.test(text);
  return returning ? { projected: false } : undefined;
}

/**
 * The database read an expression is, looking through `await`, chained
 * modifiers (`.lean()`, `.exec()`, `.populate()`, `.select()`, `.toArray()`)
 * and `.then(…)`-less chains; undefined when it is not a recognised read.
 */
export function databaseQueryOf(node: ts.Expression): DatabaseQuery | undefined {
  let value = skipOuterExpressions(node);
  if (ts.isTaggedTemplateExpression(value)) {
    const path = memberPath(value.tag);
    const method = path?.[path.length - 1];
    if (method !== '$queryRaw' && method !== 'sql') return undefined;
    const read = sqlRead(value.template);
    if (read === undefined) return undefined;
    return { node: value, method, projected: read.projected, ...(read.table !== undefined ? { model: read.table } : {}) };
  }
  let projected = false;
  for (let guard = 0; guard < 16 && ts.isCallExpression(value); guard++) {
    const callee = skipOuterExpressions(value.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const args = value.arguments;
    const first = args[0];
    if (QUERY_METHODS.has(method)) {
      if (method === 'find' && first !== undefined) {
        const argument = skipOuterExpressions(first);
        if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) return undefined;
      }
      const second = args[1];
      if ((first !== undefined && hasProjectionKey(first)) || (second !== undefined && (hasProjectionKey(second) || isProjectionArgument(second)))) {
        projected = true;
      }
      const model = modelOf(callee.expression);
      return { node: value, method, projected, ...(model !== undefined ? { model } : {}) };
    }
    if (SQL_METHODS.has(method)) {
      if (first === undefined) return undefined;
      const read = sqlRead(first);
      if (read === undefined) return undefined;
      return { node: value, method, projected: read.projected, ...(read.table !== undefined ? { model: read.table } : {}) };
    }
    if (PROJECTION_METHODS.has(method) && args.length > 0) projected = true;
    value = skipOuterExpressions(callee.expression);
  }
  return undefined;
}

/** Whether a call reads or writes a database (a query method, a SQL method or a write method on a receiver). */
export function isDatabaseCall(call: ts.CallExpression): boolean {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  if (WRITE_METHODS.has(method) || SQL_METHODS.has(method)) return true;
  return QUERY_METHODS.has(method) && databaseQueryOf(call) !== undefined;
}
