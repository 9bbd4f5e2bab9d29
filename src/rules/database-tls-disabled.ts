/**
 * EVD-CODE-030: a database connection with TLS turned off.
 *
 * Reported:
 * - connection strings (a literal, template or concatenation) of PostgreSQL,
 *   MySQL/MariaDB, MongoDB, SQL Server, Redis, CockroachDB, AMQP or JDBC with
 *   `sslmode=disable`, `sslmode=allow`, `ssl=false`, `ssl=0`, `tls=false`,
 *   `useSSL=false` or `encrypt=false` (also ADO-style `Server=…;Encrypt=False`);
 * - options `ssl: false`, `tls: false`, `encrypt: false`, `sslmode: 'disable'`,
 *   `useSSL: false` in an object that configures a database: it has a
 *   database key (`host`, `port`, `database`, `user`, `password`,
 *   `connectionString`, `dialect`, `type`, `server`, `authSource`, …), or is
 *   nested under such an object (`options`, `dialectOptions`, `extra`,
 *   `connection`), or is passed to a driver (`new Pool`, `new Client`,
 *   `createPool`, `createConnection`, `new Sequelize`, `knex`, `new DataSource`,
 *   `TypeOrmModule.forRoot`, `new MongoClient`, `mongoose.connect`).
 * Local hosts (loopback, `*.local`, single-label container names) are not
 * reported: development databases often run without TLS.
 */
import { ts } from '../engine/code/typescript.js';
import { defineRule, type SecretSpan } from '../engine/code/define-rule.js';
import { skipOuterExpressions } from '../engine/code/scope.js';
import { findKnownSecret } from '../engine/code/secrets.js';
import { isExemptHost } from '../engine/code/urls.js';
import { calleeName, constantString, lastName, objectProperty, partsText, propertyNameOf, receiverOf, stringParts } from '../engine/code/values.js';

const DISABLE_PARAM = /[?&;]\s*(sslmode\s*=\s*(?:disable|allow)|ssl\s*=\s*(?:false|0)|tls\s*=\s*false|usessl\s*=\s*false|encrypt\s*=\s*false)(?=$|[&;#\s])/i;
const DB_URL = /^\s*(?:jdbc:)?(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|mssql|sqlserver|redis|cockroachdb|amqp|amqps)(?::[a-z]+)?:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#,;]*)/i;
const ADO_HOST = /(?:^|;)\s*(?:server|data source|host|address)\s*=\s*(?:tcp:)?([^;,]*)/i;
const DB_KEYS = new Set([
  'host', 'hostname', 'port', 'database', 'db', 'dbName', 'user', 'username', 'password', 'connectionString', 'connectionUri',
  'dialect', 'server', 'authSource', 'replicaSet', 'client', 'connectionLimit',
]);
const DB_TYPES = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'mssql', 'mongodb', 'cockroachdb', 'oracle', 'aurora-mysql', 'aurora-postgres']);
const NESTING_KEYS = new Set(['options', 'dialectOptions', 'extra', 'connection', 'driverOptions']);
const DB_CALLS = new Set(['Pool', 'Client', 'createPool', 'createConnection', 'Sequelize', 'knex', 'Knex', 'DataSource', 'forRoot', 'MongoClient', 'connect', 'createClient', 'Connection', 'ConnectionPool']);
const TLS_KEYS = new Set(['ssl', 'tls', 'encrypt', 'sslmode', 'useSSL']);

/** Whether a TLS option value turns TLS off. */
function disables(key: string, value: ts.Expression): boolean {
  const inner = skipOuterExpressions(value);
  if (key === 'sslmode') {
    const mode = constantString(inner);
    return mode === 'disable' || mode === 'allow';
  }
  if (inner.kind === ts.SyntaxKind.FalseKeyword) return true;
  return constantString(inner) === 'false';
}

/** The host of a DB object literal when it is a constant, else undefined. */
function hostOf(object: ts.ObjectLiteralExpression): string | undefined {
  for (const key of ['host', 'hostname', 'server']) {
    const value = objectProperty(object, key);
    const host = value === undefined ? undefined : constantString(value);
    if (host !== undefined) return host;
  }
  return undefined;
}

function looksLikeDatabaseConfig(object: ts.ObjectLiteralExpression): boolean {
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name);
    if (key === undefined) continue;
    if (DB_KEYS.has(key)) return true;
    if (key === 'type' && ts.isPropertyAssignment(property)) {
      const type = constantString(property.initializer);
      if (type !== undefined && DB_TYPES.has(type)) return true;
    }
  }
  return false;
}

/** The database config an object literal belongs to (itself, or an enclosing one through a nesting key), or undefined. */
function databaseConfigOf(object: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | 'call' | undefined {
  let current: ts.ObjectLiteralExpression = object;
  for (let depth = 0; depth < 3; depth++) {
    if (looksLikeDatabaseConfig(current)) return current;
    const parent = current.parent;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(current) === true) {
      const name = calleeName(parent);
      if (name === undefined || !DB_CALLS.has(name)) return undefined;
      // connect() is only a database call on mongoose / MongoClient (mqtt.connect, nats.connect are not databases)
      if (name === 'connect') {
        const receiver = receiverOf(parent);
        return receiver !== undefined && /^(?:mongoose|MongoClient|mongodb)$/.test(lastName(receiver) ?? '') ? 'call' : undefined;
      }
      return 'call';
    }
    if (!ts.isPropertyAssignment(parent)) return undefined;
    const key = propertyNameOf(parent.name);
    if (key === undefined || !NESTING_KEYS.has(key) || !ts.isObjectLiteralExpression(parent.parent)) return undefined;
    current = parent.parent;
  }
  return undefined;
}

/** The whole string expression a literal is part of (climbing `+` chains and templates). */
function wholeString(node: ts.Node): ts.Expression {
  let current: ts.Node = node;
  for (;;) {
    const parent = current.parent;
    if (parent === undefined) break;
    if (ts.isTemplateSpan(parent) || ts.isTemplateHead(current)) {
      current = ts.isTemplateSpan(parent) ? parent.parent : parent;
      continue;
    }
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      current = parent;
      continue;
    }
    if (ts.isParenthesizedExpression(parent)) {
      current = parent;
      continue;
    }
    break;
  }
  return current as ts.Expression;
}

/** Known secrets (a password in the URL) in the literal parts of a connection string, to mask in the snippet. */
function secretsIn(whole: ts.Node): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      const secret = findKnownSecret(node.text);
      if (secret !== undefined) spans.push({ node, from: secret.from, to: secret.to, keep: secret.keep });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(whole);
  return spans;
}

export const databaseTlsDisabled = defineRule({
  meta: {
    id: 'EVD-CODE-030',
    slug: 'database-tls-disabled',
    title: 'Database connection with TLS disabled',
    description:
      'A database connection is configured without TLS: a connection string with `sslmode=disable`, `ssl=false`, ' +
      '`tls=false` or `encrypt=false`, or driver options `ssl: false` / `tls: false` / `encrypt: false`. Queries and ' +
      'results, which for a clinical system are ePHI, and the database password cross the network in cleartext.',
    severity: 'high',
    remediation:
      'Require TLS: `sslmode=verify-full` (PostgreSQL) with the server CA, `ssl: { ca }` in driver options, ' +
      '`tls=true` for MongoDB, `encrypt=true` for SQL Server; and enforce it on the server (e.g. RDS `rds.force_ssl`).',
    selector: { input: 'source' },
    controls: {
      hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
      gdpr: ['Art.32(1)(a)'],
    },
    rationale: {
      hipaa:
        'ePHI read from and written to the database crosses the network unencrypted, contrary to transmission security (164.312(e)(1), 164.312(e)(2)(ii)).',
      gdpr: 'Personal data in database traffic is not encrypted in transit, an appropriate measure Art.32(1)(a) names.',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION',
      'https://node-postgres.com/features/ssl',
    ],
  },
  create(context) {
    const reported = new Set<ts.Node>();

    const checkString = (literal: ts.Node, literalText: string): void => {
      if (!literalText.includes('=') || !DISABLE_PARAM.test(literalText)) return;
      const whole = wholeString(literal);
      if (reported.has(whole)) return;
      const full = partsText(stringParts(whole));
      const param = DISABLE_PARAM.exec(full);
      if (param === null) return;
      const url = DB_URL.exec(full);
      const ado = url === null ? ADO_HOST.exec(full) : null;
      if (url === null && ado === null) return;
      const host = (url?.[2] ?? ado?.[1] ?? '').trim().replace(/^\[|\]$/g, '');
      if (host !== '' && !host.includes('${') && isExemptHost(host.toLowerCase())) return;
      reported.add(whole);
      const setting = (param[1] ?? '').replace(/\s+/g, '');
      const secrets = secretsIn(whole);
      context.report({
        node: whole,
        message: `Database connection string with TLS disabled (${setting}): traffic to the database is not encrypted`,
        ...(secrets.length === 0 ? {} : { secrets }),
      });
    };

    return {
      [ts.SyntaxKind.StringLiteral](node) {
        checkString(node, node.text);
      },
      [ts.SyntaxKind.NoSubstitutionTemplateLiteral](node) {
        checkString(node, (node as ts.NoSubstitutionTemplateLiteral).text);
      },
      [ts.SyntaxKind.TemplateExpression](node) {
        checkString(node.head, node.head.text);
        for (const span of node.templateSpans) checkString(span.literal, span.literal.text);
      },
      [ts.SyntaxKind.PropertyAssignment](node) {
        const key = propertyNameOf(node.name);
        if (key === undefined || !TLS_KEYS.has(key) || !disables(key, node.initializer)) return;
        const object = node.parent;
        const config = databaseConfigOf(object);
        if (config === undefined) return;
        const host = config === 'call' ? undefined : hostOf(config);
        if (host !== undefined && isExemptHost(host.toLowerCase())) return;
        context.report({ node, message: `Database connection with TLS disabled (${key}: ${skipOuterExpressions(node.initializer).getText(context.sourceFile)}): traffic to the database is not encrypted` });
      },
    };
  },
});
