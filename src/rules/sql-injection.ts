/**
 * EVD-CODE-034: SQL text built from dynamic values.
 *
 * Sinks:
 * - query methods, when the text starts with an SQL statement keyword
 *   (SELECT, INSERT, UPDATE, DELETE, WITH, …): `query`, `execute`, `exec`,
 *   `run`, `all`, `get`, `each`, `prepare`, pg-promise `any/one/many/none/…`
 *   (pg, mysql2, sqlite3, better-sqlite3, TypeORM `manager.query`,
 *   `sequelize.query`, Knex `knex.raw`…);
 * - raw-SQL methods, whatever the text: `raw`, `whereRaw`, `orWhereRaw`,
 *   `havingRaw`, `orderByRaw`, `groupByRaw`, `joinRaw`, `fromRaw`, Prisma
 *   `$queryRawUnsafe`/`$executeRawUnsafe`, postgres.js `sql.unsafe`,
 *   `sequelize.literal`;
 * - TypeORM query-builder conditions (`where`, `andWhere`, `orWhere`,
 *   `having`, `orderBy`, `addOrderBy`, `groupBy`) on a chain that starts at
 *   `createQueryBuilder(…)` (or a `const`/`let` bound to one).
 * The text is reported when it is a template literal or `+` concatenation
 * (directly or through a local variable) with a dynamic part that is not
 * safe, or when it is request input itself. Request input itself is SQL for
 * `query`, `execute`, `raw` and `unsafe` only on a receiver named like a
 * database handle (`pool`, `db`, `connection`, `knex`, `trx`, `manager`,
 * `queryRunner`…): these names are shared by HTTP bodies (`HttpBody.raw`),
 * search clients and local helpers (`execute(job)`). For the names that are common
 * outside SQL (`get`, `all`, `run`, `each`, `exec`, `prepare`, pg-promise's
 * `any`/`one`/…), a variable holding the text must be named for it (`sql`,
 * `query`, `stmt`, `statement`) and request input is only seen inside a
 * built string.
 *
 * Safe parts: constants (also through `const`), numbers (`Number(x)`,
 * `parseInt`, `.length`, arithmetic such as `$${i + 1}`), escaping calls
 * (a callee with the word escape or quote: `mysql.escape`, `escapeId`,
 * `pg.escapeLiteral`), placeholder lists (`ids.map(() => '?').join(', ')`,
 * `` values.map((_, i) => `$${i + 1}`).join(', ') ``), clause lists joined
 * in code (`conditions.join(' AND ')`), SCREAMING_CASE constants
 * (`PATIENT_TABLE`), and — unless they are request input — identifiers in
 * structural positions (after FROM/JOIN/INTO/UPDATE/TABLE/BY or a dot,
 * before a dot, between identifier quotes) or named like structure
 * (`table`, `column`, `alias`, `sort`, `direction`, `order`, `schema`).
 * Tagged templates (`sql\`…\``, Prisma `$queryRaw\`…\``) bind their values
 * as parameters and are never reported.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule } from '../engine/code/define-rule.js';
import { tokenizeName } from '../engine/code/data-classifier.js';
import { requestInputOf, type RequestInput } from '../engine/code/request-input.js';
import { findLocalBinding, skipOuterExpressions } from '../engine/code/scope.js';
import {
  calleeName,
  isDeclaredNumeric,
  callReportNode,
  isNumericExpression,
  isScreamingCase,
  isStringBuilder,
  lastName,
  partsText,
  receiverOf,
  shortText,
  type StringPart,
  stringParts,
} from '../engine/code/values.js';

const SQL_START = /^\s*(?:\/\*[\s\S]*?\*\/\s*|--[^\n]*\n\s*)*\(?\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|TRUNCATE|MERGE|REPLACE|CALL|EXEC|EXECUTE|GRANT|REVOKE|UPSERT|SHOW|DESCRIBE|EXPLAIN|COPY|VACUUM|LOCK|REFRESH)\b/i;
const QUERY_METHODS = new Set([
  'query', 'execute', 'exec', 'run', 'all', 'get', 'each', 'prepare', 'any', 'one', 'many', 'none', 'oneOrNone',
  'manyOrNone', 'result', 'multi', 'unsafeQuery', 'executeQuery', 'queryRaw', 'sql',
]);
/** Query method names that are common outside SQL (Map#get, router.all, …). */
const GENERIC_METHODS = new Set(['get', 'all', 'run', 'each', 'any', 'one', 'many', 'none', 'result', 'multi', 'exec', 'prepare', 'sql']);
const SQL_VARIABLE = /sql|query|stmt|statement/i;
const RAW_METHODS = new Set([
  'raw', 'whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'groupByRaw', 'joinRaw',
  'fromRaw', '$queryRawUnsafe', '$executeRawUnsafe', 'unsafe',
]);
/**
 * Names that many non-database APIs share (`HttpBody.raw`, a local `execute(job)`): a value taken
 * straight from request input (not a built string) is SQL for them only on a receiver named like a
 * database handle ({@link DATABASE_WORDS}).
 */
const AMBIGUOUS_DIRECT = new Set(['query', 'execute', 'raw', 'unsafe']);
/** Words of a receiver's name (normalized: `postgres` → `postgre`) that make it a database handle: `pool`, `this.db`, `trx`, `queryRunner`, `getConnection()`. */
const DATABASE_WORDS = new Set([
  'db', 'database', 'pool', 'conn', 'connection', 'client', 'knex', 'sequelize', 'prisma', 'tx', 'trx', 'transaction',
  'manager', 'em', 'repository', 'repo', 'runner', 'datasource', 'sql', 'pg', 'postgre', 'postgresql', 'mysql',
  'sqlite', 'mssql', 'oracle', 'session', 'qb', 'builder', 'model', 'dao', 'store', 'table',
]);
const BUILDER_METHODS = new Set(['where', 'andWhere', 'orWhere', 'having', 'andHaving', 'orHaving', 'orderBy', 'addOrderBy', 'groupBy', 'addGroupBy']);
const STRUCTURE_WORDS = new Set(['table', 'column', 'col', 'alias', 'sort', 'direction', 'dir', 'order', 'schema', 'field', 'entity', 'relation']);
const STRUCTURAL_BEFORE = /(?:\b(?:from|join|into|update|table|by|exists)\s*|\.|["`[])$/i;
const STRUCTURAL_AFTER = /^(?:\.|["`\]])/;
const CLAUSE_SEPARATOR = /^\s*(?:and|or|,)\s*$/i;

/** Why a dynamic part of SQL text is unsafe, or undefined when it is safe. */
interface SqlRisk {
  readonly label: string;
  readonly input?: RequestInput;
}

function isDatabaseReceiver(receiver: ts.Expression | undefined): boolean {
  if (receiver === undefined) return false;
  const name = lastName(receiver);
  if (name === undefined) return false;
  const words = tokenizeName(name);
  return words.some((w) => DATABASE_WORDS.has(w)) || DATABASE_WORDS.has(words.join(''));
}

function isEscapeCall(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const name = lastName(node.expression);
  return name !== undefined && tokenizeName(name).some((w) => w === 'escape' || w === 'quote' || w === 'escaped' || w === 'quoted');
}

/** `ids.map(() => '?').join(',')`, `` cols.map((_, i) => `$${i + 1}`).join(', ') ``, `Array(n).fill('?').join(',')`, `conditions.join(' AND ')`. */
function isSafeList(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node) || calleeName(node) !== 'join') return false;
  const receiver = receiverOf(node);
  if (receiver === undefined) return false;
  const list = skipOuterExpressions(receiver);
  if (ts.isCallExpression(list)) {
    const method = calleeName(list);
    const argument = list.arguments[0];
    if (method === 'fill') return argument !== undefined && stringParts(argument).every((p) => p.node === undefined);
    if ((method === 'map' || method === 'flatMap') && argument !== undefined && (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument))) {
      const body = argument.body;
      if (ts.isBlock(body)) return false;
      return stringParts(body).every((p) => p.node === undefined || isNumericExpression(p.node));
    }
    return false;
  }
  // conditions.join(' AND '): clauses assembled in code
  const separator = node.arguments[0];
  if (separator === undefined || !ts.isIdentifier(list)) return false;
  const text = stringParts(separator);
  return text.length === 1 && text[0]?.text !== undefined && CLAUSE_SEPARATOR.test(text[0].text);
}

function partRisk(part: ts.Expression, before: string, after: string, sourceFile: ts.SourceFile, depth = 0): SqlRisk | undefined {
  const value = skipOuterExpressions(part);
  const input = requestInputOf(value);
  if (input !== undefined) return { label: input.label, input };
  if (isNumericExpression(value) || isDeclaredNumeric(value) || isEscapeCall(value) || isSafeList(value)) return undefined;
  const name = lastName(value);
  if (name !== undefined && !ts.isCallExpression(value)) {
    if (isScreamingCase(name)) return undefined;
    if (STRUCTURAL_BEFORE.test(before.trimEnd()) || STRUCTURAL_AFTER.test(after)) return undefined;
    if (tokenizeName(name).some((w) => STRUCTURE_WORDS.has(w))) return undefined;
  }
  // A local initialised with a safe value (const placeholders = ids.map(() => '?').join(','))
  if (ts.isIdentifier(value) && depth < 4) {
    const binding = findLocalBinding(value, { crossFunctions: false });
    if (binding !== undefined && binding.source !== undefined && binding.path.length === 0) {
      const source = skipOuterExpressions(binding.source);
      if (isStringBuilder(source)) return firstRisk(stringParts(source), sourceFile, depth + 1);
      return partRisk(source, before, after, sourceFile, depth + 1);
    }
  }
  return { label: shortText(value, sourceFile) };
}

/** The first unsafe part (request input first), or undefined. */
function firstRisk(parts: readonly StringPart[], sourceFile: ts.SourceFile, depth = 0): SqlRisk | undefined {
  let found: SqlRisk | undefined;
  let before = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as StringPart;
    if (part.node === undefined) {
      before += part.text;
      continue;
    }
    const next = parts[i + 1];
    const after = next?.text ?? '';
    const risk = partRisk(part.node, before, after, sourceFile, depth);
    if (risk?.input !== undefined) return risk;
    found ??= risk;
    before += 'x';
  }
  return found;
}

/** The SQL text of a query argument: its parts, following a local variable bound to a template or concatenation. */
function sqlParts(argument: ts.Expression): StringPart[] | undefined {
  const value = skipOuterExpressions(argument);
  if (isStringBuilder(value)) return stringParts(value);
  if (ts.isIdentifier(value)) {
    const parts = stringParts(value);
    if (parts.length !== 1 || parts[0]?.node === undefined) return parts; // a const bound to a builder or a constant
    const binding = findLocalBinding(value, { crossFunctions: false });
    if (binding !== undefined && binding.source !== undefined && binding.path.length === 0 && isStringBuilder(binding.source)) {
      return stringParts(binding.source);
    }
  }
  return undefined;
}

/** Whether a method call is on a TypeORM query builder chain. */
function onQueryBuilder(call: ts.CallExpression): boolean {
  let current = receiverOf(call);
  for (let i = 0; current !== undefined && i < 16; i++) {
    const value = skipOuterExpressions(current);
    if (ts.isCallExpression(value)) {
      if (calleeName(value) === 'createQueryBuilder') return true;
      current = receiverOf(value);
      continue;
    }
    if (ts.isIdentifier(value)) {
      const binding = findLocalBinding(value, { crossFunctions: false });
      if (binding === undefined || binding.source === undefined) return /(?:^qb$|QueryBuilder$|queryBuilder$)/.test(value.text);
      current = binding.source;
      continue;
    }
    return false;
  }
  return false;
}

export const sqlInjection = defineRule({
  meta: {
    id: 'EVD-CODE-034',
    slug: 'sql-injection',
    title: 'SQL built from dynamic values (SQL injection)',
    description:
      'SQL text passed to a database call is built with a template literal or string concatenation that inserts a ' +
      'dynamic value (`pool.query(`SELECT … WHERE mrn = \'${mrn}\'`)`, `repo.query("… " + req.query.sort)`, ' +
      '`qb.where(`p.name LIKE \'%${name}%\'`)`, `$queryRawUnsafe(…)`). A value that contains SQL can read, change or ' +
      'delete any record the database account can reach.',
    severity: 'critical',
    remediation:
      'Pass values as bound parameters (`pool.query(\'… WHERE mrn = $1\', [mrn])`, TypeORM `.where(\'p.mrn = :mrn\', { mrn })`, ' +
      'tagged templates `sql`/`Prisma.sql`/`$queryRaw`). Identifiers (columns, sort order) must come from an allow-list, ' +
      'never from the request.',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(a)(1)', '164.312(c)(1)', '164.308(a)(1)(ii)(B)'],
      gdpr: ['Art.32(1)(b)', 'Art.25(1)', 'Art.5(1)(f)'],
    },
    rationale: {
      hipaa:
        'SQL injection bypasses the application\'s access control over ePHI (164.312(a)(1)) and lets an attacker alter or destroy records (164.312(c)(1)); it is a risk the security management process must reduce (164.308(a)(1)(ii)(B)).',
      gdpr:
        'Injectable queries expose personal data to unauthorised access and alteration (Art.5(1)(f), Art.32(1)(b)); parameterised queries are the design-level measure Art.25(1) expects.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/89.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
      'https://typeorm.io/select-query-builder#using-parameters-to-escape-data',
    ],
  },
  create(context) {
    const sourceFile = context.sourceFile;
    return {
      [ts.SyntaxKind.CallExpression](node) {
        const name = calleeName(node);
        if (name === undefined) return;
        const isQuery = QUERY_METHODS.has(name);
        const isRaw = !isQuery && (RAW_METHODS.has(name) || (name === 'literal' && /^[sS]equelize$/.test(lastName(receiverOf(node) ?? node.expression) ?? '')));
        const isBuilder = !isQuery && !isRaw && BUILDER_METHODS.has(name);
        if (!isQuery && !isRaw && !isBuilder) return;
        const argument = node.arguments[0];
        if (argument === undefined) return;
        const receiver = receiverOf(node);
        if (isRaw && receiver !== undefined && lastName(receiver) === 'String') return; // String.raw(…)
        if (isBuilder && !onQueryBuilder(node)) return;
        const value = skipOuterExpressions(argument);
        if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTaggedTemplateExpression(value)) return;
        const where = `${receiver === undefined || ts.isCallExpression(skipOuterExpressions(receiver)) ? '' : `${lastName(receiver) ?? '…'}.`}${name}()`;
        if (!GENERIC_METHODS.has(name) && (ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value) || ts.isIdentifier(value))) {
          const direct = requestInputOf(value);
          if (direct !== undefined) {
            if (AMBIGUOUS_DIRECT.has(name) && !isDatabaseReceiver(receiver)) return;
            context.report({ node: callReportNode(node), message: `SQL taken from request input (${direct.label}) passed to ${where}: use bound parameters ($1, ?) and allow-lists` });
            return;
          }
        }
        // Generic names (get, all, run…) take SQL only as a built string or a variable named for it.
        if (GENERIC_METHODS.has(name) && ts.isIdentifier(value) && !SQL_VARIABLE.test(value.text)) return;
        if (!ts.isIdentifier(value) && !isStringBuilder(value)) return;
        // Most calls of generic names build URLs or cache keys: a template whose own first text is not SQL is not a query.
        if (isQuery && ts.isTemplateExpression(value) && value.head.text.trim() !== '' && !SQL_START.test(value.head.text)) return;
        const parts = sqlParts(value);
        if (parts === undefined || parts.every((p) => p.node === undefined)) return;
        if (isQuery && !SQL_START.test(partsText(parts))) return;
        const risk = firstRisk(parts, sourceFile);
        if (risk === undefined) return;
        const source = risk.input !== undefined ? `request input (${risk.label})` : `a dynamic value (${risk.label})`;
        context.report({ node: callReportNode(node), message: `SQL built from ${source} passed to ${where}: use bound parameters ($1, ?) or a query builder` });
      },
    };
  },
});
